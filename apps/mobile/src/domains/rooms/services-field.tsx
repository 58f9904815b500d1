import { type MeetingServiceKind, meetingServiceKinds } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

export interface ServiceChoice {
  kind: MeetingServiceKind;
  note: string;
}

interface ServicesFieldProps {
  /** set by Form.Item */
  value?: ServiceChoice[];
  onChange?: (value: ServiceChoice[]) => void;
  /** services already done (editing a booking): shown ticked and 已完成, neither removable nor editable */
  done?: readonly MeetingServiceKind[];
}

/** 会务服务: 茶水, 席卡, 音响投影, 会标 as checkboxes, each with an optional note once chosen. */
export function ServicesField({ value = [], onChange, done = [] }: ServicesFieldProps) {
  const { t } = useTranslation();
  const find = (kind: MeetingServiceKind) => value.find((s) => s.kind === kind);
  const toggle = (kind: MeetingServiceKind, on: boolean) =>
    onChange?.(on ? [...value, { kind, note: '' }] : value.filter((s) => s.kind !== kind));
  const setNote = (kind: MeetingServiceKind, note: string) =>
    onChange?.(value.map((s) => (s.kind === kind ? { ...s, note } : s)));

  return (
    <fieldset className="services-field">
      <legend className="field-label">{t('roomsForm.services')}</legend>
      {meetingServiceKinds.map((kind) => {
        const choice = find(kind);
        const id = `service-${kind}`;
        const isDone = done.includes(kind);
        return (
          <div key={kind} className="service-option">
            <label htmlFor={id} className={isDone ? 'check-row check-row-done' : 'check-row'}>
              <input
                id={id}
                type="checkbox"
                className="check-input"
                checked={Boolean(choice) || isDone}
                disabled={isDone}
                onChange={(event) => toggle(kind, event.target.checked)}
              />
              <span>{t(`roomsServiceKinds.${kind}`)}</span>
              {isDone && <span className="room-tag room-tag-task-done">{t('roomsTaskStatus.done')}</span>}
            </label>
            {isDone && choice?.note && <p className="service-done-note">{choice.note}</p>}
            {choice && !isDone && (
              <input
                type="text"
                className="native-input service-note"
                maxLength={200}
                aria-label={t('roomsForm.serviceNote', { service: t(`roomsServiceKinds.${kind}`) })}
                placeholder={t('roomsForm.serviceNotePlaceholder')}
                value={choice.note}
                onChange={(event) => setNote(kind, event.target.value)}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

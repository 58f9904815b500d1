import { useTranslation } from 'react-i18next';
import { DateInput, TimeInput } from '../../ui/date-time-inputs';
import { EquipmentChips } from './equipment-chips';
import type { FinderState } from './finder-params';

interface RoomFinderFormProps {
  state: FinderState;
  onChange: (patch: Partial<FinderState>) => void;
  /** the window's error, shown under the times */
  windowError: string | null;
}

/** Date, start–end, attendees, equipment: each change searches again. */
export function RoomFinderForm({ state, onChange, windowError }: RoomFinderFormProps) {
  const { t } = useTranslation();
  return (
    <form className="finder" aria-label={t('roomsFind.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="finder-row">
        <label className="field" htmlFor="finder-date">
          <span className="field-label">{t('roomsFind.date')}</span>
          <DateInput
            id="finder-date"
            value={state.date}
            required
            onChange={(date) => date && onChange({ date })}
          />
        </label>
        <label className="field field-narrow" htmlFor="finder-people">
          <span className="field-label">{t('roomsFind.people')}</span>
          <input
            id="finder-people"
            className="native-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={2000}
            placeholder={t('roomsFind.peopleAny')}
            value={state.people > 0 ? state.people : ''}
            onChange={(event) => {
              const people = Number(event.target.value);
              onChange({ people: Number.isInteger(people) && people > 0 ? Math.min(people, 2000) : 0 });
            }}
          />
        </label>
      </div>
      <div className="finder-row">
        <label className="field" htmlFor="finder-from">
          <span className="field-label">{t('roomsFind.from')}</span>
          <TimeInput
            id="finder-from"
            value={state.from}
            required
            aria-describedby={windowError ? 'finder-window-error' : undefined}
            onChange={(from) => onChange({ from })}
          />
        </label>
        <span className="finder-dash" aria-hidden="true">
          –
        </span>
        <label className="field" htmlFor="finder-to">
          <span className="field-label">{t('roomsFind.to')}</span>
          <TimeInput
            id="finder-to"
            value={state.to}
            required
            aria-describedby={windowError ? 'finder-window-error' : undefined}
            onChange={(to) => onChange({ to })}
          />
        </label>
      </div>
      {windowError && (
        <p id="finder-window-error" className="field-error" role="alert">
          {windowError}
        </p>
      )}
      <EquipmentChips value={state.equipment} onChange={(equipment) => onChange({ equipment })} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { isDate } from '../../lib/zoned';
import { DateInput } from '../../ui/date-time-inputs';
import { RadioList } from '../../ui/radio-list';
import { SwitchRow } from '../../ui/switch-row';
import {
  type Frequency,
  isLastWeekdayOfMonth,
  type MonthlyMode,
  type Recurrence,
  weekdayCodeOf,
  weekdayCodes,
  weekOfMonth,
} from './rrule';

export interface RecurrenceValue extends Recurrence {
  skipNonWorkdays: boolean;
}

interface RecurrenceFieldProps {
  /** the first meeting's date: the weekday and day of month the options name */
  startDate: string;
  /** set by Form.Item */
  value?: RecurrenceValue;
  onChange?: (value: RecurrenceValue) => void;
}

/** 重复: none / daily / weekly on chosen weekdays / monthly, every n, ending by count or date. */
export function RecurrenceField({ startDate, value, onChange }: RecurrenceFieldProps) {
  const { t } = useTranslation();
  if (!value) return null;
  const set = (patch: Partial<RecurrenceValue>) => onChange?.({ ...value, ...patch });
  const validStart = isDate(startDate);
  const weekday = validStart ? weekdayCodeOf(startDate) : 'MO';
  const weekdayName = t(`roomsWeekdays.${weekday}`);
  const monthlyModes: MonthlyMode[] = ['month_day', 'nth_weekday'];
  if (validStart && isLastWeekdayOfMonth(startDate)) monthlyModes.push('last_weekday');
  const chosenDays = value.weekdays.length > 0 ? value.weekdays : [weekday];

  return (
    <div className="recurrence-field">
      <RadioList<Frequency>
        name="frequency"
        legend={t('roomsForm.recurrence')}
        value={value.frequency}
        options={(['none', 'daily', 'weekly', 'monthly'] as const).map((f) => ({
          value: f,
          label: t(`roomsFrequency.${f}`),
        }))}
        onChange={(frequency) => set({ frequency })}
      />
      {value.frequency !== 'none' && (
        <div className="recurrence-details">
          <label className="field field-inline" htmlFor="recurrence-interval">
            <span className="field-label">{t('roomsForm.interval')}</span>
            <input
              id="recurrence-interval"
              type="number"
              inputMode="numeric"
              className="native-input input-short"
              min={1}
              max={99}
              value={value.interval}
              onChange={(event) =>
                set({ interval: Math.max(1, Math.min(99, Number(event.target.value) || 1)) })
              }
            />
            <span>{t(`roomsIntervalUnit.${value.frequency}`)}</span>
          </label>

          {value.frequency === 'weekly' && (
            <fieldset className="chip-group">
              <legend className="field-label">{t('roomsForm.weekdays')}</legend>
              <div className="chips">
                {weekdayCodes.map((code) => (
                  <button
                    key={code}
                    type="button"
                    className="chip chip-round"
                    aria-pressed={chosenDays.includes(code)}
                    onClick={() => {
                      const next = chosenDays.includes(code)
                        ? chosenDays.filter((c) => c !== code)
                        : [...chosenDays, code];
                      if (next.length > 0) set({ weekdays: next });
                    }}
                  >
                    {t(`roomsWeekdaysShort.${code}`)}
                  </button>
                ))}
              </div>
            </fieldset>
          )}

          {value.frequency === 'monthly' && (
            <RadioList<MonthlyMode>
              name="monthly-mode"
              legend={t('roomsForm.monthlyOn')}
              value={monthlyModes.includes(value.monthlyMode) ? value.monthlyMode : 'month_day'}
              options={monthlyModes.map((mode) => ({
                value: mode,
                label: t(`roomsMonthly.${mode}`, {
                  day: validStart ? Number(startDate.slice(8, 10)) : '',
                  n: validStart ? t(`roomsOrdinals.n${weekOfMonth(startDate)}` as 'roomsOrdinals.n1') : '',
                  weekday: weekdayName,
                }),
              }))}
              onChange={(monthlyMode) => set({ monthlyMode })}
            />
          )}

          <RadioList<'count' | 'until'>
            name="recurrence-end"
            legend={t('roomsForm.endMode')}
            value={value.end}
            options={[
              { value: 'count', label: t('roomsForm.endByCount') },
              { value: 'until', label: t('roomsForm.endByDate') },
            ]}
            onChange={(end) => set({ end })}
          />
          {value.end === 'count' ? (
            <label className="field field-inline" htmlFor="recurrence-count">
              <span className="field-label">{t('roomsForm.count')}</span>
              <input
                id="recurrence-count"
                type="number"
                inputMode="numeric"
                className="native-input input-short"
                min={1}
                max={100}
                value={value.count}
                onChange={(event) =>
                  set({ count: Math.max(1, Math.min(100, Number(event.target.value) || 1)) })
                }
              />
              <span>{t('roomsForm.times')}</span>
            </label>
          ) : (
            <label className="field" htmlFor="recurrence-until">
              <span className="field-label">{t('roomsForm.until')}</span>
              <DateInput
                id="recurrence-until"
                min={validStart ? startDate : undefined}
                value={value.until}
                onChange={(until) => set({ until })}
              />
            </label>
          )}
          <SwitchRow
            id="skip-non-workdays"
            label={t('roomsForm.skipNonWorkdays')}
            description={t('roomsForm.skipNonWorkdaysHelp')}
            checked={value.skipNonWorkdays}
            onChange={(skipNonWorkdays) => set({ skipNonWorkdays })}
          />
        </div>
      )}
    </div>
  );
}

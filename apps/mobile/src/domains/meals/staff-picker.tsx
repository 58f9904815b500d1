import type { PersonSummary } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { SearchField } from '../../ui/search-field';
import { useSearchText } from '../../ui/use-search-text';
import { usePeople } from './queries';

interface StaffPickerProps {
  id: string;
  unitName: string;
  value: PersonSummary[];
  onChange: (value: PersonSummary[]) => void;
}

/**
 * Staff of the admin's own unit as checkboxes: the unit's people at first, a name narrows it. People of
 * other units found by the search are left out (the server would refuse them with STAFF_NOT_IN_UNIT).
 */
export function StaffPicker({ id, unitName, value, onChange }: StaffPickerProps) {
  const { t } = useTranslation();
  const search = useSearchText();
  const people = usePeople(search.query);
  const chosen = new Set(value.map((p) => p.id));
  const found = (people.data?.items ?? []).filter((p) => p.unitName === unitName);
  // the chosen ones stay in the list while another name is searched
  const shown = [...value.filter((p) => !found.some((f) => f.id === p.id)), ...found];

  const flip = (person: PersonSummary, on: boolean) =>
    onChange(on ? [...value, person] : value.filter((p) => p.id !== person.id));

  return (
    <div className="staff-picker">
      <SearchField
        id={id}
        value={search.text}
        onChange={search.setText}
        label={t('mealsDuty.searchLabel')}
        placeholder={t('mealsDuty.search')}
        status={
          people.isError
            ? parseApiError(people.error)
            : people.isSuccess && shown.length === 0
              ? t('mealsDuty.noPeople')
              : t('mealsDuty.chosen', { count: value.length })
        }
      />
      <ul className="staff-list" aria-label={t('mealsDuty.unitStaff', { unit: unitName })}>
        {shown.map((person) => {
          const boxId = `${id}-${person.id}`;
          return (
            <li key={person.id}>
              <label htmlFor={boxId} className="staff-row">
                <input
                  id={boxId}
                  type="checkbox"
                  className="staff-check"
                  checked={chosen.has(person.id)}
                  onChange={(event) => flip(person, event.target.checked)}
                />
                <span className="staff-name">{person.displayName}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

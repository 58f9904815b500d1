import { CloseOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { SearchField } from '../../ui/search-field';
import { useSearchText } from '../../ui/use-search-text';
import type { PersonOption } from './api';
import { usePeopleSearch } from './queries';

interface AttendeePickerProps {
  id: string;
  /** set by Form.Item */
  value?: PersonOption[];
  onChange?: (value: PersonOption[]) => void;
}

const MAX_ATTENDEES = 200;

/** Internal attendees: search by name, tap to add; the chosen ones as chips with a remove button. */
export function AttendeePicker({ id, value = [], onChange }: AttendeePickerProps) {
  const { t } = useTranslation();
  const { text, setText, query, clear } = useSearchText();
  const search = usePeopleSearch(query);
  const chosen = new Set(value.map((p) => p.id));
  const results = (search.data ?? []).filter((p) => !chosen.has(p.id)).slice(0, 8);

  const add = (person: PersonOption) => {
    if (value.length >= MAX_ATTENDEES) return;
    onChange?.([...value, person]);
    clear();
  };

  return (
    <div className="attendee-picker">
      {value.length > 0 && (
        <ul className="attendee-chips" aria-label={t('roomsForm.chosenAttendees', { count: value.length })}>
          {value.map((person) => (
            <li key={person.id} className="attendee-chip">
              <span>{person.displayName}</span>
              <button
                type="button"
                className="attendee-chip-remove"
                aria-label={t('roomsForm.removeAttendee', { name: person.displayName })}
                onClick={() => onChange?.(value.filter((p) => p.id !== person.id))}
              >
                <CloseOutline aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchField
        id={id}
        value={text}
        onChange={setText}
        placeholder={t('roomsForm.searchPeople')}
        status={
          query && search.isError
            ? parseApiError(search.error)
            : query && search.isSuccess && results.length === 0
              ? t('roomsForm.noPeople')
              : ''
        }
      />
      {query && results.length > 0 && (
        <ul className="people-results" aria-label={t('roomsForm.peopleResults')}>
          {results.map((person) => (
            <li key={person.id}>
              <button type="button" className="people-result" onClick={() => add(person)}>
                <span className="people-result-name">{person.displayName}</span>
                <span className="people-result-unit">{person.unitName}</span>
                <span className="people-result-add">{t('roomsForm.add')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { SearchOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';

interface SearchFieldProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  placeholder: string;
  /** names the box when no `<label htmlFor={id}>` does */
  label?: string;
  /** read out as it changes (`${id}-status`): what the search found, or why it failed */
  status: ReactNode;
}

/** A name search box with a magnifier, and the live line under it that says how the search went. */
export function SearchField({ id, value, onChange, placeholder, label, status }: SearchFieldProps) {
  return (
    <>
      <div className="search-input">
        <SearchOutline aria-hidden="true" />
        <input
          id={id}
          type="search"
          className="native-input"
          autoComplete="off"
          maxLength={50}
          value={value}
          aria-label={label}
          placeholder={placeholder}
          aria-describedby={`${id}-status`}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <p id={`${id}-status`} className="field-hint" role="status">
        {status}
      </p>
    </>
  );
}

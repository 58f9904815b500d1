import { CheckOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  /** language of the label when it differs from the page's, e.g. "English" on a Chinese page */
  lang?: string;
}

interface RadioListProps<V extends string> {
  name: string;
  /** the group's name; may hold a heading, e.g. <h2> */
  legend: ReactNode;
  value: V;
  options: RadioOption<V>[];
  disabled?: boolean;
  onChange: (value: V) => void;
}

/** A list of choices as native radio buttons: keyboard and screen-reader friendly, rows ≥ 44 px. */
export function RadioList<V extends string>({
  name,
  legend,
  value,
  options,
  disabled,
  onChange,
}: RadioListProps<V>) {
  return (
    <fieldset className="radio-list" disabled={disabled}>
      <legend className="list-header">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        const checked = option.value === value;
        return (
          <label key={option.value} htmlFor={id} className="radio-list-row">
            <input
              id={id}
              type="radio"
              name={name}
              value={option.value}
              checked={checked}
              onChange={() => onChange(option.value)}
              className="radio-list-input"
            />
            <span lang={option.lang}>{option.label}</span>
            {checked && <CheckOutline className="radio-list-check" aria-hidden="true" />}
          </label>
        );
      })}
    </fieldset>
  );
}

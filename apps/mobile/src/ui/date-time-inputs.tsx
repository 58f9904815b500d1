import type { ChangeEvent } from 'react';

interface NativeFieldProps {
  id: string;
  /** set by Form.Item, or by the caller */
  value?: string;
  onChange?: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  'aria-describedby'?: string;
}

/**
 * The phone's own date picker. Its value is a civil date read as a Shanghai date, whatever the phone's
 * zone: no Date object is made from it here.
 */
export function DateInput({ id, value, onChange, min, max, required, ...aria }: NativeFieldProps) {
  return (
    <input
      id={id}
      type="date"
      className="native-input"
      value={value ?? ''}
      min={min}
      max={max}
      required={required}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value)}
      {...aria}
    />
  );
}

/** The phone's own time picker on a 5-minute grid ('HH:MM', Shanghai wall-clock time). */
export function TimeInput({ id, value, onChange, min, max, required, ...aria }: NativeFieldProps) {
  return (
    <input
      id={id}
      type="time"
      step={300}
      className="native-input"
      value={value ?? ''}
      min={min}
      max={max}
      required={required}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value)}
      {...aria}
    />
  );
}

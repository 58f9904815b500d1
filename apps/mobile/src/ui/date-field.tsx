import { DateInput } from './date-time-inputs';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (date: string) => void;
  min?: string;
  'aria-describedby'?: string;
}

/** A required date with its label above it (the phone's own date picker). */
export function DateField({ id, label, ...input }: DateFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <DateInput id={id} required {...input} />
    </div>
  );
}

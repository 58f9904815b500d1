import type { ReactNode } from 'react';

interface SwitchRowProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A setting that is on or off: a native checkbox with the switch role, named by its label and
 * described by the text under it; the whole row (≥ 44 px) toggles it.
 */
export function SwitchRow({ id, label, description, checked, disabled, onChange }: SwitchRowProps) {
  const labelId = `${id}-label`;
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <label htmlFor={id} className="switch-row">
      <span className="switch-row-text">
        <span id={labelId} className="switch-row-label">
          {label}
        </span>
        {description && (
          <span id={descriptionId} className="switch-row-description">
            {description}
          </span>
        )}
      </span>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch-input"
        checked={checked}
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
}

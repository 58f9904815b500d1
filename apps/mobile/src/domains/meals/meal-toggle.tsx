import { CheckOutline, LockOutline } from 'antd-mobile-icons';

interface MealToggleProps {
  /** visible text: 报餐 (opt-in) or 不吃 (opt-out) */
  label: string;
  /** what it is about for screen readers, e.g. 11月27日 周五 午餐 */
  context: string;
  checked: boolean;
  /** after the cutoff: still focusable and tappable, so a tap can say why nothing happens */
  locked: boolean;
  busy: boolean;
  describedBy?: string;
  onToggle: () => void;
  onLockedTap: () => void;
}

/** The big on/off switch of one meal, thumb-sized. */
export function MealToggle({
  label,
  context,
  checked,
  locked,
  busy,
  describedBy,
  onToggle,
  onLockedTap,
}: MealToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-disabled={locked || undefined}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
      className={`meal-toggle${checked ? ' is-on' : ''}${locked ? ' is-locked' : ''}`}
      onClick={() => {
        if (busy) return;
        if (locked) onLockedTap();
        else onToggle();
      }}
    >
      <span className="meal-toggle-label">
        {label}
        <span className="visually-hidden">{context}</span>
      </span>
      <span className="meal-toggle-track" aria-hidden="true">
        <span className="meal-toggle-thumb">
          {locked ? <LockOutline /> : checked ? <CheckOutline /> : null}
        </span>
      </span>
    </button>
  );
}

import { Button } from 'antd-mobile';
import type { FormEvent, ReactNode } from 'react';
import { FormAlert } from '../../ui/form-alert';

interface MealFormProps {
  /** checked and sent by the page; the browser's own validation is off */
  onSubmit: () => void;
  /** above the fields: the kind as radios, or the form's heading */
  head: ReactNode;
  /** the id of the heading that names the form, when `head` has one */
  labelledBy?: string;
  children: ReactNode;
  /** what went wrong with the whole form (not one field) */
  error: string | null;
  submitLabel: string;
  submitting: boolean;
}

/** The card form of the 值班餐, 请假 and 公务接待 pages: fields, the form's error and a large submit button. */
export function MealForm({
  onSubmit,
  head,
  labelledBy,
  children,
  error,
  submitLabel,
  submitting,
}: MealFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="card-section meal-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      {head}
      <div className="meal-form-fields">
        {children}
        <FormAlert message={error} />
        <Button block type="submit" color="primary" size="large" loading={submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

interface FormAlertProps {
  message: string | null;
}

/** The error of a whole form (not of one field), announced to screen readers. */
export function FormAlert({ message }: FormAlertProps) {
  return (
    <div role="alert" className="form-alert" hidden={!message}>
      {message}
    </div>
  );
}

import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { parseApiError } from './errors';
import { setFieldErrors } from './form-errors';

/**
 * Handles a failed form submit: errors that name a field go next to that field,
 * and the localized message for the error code is shown as a toast.
 */
export function useSubmitError<Values>(form: FormInstance<Values>): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      const text = parseApiError(error);
      setFieldErrors(form, error, text);
      void message.error(text);
    },
    [form, message],
  );
}

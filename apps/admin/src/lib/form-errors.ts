import type { ErrorCode } from '@houqin/contracts';
import type { FormInstance } from 'antd';
import { isApiError } from './api-error';
import { localizeIssue } from './errors';

export interface FieldError {
  name: string;
  errors: string[];
}

/** Error codes that are about one field, wherever that field appears in a form. */
const fieldOfCode: Partial<Record<ErrorCode, readonly string[]>> = {
  USERNAME_TAKEN: ['username'],
  EMPLOYEE_CODE_TAKEN: ['employeeCode'],
  UNIT_CODE_TAKEN: ['code'],
  UNIT_CYCLE: ['parentId'],
  PASSWORD_POLICY: ['newPassword', 'password'],
  PASSWORD_INCORRECT: ['currentPassword'],
  CANNOT_DEACTIVATE_SELF: ['active'],
};

/** `body.username` → `username`; `query.q` → `q`. */
function fieldOfPath(path: string): string | undefined {
  const segments = path.split('.');
  const first = segments[0];
  return first === 'body' || first === 'query' || first === 'params' ? segments[1] : first;
}

/**
 * The errors of a failed submit that belong next to one of `fields`:
 * VALIDATION_FAILED issues by path, and codes that name a field (message = the localized code text).
 */
export function fieldErrorsOf(error: unknown, fields: readonly string[], codeMessage: string): FieldError[] {
  if (!isApiError(error)) return [];
  const byField = new Map<string, string[]>();
  for (const issue of error.issues) {
    const field = fieldOfPath(issue.path);
    if (!field || !fields.includes(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), localizeIssue(issue.message)]);
  }
  const codeFields = error.code === 'NETWORK_ERROR' ? undefined : fieldOfCode[error.code];
  const codeField = codeFields?.find((field) => fields.includes(field));
  if (codeField && !byField.has(codeField)) byField.set(codeField, [codeMessage]);
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** Puts the field errors of a failed submit on the form's registered fields. */
export function setFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  codeMessage: string,
): void {
  const fields = form.getFieldsError().map((field) => String(field.name[0]));
  const errors = fieldErrorsOf(error, fields, codeMessage);
  if (errors.length > 0) form.setFields(errors as Parameters<FormInstance<Values>['setFields']>[0]);
}

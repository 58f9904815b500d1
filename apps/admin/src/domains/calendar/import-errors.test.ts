import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { importLineErrors } from './import-errors';

describe('importLineErrors', () => {
  it('reads the line report of a refused import', () => {
    const error = new ApiError({
      status: 422,
      code: 'CALENDAR_IMPORT_INVALID',
      message: 'invalid',
      details: {
        errors: [
          { line: 2, text: '2027-13-01,休,国庆节', message: '日期“2027-13-01”无效' },
          { line: 'x', text: 'bad', message: 'ignored' },
        ],
      },
    });
    expect(importLineErrors(error)).toEqual([
      { line: 2, text: '2027-13-01,休,国庆节', message: '日期“2027-13-01”无效' },
    ]);
  });

  it('has none for other errors', () => {
    expect(importLineErrors(new ApiError({ status: 403, code: 'FORBIDDEN', message: '' }))).toEqual([]);
    expect(importLineErrors(new Error('x'))).toEqual([]);
  });
});

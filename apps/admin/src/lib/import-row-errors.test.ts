import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { importRowErrors } from './import-row-errors';

describe('importRowErrors', () => {
  it('reads the row report of a refused file', () => {
    const error = new ApiError({
      status: 422,
      code: 'SPACES_IMPORT_INVALID',
      message: '',
      details: {
        errors: [{ row: 2, field: '楼层', message: '楼层应为 3F、B1、3 或 -1 这样的写法' }, 'junk'],
      },
    });
    expect(importRowErrors(error, 'SPACES_IMPORT_INVALID')).toEqual([
      { row: 2, field: '楼层', message: '楼层应为 3F、B1、3 或 -1 这样的写法' },
    ]);
  });

  it('is null for any other failure, so its own message is shown instead', () => {
    const usersRefused = new ApiError({
      status: 422,
      code: 'IMPORT_INVALID',
      message: '',
      details: { errors: [] },
    });
    expect(importRowErrors(usersRefused, 'SPACES_IMPORT_INVALID')).toBeNull();
    expect(
      importRowErrors(new ApiError({ status: 403, code: 'FORBIDDEN', message: '' }), 'IMPORT_INVALID'),
    ).toBeNull();
    expect(importRowErrors(new Error('boom'), 'IMPORT_INVALID')).toBeNull();
  });
});

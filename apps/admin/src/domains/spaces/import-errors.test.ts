import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { spacesImportErrors } from './import-errors';

describe('spacesImportErrors', () => {
  it('reads the row report of a refused file', () => {
    const error = new ApiError({
      status: 422,
      code: 'SPACES_IMPORT_INVALID',
      message: '',
      details: {
        errors: [{ row: 2, field: '楼层', message: '楼层应为 3F、B1、3 或 -1 这样的写法' }, 'junk'],
      },
    });
    expect(spacesImportErrors(error)).toEqual([
      { row: 2, field: '楼层', message: '楼层应为 3F、B1、3 或 -1 这样的写法' },
    ]);
  });

  it('is null for any other failure, so its own message is shown instead', () => {
    expect(spacesImportErrors(new ApiError({ status: 403, code: 'FORBIDDEN', message: '' }))).toBeNull();
    expect(spacesImportErrors(new Error('boom'))).toBeNull();
  });
});

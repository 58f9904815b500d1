import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the API error body', () => {
    const error = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: '校验失败',
        issues: [{ path: 'body.username', message: '太短' }, { nonsense: true }],
        details: { hint: 1 },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('校验失败');
    expect(error.issues).toEqual([{ path: 'body.username', message: '太短' }]);
    expect(error.details).toEqual({ hint: 1 });
  });

  it('falls back to a code by status for bodies that are not ours (proxy pages, empty bodies)', () => {
    expect(toApiError(502, '<html>Bad Gateway</html>').code).toBe('SERVICE_UNAVAILABLE');
    expect(toApiError(401, null).code).toBe('UNAUTHENTICATED');
    expect(toApiError(413, null).code).toBe('PAYLOAD_TOO_LARGE');
    expect(toApiError(500, { error: 'boom' }).code).toBe('INTERNAL_ERROR');
  });
});

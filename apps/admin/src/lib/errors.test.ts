import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { parseApiError } from './errors';
import i18n from './i18n';

describe('parseApiError', () => {
  it('localizes by code, not by the server message', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = new ApiError({ status: 409, code: 'UNIT_HAS_USERS', message: 'unit has users' });
    expect(parseApiError(error)).toBe('该单位下还有人员，不能删除。');
    await i18n.changeLanguage('en');
    expect(parseApiError(error)).toBe('This unit still has users and cannot be deleted.');
  });

  it('adds when a locked account unlocks, in Beijing time', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = new ApiError({
      status: 423,
      code: 'ACCOUNT_LOCKED',
      message: 'locked',
      details: { lockedUntil: '2026-11-27T06:30:00Z' },
    });
    expect(parseApiError(error)).toBe(
      '密码错误次数过多，账号已临时锁定，请稍后再试。将于 2026-11-27 14:30 自动解锁。',
    );
    await i18n.changeLanguage('en');
    expect(parseApiError(error)).toBe(
      'Too many wrong passwords; the account is locked for a while. It will unlock at 2026-11-27 14:30.',
    );
  });

  it('falls back to the server message for a code it does not know, and to a generic one for non-API errors', async () => {
    await i18n.changeLanguage('zh-CN');
    const unknown = new ApiError({
      status: 409,
      code: 'ROOM_TAKEN' as 'NOT_FOUND',
      message: '会议室已被预订',
    });
    expect(parseApiError(unknown)).toBe('会议室已被预订');
    expect(parseApiError(new Error('x'))).toBe('操作失败，请稍后再试。');
  });
});

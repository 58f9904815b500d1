import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fieldErrorsOf } from './form-errors';
import i18n from './i18n';

describe('fieldErrorsOf', () => {
  const fields = ['username', 'displayName', 'mobile', 'roles'];

  it('puts validation issues next to the field their path names', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      issues: [
        { path: 'body.username', message: '至少 2 个字符' },
        { path: 'body.roles.0', message: '未知角色' },
        { path: 'body.mobile', message: 'mobile' },
        { path: 'body.unknownField', message: 'ignored' },
      ],
    });
    expect(fieldErrorsOf(error, fields, '提交的内容有误')).toEqual([
      { name: 'username', errors: ['至少 2 个字符'] },
      { name: 'roles', errors: ['未知角色'] },
      { name: 'mobile', errors: ['请输入正确的 11 位手机号'] },
    ]);
  });

  it('puts a code that is about one field next to that field', () => {
    const error = new ApiError({ status: 409, code: 'USERNAME_TAKEN', message: 'taken' });
    expect(fieldErrorsOf(error, fields, '该用户名已被使用。')).toEqual([
      { name: 'username', errors: ['该用户名已被使用。'] },
    ]);
    expect(fieldErrorsOf(error, ['displayName'], 'x')).toEqual([]);
  });
});

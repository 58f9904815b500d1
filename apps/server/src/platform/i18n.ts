import type { ErrorCode } from '@houqin/contracts';
import { z } from 'zod';

export type Locale = 'zh-CN' | 'en';

/** zh-CN unless the client prefers English (Accept-Language), per the product's Chinese-first rule. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

const messages: Record<ErrorCode, { 'zh-CN': string; en: string }> = {
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  MALFORMED_JSON: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '密码错误次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many wrong passwords; the account is locked for a while',
  },
  ACCOUNT_DISABLED: {
    'zh-CN': '账号已停用，请联系管理员',
    en: 'This account is deactivated; contact an administrator',
  },
  IP_LOCKED: {
    'zh-CN': '该网络登录失败次数过多，请稍后再试',
    en: 'Too many failed sign-ins from this network; try again later',
  },
  RATE_LIMITED: { 'zh-CN': '操作过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  CSRF_TOKEN_INVALID: {
    'zh-CN': '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '记录不存在或已被删除', en: 'The record does not exist' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', en: 'No such API endpoint' },
  PASSWORD_POLICY: {
    'zh-CN': '密码至少 10 位，且须包含字母和数字，不能与用户名相同',
    en: 'Passwords need at least 10 characters with letters and digits, and must differ from the username',
  },
  PASSWORD_INCORRECT: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', en: 'This username is already taken' },
  EMPLOYEE_CODE_TAKEN: { 'zh-CN': '工号已被使用', en: 'This employee code is already taken' },
  UNIT_HAS_CHILDREN: {
    'zh-CN': '该单位下还有下级单位，不能删除',
    en: 'This unit has sub-units and cannot be deleted',
  },
  UNIT_HAS_USERS: {
    'zh-CN': '该单位下还有人员，不能删除',
    en: 'This unit still has users and cannot be deleted',
  },
  UNIT_CYCLE: { 'zh-CN': '不能把单位移到它自己的下级', en: 'A unit cannot be moved under itself' },
  UNIT_CODE_TAKEN: { 'zh-CN': '单位编码已被使用', en: 'This unit code is already taken' },
  IMPORT_INVALID: {
    'zh-CN': '导入文件中有错误，未导入任何数据，请按报告修改后重试',
    en: 'The file has errors; nothing was imported. Fix the rows listed and try again',
  },
  IMPORT_FILE_UNREADABLE: {
    'zh-CN': '无法读取文件，请上传 .xlsx 或 .csv 文件',
    en: 'The file cannot be read; upload an .xlsx or .csv file',
  },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '上传的内容过大', en: 'The upload is too large' },
  CANNOT_DEACTIVATE_SELF: { 'zh-CN': '不能停用自己的账号', en: 'You cannot deactivate your own account' },
  JOB_NOT_RETRYABLE: {
    'zh-CN': '只有失败的任务可以重试',
    en: 'Only a failed job can be retried',
  },
  JOB_ALREADY_PENDING: {
    'zh-CN': '相同的任务已在等待执行，无需重试',
    en: 'The same job is already waiting to run',
  },
  FILE_TYPE_NOT_ALLOWED: {
    'zh-CN': '文件类型不允许：仅支持 JPG、PNG、WebP、HEIC 图片和 PDF、Word（.docx）、Excel（.xlsx）文档',
    en: 'File type not allowed: only JPG, PNG, WebP, HEIC images and PDF, Word (.docx), Excel (.xlsx) documents',
  },
  FILE_IMAGE_UNREADABLE: {
    'zh-CN': '图片无法读取，可能已损坏或格式不受支持',
    en: 'The image cannot be read; it may be damaged or in an unsupported format',
  },
  FILES_TOO_MANY: { 'zh-CN': '一次上传的文件过多', en: 'Too many files in one upload' },
  FILE_NOT_ATTACHABLE: {
    'zh-CN': '附件不存在、已被使用或不是您上传的，请重新上传',
    en: 'An attachment does not exist, is already used or was not uploaded by you; upload it again',
  },
  TOKEN_INVALID: { 'zh-CN': '二维码或凭证无效', en: 'The QR code or pass is not valid' },
  TOKEN_EXPIRED: { 'zh-CN': '二维码或凭证已过期', en: 'The QR code or pass has expired' },
  TOKEN_USED: { 'zh-CN': '二维码或凭证已被使用', en: 'The QR code or pass has already been used' },
  TOKEN_NOT_YET_VALID: { 'zh-CN': '二维码或凭证尚未生效', en: 'The QR code or pass is not valid yet' },
  SHORT_CODE_INVALID: {
    'zh-CN': '验证码不正确，请核对后重新输入',
    en: 'The code is not correct; check it and try again',
  },
  CALENDAR_IMPORT_INVALID: {
    'zh-CN': '导入内容有错误，未导入任何日期，请按行号修改后重试',
    en: 'Some lines are invalid; no day was imported. Fix the lines listed and try again',
  },
  INTERNAL_ERROR: {
    'zh-CN': '服务器内部错误，请稍后再试',
    en: 'Internal server error; please try again later',
  },
  SERVICE_UNAVAILABLE: {
    'zh-CN': '服务暂不可用，请稍后再试',
    en: 'Service unavailable; please try again later',
  },
};

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return messages[code][locale];
}

const zodLocales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

/** A validation issue as fastify-type-provider-zod hands it over (code, path and the issue's own params). */
export interface RawIssue {
  code: string;
  path: (string | number)[];
  params: Record<string, unknown>;
  /** the value the client sent at that path (zod 4 drops it from issues; the error handler puts it back) */
  input?: unknown;
}

const fieldWord = { 'zh-CN': (f: string) => `字段“${f}”：`, en: (f: string) => `Field "${f}": ` };

/** A message about one field, naming it: "字段“body.username”：不能为空". */
export function fieldMessage(field: string, text: string, locale: Locale): string {
  return fieldWord[locale](field) + text;
}

const zhTypeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值(null)',
  bigint: '整数',
  date: '日期',
  record: '对象',
};

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function typeName(type: string, locale: Locale): string {
  return locale === 'en' ? type : (zhTypeNames[type] ?? type);
}

/** Plain messages for the common cases; zod's own locale (which says "数值过大" of a long text) for the rest. */
function plainMessage(issue: RawIssue, locale: Locale): string | undefined {
  const p = issue.params;
  const zh = locale === 'zh-CN';
  const limit = String(p.maximum ?? p.minimum ?? '');
  const inclusive = p.inclusive !== false;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return zh ? '必填' : 'is required';
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return zh ? '数字超出范围' : 'number out of range';
      }
      const expected = typeName(String(p.expected), locale);
      const received = typeName(typeOfInput(issue.input), locale);
      return zh ? `应为${expected}，实际为${received}` : `expected ${expected}, received ${received}`;
    }
    case 'unrecognized_keys':
      return zh ? '不允许的字段' : 'unknown field';
    case 'too_big':
      if (p.origin === 'string')
        return zh ? `不能超过 ${limit} 个字符` : `must be at most ${limit} characters`;
      if (p.origin === 'array') return zh ? `最多 ${limit} 项` : `must have at most ${limit} items`;
      if (p.origin === 'number' || p.origin === 'bigint') {
        if (zh) return inclusive ? `不能大于 ${limit}` : `须小于 ${limit}`;
        return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
      }
      return undefined;
    case 'too_small':
      if (p.origin === 'string') {
        if (Number(p.minimum) === 1) return zh ? '不能为空' : 'must not be empty';
        return zh ? `不能少于 ${limit} 个字符` : `must be at least ${limit} characters`;
      }
      if (p.origin === 'array') return zh ? `至少 ${limit} 项` : `must have at least ${limit} items`;
      if (p.origin === 'number' || p.origin === 'bigint') {
        if (zh) return inclusive ? `不能小于 ${limit}` : `须大于 ${limit}`;
        return inclusive ? `must be at least ${limit}` : `must be greater than ${limit}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** "字段“body.username”：…": the field is named in every message, in the client's language. */
export function issueMessage(issue: RawIssue, field: string, locale: Locale): string {
  const plain = plainMessage(issue, locale);
  if (plain) return fieldMessage(field, plain, locale);
  const { localeError } = zodLocales[locale];
  const text = localeError({
    ...issue.params,
    code: issue.code,
    path: issue.path,
    input: issue.input,
  } as never);
  const message = typeof text === 'string' ? text : (text?.message ?? issue.code);
  return fieldMessage(field, message, locale);
}

/** Messages for checks the platform makes at the edge, outside the route schemas. */
export const edgeMessages = {
  nulCharacter: { 'zh-CN': '不能包含空字符(\\u0000)', en: 'must not contain the NUL character (\\u0000)' },
} satisfies Record<string, Record<Locale, string>>;

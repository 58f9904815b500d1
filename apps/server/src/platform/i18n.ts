import { type ErrorCode, errorMessages, type MessageLocale } from '@houqin/contracts';
import { z } from 'zod';

export type Locale = MessageLocale;

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

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorMessages[code][locale];
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

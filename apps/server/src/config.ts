import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_OFFICE_HOURS, type OfficeWindow, parseOfficeHours } from './platform/calendar/office-hours';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  HOUQIN_TZ: z
    .string()
    .default('Asia/Shanghai')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'is not an IANA time zone'),
  HOUQIN_ADMIN_PASSWORD: z.string().min(1).optional(),
  HOUQIN_DEMO: bool.default(true),
  HOUQIN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  HOUQIN_TEST_CLOCK_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  AUTH_SLOWDOWN_BASE_MS: z.coerce.number().int().min(0).max(10_000).default(100),
  ACCOUNT_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(100).default(10),
  ACCOUNT_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  IP_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(10_000).default(50),
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  SERVE_APPS: bool.default(true),
  OFFICE_HOURS: z
    .string()
    .default(DEFAULT_OFFICE_HOURS)
    .transform((text, ctx) => {
      const parsed = parseOfficeHours(text);
      if ('windows' in parsed) return parsed.windows;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  CALENDAR_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  FILE_MAX_PER_REQUEST: z.coerce.number().int().min(1).max(50).default(9),
  NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  NOTIFY_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).optional(),
  NOTIFY_LINK_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  timeZone: string;
  adminPassword: string | undefined;
  demo: boolean;
  secret: string | undefined;
  /** E2E only: with it, POST /api/test/clock moves the server's clock (never set in production) */
  testClockToken: string | undefined;
  logLevel: string;
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  auth: {
    rateLimitPerMinute: number;
    slowdownBaseMs: number;
    lockThreshold: number;
    lockMinutes: number;
    ipLockThreshold: number;
  };
  auditSealIntervalMs: number;
  serveApps: boolean;
  /** office hours of a workday in the deployment zone (SLA arithmetic), minutes after midnight */
  officeHours: OfficeWindow[];
  /** how long a process trusts its cached calendar year (edits elsewhere show up within this) */
  calendarCacheSeconds: number;
  /** uploads: the largest file in bytes, and how many files one request may carry */
  files: { maxBytes: number; maxPerRequest: number };
  /** outbound notification channels: each is on when its settings are present */
  notifications: {
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    smtpUrl: string | undefined;
    smtpFrom: string | undefined;
    /** makes in-app links absolute in e-mails and webhooks, e.g. https://houqin.example.gov.cn */
    linkBaseUrl: string | undefined;
  };
};

export class ConfigError extends Error {}

/** Parses the environment once. A bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NOTIFY_WEBHOOK_URL && !e.NOTIFY_WEBHOOK_SECRET)
    throw new ConfigError(
      'Invalid environment configuration:\n  NOTIFY_WEBHOOK_SECRET: required with NOTIFY_WEBHOOK_URL',
    );
  if (e.SMTP_URL && !e.SMTP_FROM)
    throw new ConfigError('Invalid environment configuration:\n  SMTP_FROM: required with SMTP_URL');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    timeZone: e.HOUQIN_TZ,
    adminPassword: e.HOUQIN_ADMIN_PASSWORD,
    demo: e.HOUQIN_DEMO,
    secret: e.HOUQIN_SECRET,
    testClockToken: e.HOUQIN_TEST_CLOCK_TOKEN,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    auth: {
      rateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
      slowdownBaseMs: e.AUTH_SLOWDOWN_BASE_MS,
      lockThreshold: e.ACCOUNT_LOCK_THRESHOLD,
      lockMinutes: e.ACCOUNT_LOCK_MINUTES,
      ipLockThreshold: e.IP_LOCK_THRESHOLD,
    },
    auditSealIntervalMs: e.AUDIT_SEAL_INTERVAL_MS,
    serveApps: e.SERVE_APPS,
    officeHours: e.OFFICE_HOURS,
    calendarCacheSeconds: e.CALENDAR_CACHE_SECONDS,
    files: { maxBytes: e.FILE_MAX_BYTES, maxPerRequest: e.FILE_MAX_PER_REQUEST },
    notifications: {
      webhookUrl: e.NOTIFY_WEBHOOK_URL,
      webhookSecret: e.NOTIFY_WEBHOOK_SECRET,
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      linkBaseUrl: e.NOTIFY_LINK_BASE_URL,
    },
  };
}

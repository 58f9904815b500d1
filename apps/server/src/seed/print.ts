import type { Config } from '../config';
import { roleNamesZh } from '../domains/organisation/role-names';
import type { DemoLogin } from './demo';

/** Where to open the app after start (0.0.0.0 and :: mean "this machine"). */
export function startUrl(config: Config): string {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

export function urlHint(config: Config): string {
  const base = startUrl(config);
  const lines = config.serveApps
    ? [`  手机端 mobile app:  ${base}/`, `  管理后台 console:   ${base}/admin/`]
    : [];
  lines.push(`  API 文档 API docs:  ${base}/api/docs`);
  return `Houqin 后勤 — open it at:\n${lines.join('\n')}\n`;
}

export function adminPasswordNotice(password: string): string {
  return [
    '',
    '=== First start: the system administrator account was created ===',
    '  username: admin',
    `  password: ${password}`,
    '  This password is shown only this once, and must be changed at the first sign-in.',
    '  (Set HOUQIN_ADMIN_PASSWORD before the first start to choose it yourself.)',
    '',
  ].join('\n');
}

/** One demo login per role, as a plain-text table (ASCII columns first, Chinese last, so it lines up). */
export function demoLoginTable(logins: DemoLogin[], counts: { units: number; users: number }): string {
  const password = logins[0]?.password ?? '';
  const rows = logins.map(
    (l) =>
      `  ${l.role.padEnd(17)} ${l.username.padEnd(11)} ${l.displayName}（${roleNamesZh[l.role]}，${l.unitName}）`,
  );
  return [
    '',
    `=== Demo data: ${counts.units} units, ${counts.users} users of 临江区 (HOUQIN_DEMO=false to start without it) ===`,
    `  Every demo user signs in with the password ${password}`,
    `  ${'role'.padEnd(17)} ${'username'.padEnd(11)} 姓名（角色，单位）`,
    ...rows,
    '',
  ].join('\n');
}

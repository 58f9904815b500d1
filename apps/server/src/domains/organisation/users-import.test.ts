import { count, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditLog } from '../../platform/audit/tables';
import { readFirstSheet } from '../../platform/excel';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from './tables';
import { csvOf, IMPORT_HEADER, multipartFile, workbookOf, XLSX_TYPE } from './test-uploads';

describe('user import: POST /api/admin/users/import', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
  });
  afterAll(async () => t.close());

  const upload = (filename: string, data: Buffer, as = admin, lang = 'zh-CN') => {
    const { payload, headers } = multipartFile(filename, data);
    return t.app.inject({
      method: 'POST',
      url: '/api/admin/users/import',
      headers: { ...as.headers, ...headers, 'accept-language': lang },
      payload,
    });
  };
  const userCount = async () => (await t.ctx.db.select({ n: count() }).from(users))[0]?.n ?? 0;
  const auditCount = async () => (await t.ctx.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  it('imports a good .csv (UTF-8 with BOM): every user created, must change password, one audit entry each', async () => {
    const file = csvOf([
      IMPORT_HEADER,
      ['wuxia', '吴霞', '13800001111', 'C001', 'FGJ', '职工', 'Wuxia-import-2026'],
      ['zhengqiang', '郑强', '', 'C002', 'CZJ', 'staff、unit_admin', 'Zheng-import-2026'],
      ['fengli', '冯丽', '+8613800002222', '', 'ROOT', '职工, 会议室管理员', 'Fengli-import-2026'],
    ]);
    const res = await upload('users.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 3, errors: [] });

    const rows = await t.ctx.db
      .select()
      .from(users)
      .where(inArray(users.username, ['wuxia', 'zhengqiang', 'fengli']));
    expect(rows).toHaveLength(3);
    const byName = new Map(rows.map((r) => [r.username, r]));
    expect(byName.get('zhengqiang')).toMatchObject({ unitId: org.unitB, roles: ['staff', 'unit_admin'] });
    expect(byName.get('fengli')).toMatchObject({
      mobileMasked: '138****2222',
      roles: ['staff', 'room_admin'],
    });
    expect(rows.every((r) => r.mustChangePassword)).toBe(true);
    expect(byName.get('wuxia')?.mobileEnc).not.toContain('13800001111');

    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.entityId,
          rows.map((r) => r.id),
        ),
      );
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.action === 'user.imported' && e.actorId === org.users.admin.id)).toBe(true);
    expect(JSON.stringify(entries.map((e) => e.changes))).not.toContain('import-2026');

    const login = await loginAs(t.app, 'zhengqiang', 'Zheng-import-2026');
    expect(login.csrfToken).toBeTruthy();
  });

  it('imports a good .xlsx filled in from the downloaded template', async () => {
    const template = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users/import-template.xlsx',
      headers: admin.headers,
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX_TYPE);
    const sheet = await readFirstSheet(template.rawPayload);
    expect(sheet[1]).toEqual(IMPORT_HEADER);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    ws?.addRow(['hexin', '何欣', 13800003333, 'X001', 'FGJ', '职工', 'Hexin-import-2026']);
    ws?.addRow(['luoyi', '罗艺', '', '', 'CZJ', '维修工、职工', 'Luoyi-import-2026']);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await upload('filled.xlsx', filled);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2, errors: [] });
    const [luoyi] = await t.ctx.db.select().from(users).where(eq(users.username, 'luoyi'));
    expect(luoyi).toMatchObject({ unitId: org.unitB, roles: ['technician', 'staff'], mobileMasked: null });
    const [hexin] = await t.ctx.db.select().from(users).where(eq(users.username, 'hexin'));
    expect(hexin?.mobileMasked).toBe('138****3333');
  });

  it('imports a .csv saved by Excel in GB18030 (Chinese Windows)', async () => {
    const gbk = Buffer.from(
      'd3c3bba7c3fb2cd0d5c3fb2ccad6bbfa2cb9a4bac52cb5a5cebbb1e0c2eb2cbdc7c9ab2cb3f5cabcc3dcc2eb0d0a7a68616e6773616e322cd5c5c8fd2c2c2c46474a2cd6b0b9a42c47626b2d696d706f72742d323032360d0a',
      'hex',
    );
    const res = await upload('gbk.csv', gbk);
    expect(res.statusCode).toBe(200);
    expect(res.json().imported).toBe(1);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.username, 'zhangsan2'));
    expect(row?.displayName).toBe('张三');
  });

  it('imports nothing when any row is bad, and reports every problem by row and column', async () => {
    const before = { users: await userCount(), audit: await auditCount() };
    const file = csvOf(
      [
        IMPORT_HEADER,
        ['okuser1', '好人一', '', 'B001', 'FGJ', '职工', 'Okuser-import-2026'],
        ['badmobile', '手机错', '12345', '', 'FGJ', '职工', 'Badmob-import-2026'],
        ['nounit', '无单位', '', '', 'NOPE', '职工', 'Nounit-import-2026'],
        ['OKUSER1', '重名', '', '', 'FGJ', '职工', 'Dupname-import-2026'],
        ['ZhangSan', '已存在', '', '', 'FGJ', '职工', 'Exists-import-2026'],
        ['weakpw', '弱密码', '', '', 'FGJ', '厨师', 'weak'],
        ['', '', '', 'B001', 'FGJ', '职工', 'Nobody-import-2026'],
      ],
      false,
    );
    const res = await upload('bad.csv', file);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    const found = (error.details.errors as { row: number; field: string; message: string }[]).map(
      (e) => `${e.row}:${e.field}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '3:手机',
        '4:单位编码',
        '5:用户名',
        '6:用户名',
        '7:初始密码',
        '7:角色',
        '8:用户名',
        '8:姓名',
      ]),
    );
    expect(found).not.toContain('2:用户名');
    const dup = error.details.errors.find((e: { row: number }) => e.row === 5);
    expect(dup.message).toBe('与第 2 行重复');
    expect(
      error.details.errors.find((e: { row: number; field: string }) => e.row === 8 && e.field === '工号'),
    ).toBeTruthy(); // B001 repeats row 2's employee code

    expect(await userCount()).toBe(before.users);
    expect(await auditCount()).toBe(before.audit);
  });

  it('reports in English when asked', async () => {
    const file = csvOf([IMPORT_HEADER, ['enuser', 'En', '', '', 'NOPE', 'staff', 'Enuser-import-2026']]);
    const res = await upload('en.csv', file, admin, 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.errors).toEqual([
      { row: 2, field: '单位编码', message: 'No unit has the code "NOPE"' },
    ]);
  });

  it('reports a missing column on the header row', async () => {
    const file = await workbookOf([
      ['用户名', '姓名', '角色', '初始密码'],
      ['nocol', '缺列', '职工', 'Nocol-import-2026'],
    ]);
    const res = await upload('nocol.xlsx', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.errors).toEqual([
      { row: 1, field: '单位编码', message: '缺少“单位编码”列' },
    ]);
  });

  it('refuses a file that is not a spreadsheet with 422 IMPORT_FILE_UNREADABLE', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    for (const [name, data] of [
      ['photo.xlsx', png],
      ['notes.xlsx', Buffer.from('just some text, not a workbook')],
      ['photo.csv', png],
      ['users.pdf', Buffer.from('%PDF-1.7')],
      ['broken.xlsx', Buffer.from('504b0304deadbeefdeadbeef', 'hex')],
    ] as const) {
      const res = await upload(name, data);
      expect(res.statusCode, name).toBe(422);
      expect(res.json().error.code, name).toBe('IMPORT_FILE_UNREADABLE');
    }
  });

  it('refuses uploads over 5 MB (413), requests without a file (400) and non-sysadmins (403)', async () => {
    const big = await upload('big.csv', Buffer.alloc(5 * 1024 * 1024 + 10, 0x61));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/import',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: { file: 'x' },
    });
    expect(noFile.statusCode).toBe(400);
    for (const body of [
      '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc', // cut off
      '--xyz\r\nContent-Disposition: form-data; name="note"\r\n\r\nno file here\r\n--xyz--\r\n',
    ]) {
      const broken = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users/import',
        headers: { ...admin.headers, 'content-type': 'multipart/form-data; boundary=xyz' },
        payload: body,
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error.issues[0].path).toBe('body.file');
    }

    const logistics = await loginAs(t.app, org.users.logistics.username);
    const file = csvOf([IMPORT_HEADER, ['byothers', '他人', '', '', 'FGJ', '职工', 'Others-import-2026']]);
    const forbidden = await upload('users.csv', file, logistics);
    expect(forbidden.statusCode).toBe(403);
    const rows = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from users where username = 'byothers'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

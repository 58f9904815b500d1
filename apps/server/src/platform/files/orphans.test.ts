import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { runDueJobs } from '../scheduler';
import { attachFiles, registerFileAccess } from './access';
import { deleteOrphanFiles } from './orphans';
import { files } from './tables';
import { jpegWithGps, multipartFiles } from './test-files';

registerFileAccess('orphan_test', async () => true);

describe('orphan cleanup', () => {
  let t: TestApp;
  let org: TestOrg;
  const HOUR = 60 * 60 * 1000;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:30:00Z' });
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  // the clock jumps past the session's idle limit: sign in afresh for each upload
  const upload = async () => {
    const zhang = await loginAs(t.app, org.users.staffA.username);
    const body = multipartFiles([{ filename: 'p.jpg', data: await jpegWithGps() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: body.payload,
      headers: { ...zhang.headers, ...body.headers },
    });
    expect(res.statusCode).toBe(201);
    const id: string = res.json().files[0].id;
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, id));
    if (!row) throw new Error('no row');
    const bytes = path.join(t.ctx.config.dataDir, 'files', ...row.storageKey.split('/'));
    return { id, bytes, thumbnail: `${bytes}.thumb` };
  };
  const rowExists = async (id: string) =>
    (await t.ctx.db.select().from(files).where(eq(files.id, id))).length === 1;

  it('deletes unattached uploads (row, bytes, thumbnail) a day later through the hourly job', async () => {
    // the first run stores the recurring schedule (next: the top of the next hour)
    await runDueJobs(t.ctx);
    const orphan = await upload();
    const kept = await upload();
    await t.ctx.db.transaction((tx) =>
      attachFiles(tx, {
        fileIds: [kept.id],
        entityType: 'orphan_test',
        entityId: 'r1',
        actor: {
          id: org.users.staffA.id,
          username: 'zhangsan',
          displayName: '张三',
          unitId: org.unitA,
          roles: ['staff'],
        },
        now: t.clock.now(),
      }),
    );
    t.clock.advance(23 * HOUR);
    const young = await upload();

    t.clock.advance(2 * HOUR);
    expect(await runDueJobs(t.ctx)).toBeGreaterThanOrEqual(1);

    expect(await rowExists(orphan.id)).toBe(false);
    expect(fs.existsSync(orphan.bytes)).toBe(false);
    expect(fs.existsSync(orphan.thumbnail)).toBe(false);
    for (const survivor of [kept, young]) {
      expect(await rowExists(survivor.id)).toBe(true);
      expect(fs.existsSync(survivor.bytes)).toBe(true);
    }
  });

  it('counts a day from the upload, and tolerates bytes already gone', async () => {
    const file = await upload();
    t.clock.advance(24 * HOUR - 1000);
    await deleteOrphanFiles(t.ctx);
    expect(await rowExists(file.id)).toBe(true);
    fs.rmSync(file.bytes);
    t.clock.advance(2000);
    expect(await deleteOrphanFiles(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await rowExists(file.id)).toBe(false);
    expect(fs.existsSync(file.thumbnail)).toBe(false);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { attachFiles, filesAttachedTo, registerFileAccess, releaseFiles } from './access';
import { files } from './tables';
import { jpegWithGps, multipartFiles, pdfBytes } from './test-files';

/** A stand-in module: records anyone may see once the test says so. */
const visible = new Set<string>();
registerFileAccess('test_record', async (_ctx, actor, entityId) => visible.has(`${actor.id}:${entityId}`));

describe('who may see a file', () => {
  let t: TestApp;
  let org: TestOrg;
  let zhang: LoggedIn;
  let li: LoggedIn;
  let zhangActor: Actor;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
    li = await loginAs(t.app, org.users.staffB.username);
    zhangActor = {
      id: org.users.staffA.id,
      username: 'zhangsan',
      displayName: '张三',
      unitId: org.unitA,
      roles: ['staff'],
    };
  });
  afterAll(async () => t.close());

  const uploadAs = async (who: LoggedIn, filename = 'p.jpg', data?: Buffer): Promise<string> => {
    const body = multipartFiles([{ filename, data: data ?? (await jpegWithGps()) }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: body.payload,
      headers: { ...who.headers, ...body.headers },
    });
    expect(res.statusCode).toBe(201);
    return res.json().files[0].id;
  };
  const get = (url: string, who?: LoggedIn) =>
    t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  const attach = (fileIds: string[], entityId: string, actor = zhangActor) =>
    t.ctx.db.transaction((tx) =>
      attachFiles(tx, { fileIds, entityType: 'test_record', entityId, actor, now: t.clock.now() }),
    );

  it('shows a file to its uploader; to anyone else it does not exist until its record allows them', async () => {
    const id = await uploadAs(zhang);
    expect((await get(`/api/files/${id}`, zhang)).statusCode).toBe(200);

    const unknown = await get('/api/files/00000000-0000-4000-8000-000000000000', li);
    for (const url of [`/api/files/${id}`, `/api/files/${id}/thumbnail`]) {
      const res = await get(url, li);
      expect(res.statusCode, url).toBe(404);
      // the same answer as for a file that does not exist
      expect(res.json()).toEqual(unknown.json());
    }
    expect((await get(`/api/files/${id}`)).statusCode).toBe(401);

    await attach([id], 'rec-1');
    expect((await get(`/api/files/${id}`, li)).statusCode).toBe(404);
    visible.add(`${org.users.staffB.id}:rec-1`);
    expect((await get(`/api/files/${id}`, li)).statusCode).toBe(200);
    expect((await get(`/api/files/${id}/thumbnail`, li)).statusCode).toBe(200);
    // access follows the record: another record's permission does not open it
    visible.delete(`${org.users.staffB.id}:rec-1`);
    visible.add(`${org.users.staffB.id}:rec-2`);
    expect((await get(`/api/files/${id}`, li)).statusCode).toBe(404);
  });

  it("attaches only the actor's own unattached files, else rolls the whole call back", async () => {
    const mine = await uploadAs(zhang, 'a.pdf', pdfBytes());
    const theirs = await uploadAs(li, 'b.pdf', pdfBytes());
    const err = await attach([mine, theirs], 'rec-3').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'FILE_NOT_ATTACHABLE', details: { fileIds: [theirs] } });
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, mine));
    expect(row?.attachedType).toBeNull();

    await attach([mine, mine], 'rec-3');
    expect((await filesAttachedTo(t.ctx.db, 'test_record', 'rec-3')).map((f) => f.id)).toEqual([mine]);
    // already attached: not again, not to another record
    await expect(attach([mine], 'rec-4')).rejects.toMatchObject({ code: 'FILE_NOT_ATTACHABLE' });
    await expect(attach(['00000000-0000-4000-8000-000000000000'], 'rec-4')).rejects.toMatchObject({
      code: 'FILE_NOT_ATTACHABLE',
    });
  });

  it('refuses to attach to an entity type with no access check, and releases files back to orphans', async () => {
    const id = await uploadAs(zhang, 'c.pdf', pdfBytes());
    await expect(
      t.ctx.db.transaction((tx) =>
        attachFiles(tx, {
          fileIds: [id],
          entityType: 'unknown_thing',
          entityId: 'x',
          actor: zhangActor,
          now: t.clock.now(),
        }),
      ),
    ).rejects.toThrow('no file access check registered for "unknown_thing"');

    await attach([id], 'rec-5');
    const released = await t.ctx.db.transaction((tx) =>
      releaseFiles(tx, { entityType: 'test_record', entityId: 'rec-5' }),
    );
    expect(released).toEqual([id]);
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, id));
    expect(row).toMatchObject({ attachedType: null, attachedId: null, attachedAt: null });
  });

  it('answers 304 to a matching If-None-Match, and HEAD with the headers only', async () => {
    const id = await uploadAs(zhang, 'd.pdf', pdfBytes());
    const first = await get(`/api/files/${id}`, zhang);
    const etag = String(first.headers.etag);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/files/${id}`,
      headers: { ...zhang.headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const head = await t.app.inject({ method: 'HEAD', url: `/api/files/${id}`, headers: zhang.headers });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(pdfBytes().length));
    expect(
      (await t.app.inject({ method: 'HEAD', url: `/api/files/${id}`, headers: li.headers })).statusCode,
    ).toBe(404);
  });

  it('takes files up to the default 10 MB (the JSON body limit of 1 MB does not apply)', async () => {
    const id = await uploadAs(zhang, 'scan.pdf', Buffer.concat([pdfBytes(), Buffer.alloc(6_000_000)]));
    const res = await get(`/api/files/${id}`, zhang);
    expect(res.rawPayload.length).toBe(pdfBytes().length + 6_000_000);
  });

  it('registers each entity type once', () => {
    expect(() => registerFileAccess('test_record', async () => true)).toThrow('registered twice');
    expect(() => registerFileAccess('Bad Type', async () => true)).toThrow('snake_case');
  });
});

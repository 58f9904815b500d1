// The ceiling for write endpoints: a bare Fastify server doing ONE INSERT per request on the same
// kind of store as the app (opened with the app's own openDatabase), nothing else on the path: no
// helmet, cookies, sessions, CSRF, zod, audit or metrics. Started by bench/run.ts as a child process.
//   PORT, HOST (default 127.0.0.1), and DATABASE_URL (+ DATABASE_POOL_SIZE, default 50) or DATA_DIR
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { openDatabase } from '../apps/server/src/db/client';

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || undefined;
if (!databaseUrl && !dataDir) {
  process.stderr.write('baseline-server: set DATABASE_URL or DATA_DIR\n');
  process.exit(2);
}

const database = await openDatabase({
  databaseUrl,
  dataDir,
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 50),
});
await database.db.execute(sql`
  create table if not exists bench_baseline (
    id bigserial primary key,
    payload text not null,
    created_at timestamptz not null default now()
  )`);

const app = Fastify({ logger: false, bodyLimit: 1_048_576 });

app.get('/health', async () => {
  await database.db.execute(sql`select 1`);
  return { status: 'ok' };
});

app.post<{ Body: { payload: string } }>(
  '/insert',
  {
    schema: {
      body: {
        type: 'object',
        required: ['payload'],
        additionalProperties: false,
        properties: { payload: { type: 'string', maxLength: 1000 } },
      },
    },
  },
  async (request, reply) => {
    await database.db.execute(sql`insert into bench_baseline (payload) values (${request.body.payload})`);
    return reply.code(201).send({ ok: true });
  },
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  });
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });

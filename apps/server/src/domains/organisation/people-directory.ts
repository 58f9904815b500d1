import {
  type PeopleQuery,
  type PersonSummaryList,
  peopleQuerySchema,
  personSummaryListSchema,
} from '@houqin/contracts';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../db/client';
import { type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { units, users } from './tables';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Active users whose name or username contains `q` (those starting with it first), or, without
 * `q`, the active users of `unitId`. Only id, name and unit: a directory, not the user records.
 */
export async function findPeople(
  db: Executor,
  filter: { q: string | undefined; unitId: string; limit: number },
) {
  let match: SQL | undefined;
  const order: SQL[] = [];
  if (filter.q) {
    const text = escapeLike(filter.q);
    match = or(ilike(users.displayName, `%${text}%`), ilike(users.username, `%${text}%`));
    order.push(
      sql`case when ${users.displayName} ilike ${`${text}%`} or ${users.username} ilike ${`${text}%`} then 0 else 1 end`,
    );
  } else {
    match = eq(users.unitId, filter.unitId);
  }
  return db
    .select({ id: users.id, displayName: users.displayName, unitName: units.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.active, true), match))
    .orderBy(...order, asc(users.displayName), asc(users.id))
    .limit(filter.limit);
}

/** GET /api/people: every signed-in user looks up colleagues by name (to invite them to a meeting…). */
export async function searchPeople(
  ctx: AppContext,
  caller: Caller,
  query: PeopleQuery,
): Promise<PersonSummaryList> {
  const actor = requireActor(caller);
  const q = query.q?.trim() || undefined;
  return { items: await findPeople(ctx.db, { q, unitId: actor.unitId, limit: query.limit }) };
}

export const peopleDirectoryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/people',
    {
      schema: {
        tags: ['organisation'],
        querystring: peopleQuerySchema,
        response: { 200: personSummaryListSchema },
      },
    },
    (request) => searchPeople(ctx, request.caller, request.query),
  );
};

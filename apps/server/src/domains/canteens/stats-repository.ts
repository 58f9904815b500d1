import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

export interface StatsFilter {
  from: string;
  to: string;
  canteenId?: string | undefined;
  /** only this unit's diners (a unit_admin) */
  unitId?: string | undefined;
  /** only this person (a statement of one's own) */
  userId?: string | undefined;
}

const where = (alias: string, f: StatsFilter, unitColumn = 'unit_id'): SQL => {
  const parts: SQL[] = [sql.raw(`${alias}.date between `), sql`${f.from}::date and ${f.to}::date`];
  if (f.canteenId) parts.push(sql.raw(` and ${alias}.canteen_id = `), sql`${f.canteenId}::uuid`);
  if (f.unitId) parts.push(sql.raw(` and ${alias}.${unitColumn} = `), sql`${f.unitId}::uuid`);
  if (f.userId) parts.push(sql.raw(` and ${alias}.user_id = `), sql`${f.userId}::uuid`);
  return sql.join(parts, sql``);
};

export interface BookedServed {
  booked: number;
  served: number;
}

/** Booked and served meals (status booked) grouped by a key: meal, date, unit or person. */
export async function bookedServedBy(
  db: Executor,
  f: StatsFilter,
  key: 'meal' | 'date' | 'unit' | 'person',
): Promise<(BookedServed & { key: string; name: string | null; unitName: string | null })[]> {
  const select = {
    meal: sql`b.meal as key, null as name, null as unit_name`,
    date: sql`to_char(b.date, 'YYYY-MM-DD') as key, null as name, null as unit_name`,
    unit: sql`b.unit_id::text as key, un.name as name, un.name as unit_name`,
    person: sql`b.user_id::text as key, u.display_name as name, un.name as unit_name`,
  }[key];
  const group = {
    meal: sql`b.meal`,
    date: sql`b.date`,
    unit: sql`b.unit_id, un.name`,
    person: sql`b.user_id, u.display_name, un.name`,
  }[key];
  const rows = await queryRows<{
    key: string;
    name: string | null;
    unit_name: string | null;
    booked: number;
    served: number;
  }>(
    db,
    sql`select ${select}, count(*)::int as booked, count(b.served_at)::int as served
          from meal_bookings b
          join units un on un.id = b.unit_id
          join users u on u.id = b.user_id
         where b.status = 'booked' and ${where('b', f)}
         group by ${group}
         order by 1`,
  );
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    unitName: r.unit_name,
    booked: r.booked,
    served: r.served,
  }));
}

export async function walkInsBy(db: Executor, f: StatsFilter, key: 'meal' | 'date') {
  const column = key === 'meal' ? sql`w.meal` : sql`to_char(w.date, 'YYYY-MM-DD')`;
  return queryRows<{ key: string; n: number }>(
    db,
    sql`select ${column} as key, count(*)::int as n from meal_walk_ins w
         where ${where('w', { ...f, userId: undefined })} group by 1`,
  );
}

export async function guestsByMeal(db: Executor, f: StatsFilter) {
  return queryRows<{ key: string; n: number }>(
    db,
    sql`select g.meal as key, coalesce(sum(g.guest_count), 0)::int as n from guest_meal_orders g
         where g.status = 'approved' and ${where('g', { ...f, userId: undefined }, 'paying_unit_id')}
         group by 1`,
  );
}

/**
 * Portions cooked but not eaten per meal, summed over canteen-days: cooked is the locked headcount
 * (booked + guests when a meal was never locked), eaten is served + guests + walk-ins; at least 0.
 */
export async function wastedByMeal(db: Executor, f: StatsFilter) {
  return queryRows<{ key: string; n: number }>(
    db,
    sql`with b as (
          select canteen_id, date, meal, count(*) filter (where status = 'booked')::int as booked,
                 count(served_at)::int as served
            from meal_bookings b where ${where('b', { ...f, unitId: undefined, userId: undefined })}
           group by 1, 2, 3),
        g as (
          select canteen_id, date, meal, sum(guest_count)::int as guests from guest_meal_orders g
           where status = 'approved' and ${where('g', { ...f, unitId: undefined, userId: undefined })}
           group by 1, 2, 3),
        w as (
          select canteen_id, date, meal, count(*)::int as walk_ins from meal_walk_ins w
           where ${where('w', { ...f, unitId: undefined, userId: undefined })}
           group by 1, 2, 3)
        select b.meal as key,
               sum(greatest(0, coalesce(h.staff_count + h.guest_count, b.booked + coalesce(g.guests, 0))
                               - b.served - coalesce(g.guests, 0) - coalesce(w.walk_ins, 0)))::int as n
          from b
          left join g using (canteen_id, date, meal)
          left join w using (canteen_id, date, meal)
          left join meal_headcounts h using (canteen_id, date, meal)
         group by 1`,
  );
}

// ---- statements ----

export async function personCharges(db: Executor, f: StatsFilter) {
  return queryRows<{
    user_id: string;
    display_name: string;
    unit_id: string;
    unit_name: string;
    meals: number;
    meals_fen: number;
    walk_ins: number;
    walk_ins_fen: number;
  }>(
    db,
    sql`with m as (
          select user_id, unit_id, count(*)::int as meals, sum(price_fen)::int as fen
            from meal_bookings b where b.status = 'booked' and ${where('b', f)} group by 1, 2),
        w as (
          select user_id, unit_id, count(*)::int as walk_ins, sum(price_fen)::int as fen
            from meal_walk_ins w where w.user_id is not null and ${where('w', f)} group by 1, 2)
        select coalesce(m.user_id, w.user_id) as user_id, u.display_name,
               coalesce(m.unit_id, w.unit_id) as unit_id, un.name as unit_name,
               coalesce(m.meals, 0) as meals, coalesce(m.fen, 0) as meals_fen,
               coalesce(w.walk_ins, 0) as walk_ins, coalesce(w.fen, 0) as walk_ins_fen
          from m full join w on w.user_id = m.user_id and w.unit_id = m.unit_id
          join users u on u.id = coalesce(m.user_id, w.user_id)
          join units un on un.id = coalesce(m.unit_id, w.unit_id)
         order by un.name, u.display_name`,
  );
}

export async function guestCharges(db: Executor, f: StatsFilter) {
  return queryRows<{ unit_id: string; unit_name: string; guests: number; fen: number }>(
    db,
    sql`select g.paying_unit_id as unit_id, un.name as unit_name, sum(g.guest_count)::int as guests,
               sum(g.guest_count * g.price_fen)::int as fen
          from guest_meal_orders g join units un on un.id = g.paying_unit_id
         where g.status = 'approved' and ${where('g', { ...f, userId: undefined }, 'paying_unit_id')}
         group by 1, 2 order by 2`,
  );
}

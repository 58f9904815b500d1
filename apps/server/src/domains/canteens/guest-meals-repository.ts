import { and, asc, between, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../organisation/tables';
import { guestMealOrders } from './tables';

export type GuestMealRecord = typeof guestMealOrders.$inferSelect;
export interface GuestMealRow extends GuestMealRecord {
  payingUnitName: string;
}

export async function insertGuestMeal(tx: Executor, values: typeof guestMealOrders.$inferInsert) {
  const [row] = await tx.insert(guestMealOrders).values(values).returning();
  if (!row) throw new Error('insert into guest_meal_orders returned no row');
  return row;
}

export async function findGuestMealForUpdate(tx: Executor, id: string): Promise<GuestMealRecord | undefined> {
  const [row] = await tx.select().from(guestMealOrders).where(eq(guestMealOrders.id, id)).for('update');
  return row;
}

export async function updateGuestMealById(tx: Executor, id: string, set: Partial<GuestMealRecord>) {
  await tx.update(guestMealOrders).set(set).where(eq(guestMealOrders.id, id));
}

export async function findGuestMeals(
  db: Executor,
  filter: { from: string; to: string; status?: GuestMealRecord['status']; unitId?: string; id?: string },
): Promise<GuestMealRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.id ? eq(guestMealOrders.id, filter.id) : between(guestMealOrders.date, filter.from, filter.to),
    filter.status ? eq(guestMealOrders.status, filter.status) : undefined,
    // a unit's orders: those it pays for and those its people placed (paid by another unit)
    filter.unitId
      ? or(
          eq(guestMealOrders.payingUnitId, filter.unitId),
          inArray(
            guestMealOrders.requestedBy,
            db.select({ id: users.id }).from(users).where(eq(users.unitId, filter.unitId)),
          ),
        )
      : undefined,
  ];
  const rows = await db
    .select({ order: guestMealOrders, payingUnitName: units.name })
    .from(guestMealOrders)
    .innerJoin(units, eq(units.id, guestMealOrders.payingUnitId))
    .where(and(...conditions))
    .orderBy(asc(guestMealOrders.date), asc(guestMealOrders.meal), asc(guestMealOrders.createdAt));
  return rows.map((r) => ({ ...r.order, payingUnitName: r.payingUnitName }));
}

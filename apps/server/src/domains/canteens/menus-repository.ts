import { and, asc, avg, between, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { canteenDishes, canteenDishRatings, canteenMenus } from './tables';

export type MenuRecord = typeof canteenMenus.$inferSelect;
export type DishRecord = typeof canteenDishes.$inferSelect;
type Meal = MenuRecord['meal'];

export interface DishRow extends DishRecord {
  rating: number | null;
  ratingCount: number;
  myRating: number | null;
}
export interface MenuRow extends MenuRecord {
  dishes: DishRow[];
}

/** Menus of a canteen between two dates, with dishes and their ratings (the viewer's own too). */
export async function findMenus(
  db: Executor,
  input: { canteenId: string; from: string; to: string; publishedOnly: boolean; viewerId: string },
): Promise<MenuRow[]> {
  const menus = await db
    .select()
    .from(canteenMenus)
    .where(
      and(
        eq(canteenMenus.canteenId, input.canteenId),
        between(canteenMenus.date, input.from, input.to),
        input.publishedOnly ? isNotNull(canteenMenus.publishedAt) : undefined,
      ),
    )
    .orderBy(asc(canteenMenus.date), asc(canteenMenus.meal));
  if (menus.length === 0) return [];
  const dishes = await db
    .select()
    .from(canteenDishes)
    .where(
      inArray(
        canteenDishes.menuId,
        menus.map((m) => m.id),
      ),
    )
    .orderBy(asc(canteenDishes.sort));
  const dishIds = dishes.map((d) => d.id);
  const ratings =
    dishIds.length === 0
      ? []
      : await db
          .select({
            dishId: canteenDishRatings.dishId,
            avg: avg(canteenDishRatings.rating),
            n: count(),
            mine: sql<
              number | null
            >`max(case when ${canteenDishRatings.userId} = ${input.viewerId} then ${canteenDishRatings.rating} end)`,
          })
          .from(canteenDishRatings)
          .where(inArray(canteenDishRatings.dishId, dishIds))
          .groupBy(canteenDishRatings.dishId);
  const byDish = new Map(ratings.map((r) => [r.dishId, r]));
  return menus.map((m) => ({
    ...m,
    dishes: dishes
      .filter((d) => d.menuId === m.id)
      .map((d) => {
        const r = byDish.get(d.id);
        return {
          ...d,
          rating: r?.avg == null ? null : Math.round(Number(r.avg) * 10) / 10,
          ratingCount: Number(r?.n ?? 0),
          myRating: r?.mine == null ? null : Number(r.mine),
        };
      }),
  }));
}

/** The menu row for a day and meal, created (unpublished) if missing; locked for the edit. */
export async function upsertMenuForUpdate(
  tx: Executor,
  input: { canteenId: string; date: string; meal: Meal; now: Date },
): Promise<MenuRecord> {
  await tx
    .insert(canteenMenus)
    .values({
      canteenId: input.canteenId,
      date: input.date,
      meal: input.meal,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(canteenMenus)
    .where(
      and(
        eq(canteenMenus.canteenId, input.canteenId),
        eq(canteenMenus.date, input.date),
        eq(canteenMenus.meal, input.meal),
      ),
    )
    .for('update');
  if (!row) throw new Error('menu vanished after upsert');
  return row;
}

export async function findMenuForUpdate(
  tx: Executor,
  key: { canteenId: string; date: string; meal: Meal },
): Promise<MenuRecord | undefined> {
  const [row] = await tx
    .select()
    .from(canteenMenus)
    .where(
      and(
        eq(canteenMenus.canteenId, key.canteenId),
        eq(canteenMenus.date, key.date),
        eq(canteenMenus.meal, key.meal),
      ),
    )
    .for('update');
  return row;
}

export async function findDishesOfMenu(db: Executor, menuId: string): Promise<DishRecord[]> {
  return db
    .select()
    .from(canteenDishes)
    .where(eq(canteenDishes.menuId, menuId))
    .orderBy(asc(canteenDishes.sort));
}

export async function replaceDishes(
  tx: Executor,
  menuId: string,
  dishes: { name: string; tags: string[]; photoFileId: string | null }[],
): Promise<void> {
  await tx.delete(canteenDishes).where(eq(canteenDishes.menuId, menuId));
  if (dishes.length > 0)
    await tx.insert(canteenDishes).values(dishes.map((d, sort) => ({ ...d, menuId, sort })));
}

export async function updateMenuById(tx: Executor, id: string, set: Partial<MenuRecord>): Promise<void> {
  await tx.update(canteenMenus).set(set).where(eq(canteenMenus.id, id));
}

/** Photo files still shown by some dish (of any menu: a copied week shares its photos). */
export async function photosInUse(db: Executor, fileIds: string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: canteenDishes.photoFileId })
    .from(canteenDishes)
    .where(inArray(canteenDishes.photoFileId, fileIds));
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

export async function findDishWithMenu(db: Executor, dishId: string) {
  const [row] = await db
    .select({ dishId: canteenDishes.id, menu: canteenMenus })
    .from(canteenDishes)
    .innerJoin(canteenMenus, eq(canteenMenus.id, canteenDishes.menuId))
    .where(eq(canteenDishes.id, dishId));
  return row;
}

export async function upsertRating(
  tx: Executor,
  values: { dishId: string; userId: string; rating: number; updatedAt: Date },
): Promise<void> {
  await tx
    .insert(canteenDishRatings)
    .values(values)
    .onConflictDoUpdate({
      target: [canteenDishRatings.dishId, canteenDishRatings.userId],
      set: { rating: values.rating, updatedAt: values.updatedAt },
    });
}

/** Copies each menu of the source dates to the same weekday of the target week where that day has no menu. */
export async function copyMenus(
  tx: Executor,
  input: { canteenId: string; pairs: { from: string; to: string }[]; now: Date },
): Promise<{ copied: number; skipped: number }> {
  let copied = 0;
  let skipped = 0;
  for (const pair of input.pairs) {
    const sources = await tx
      .select()
      .from(canteenMenus)
      .where(and(eq(canteenMenus.canteenId, input.canteenId), eq(canteenMenus.date, pair.from)));
    for (const source of sources) {
      const [target] = await tx
        .insert(canteenMenus)
        .values({
          canteenId: input.canteenId,
          date: pair.to,
          meal: source.meal,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .onConflictDoNothing()
        .returning({ id: canteenMenus.id });
      if (!target) {
        skipped += 1;
        continue;
      }
      const dishes = await findDishesOfMenu(tx, source.id);
      if (dishes.length > 0) {
        await tx.insert(canteenDishes).values(
          dishes.map((d) => ({
            menuId: target.id,
            sort: d.sort,
            name: d.name,
            tags: d.tags,
            photoFileId: d.photoFileId,
          })),
        );
      }
      copied += 1;
    }
  }
  return { copied, skipped };
}

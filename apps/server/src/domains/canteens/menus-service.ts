import type {
  CopyWeekInput,
  CopyWeekResult,
  DateRangeQuery,
  DishTag,
  Meal,
  Menu,
  MenuList,
  RateDishInput,
  SaveMenuInput,
} from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { attachFiles, filesAttachedTo, registerFileAccess, releaseFiles } from '../../platform/files';
import { addDays } from '../../platform/zoned-time';
import { getActiveCanteen } from './bookings-service';
import {
  copyMenus,
  findDishWithMenu,
  findMenuForUpdate,
  findMenus,
  type MenuRow,
  photosInUse,
  replaceDishes,
  updateMenuById,
  upsertMenuForUpdate,
  upsertRating,
} from './menus-repository';
import { assertCanManageCanteens, assertSignedIn, isCanteenManager } from './policy';
import { assertRange } from './ranges';
import { findCanteenConfig } from './repository';
import { weekStartOf } from './schedule';

/** Dish photos are attached to their menu; every signed-in user may see a menu's photos. */
export const MENU_FILE_ENTITY = 'canteen_menu';
registerFileAccess(MENU_FILE_ENTITY, async () => true);

export function toMenu(row: MenuRow): Menu {
  return {
    id: row.id,
    canteenId: row.canteenId,
    date: row.date,
    meal: row.meal,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    dishes: row.dishes.map((d) => ({
      id: d.id,
      name: d.name,
      tags: d.tags as DishTag[],
      photoFileId: d.photoFileId,
      rating: d.rating,
      ratingCount: d.ratingCount,
      myRating: d.myRating,
    })),
  };
}

/** GET /api/canteens/:id/menus: published menus; canteen managers see drafts too. */
export async function listMenus(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  query: DateRangeQuery,
): Promise<MenuList> {
  const actor = assertSignedIn(caller);
  assertRange(query.from, query.to);
  await getActiveCanteen(ctx, canteenId, 'params.id');
  const rows = await findMenus(ctx.db, {
    canteenId,
    from: query.from,
    to: query.to,
    publishedOnly: !isCanteenManager(actor),
    viewerId: actor.id,
  });
  return { items: rows.map(toMenu) };
}

async function getMenu(ctx: AppContext, canteenId: string, date: string, meal: Meal, viewerId: string) {
  const [row] = (
    await findMenus(ctx.db, { canteenId, from: date, to: date, publishedOnly: false, viewerId })
  ).filter((m) => m.meal === meal);
  if (!row) throw notFound('menu');
  return toMenu(row);
}

/**
 * PUT /api/admin/canteens/:id/menus/:date/:meal: the day's dishes, replacing what was there (a
 * published menu stays published). New photos must be the editor's own uploads; photos no dish
 * shows any more are released to the orphan cleanup.
 */
export async function saveMenu(
  ctx: AppContext,
  caller: Caller,
  key: { canteenId: string; date: string; meal: Meal },
  input: SaveMenuInput,
): Promise<Menu> {
  const actor = assertCanManageCanteens(caller);
  const canteen = await findCanteenConfig(ctx.db, key.canteenId);
  if (!canteen) throw notFound('canteen');
  if (!canteen.meals.some((m) => m.meal === key.meal))
    throw new AppError('MEAL_NOT_SERVED', { meal: key.meal });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const menu = await upsertMenuForUpdate(tx, { ...key, now });
    const attached = new Set((await filesAttachedTo(tx, MENU_FILE_ENTITY, menu.id)).map((f) => f.id));
    const wanted = [
      ...new Set(input.dishes.map((d) => d.photoFileId).filter((id): id is string => id !== null)),
    ];
    const shared = await photosInUse(tx, wanted);
    const fresh = wanted.filter((id) => !attached.has(id) && !shared.has(id));
    await replaceDishes(tx, menu.id, input.dishes);
    if (fresh.length > 0) {
      await attachFiles(tx, { fileIds: fresh, entityType: MENU_FILE_ENTITY, entityId: menu.id, actor, now });
    }
    const stillUsed = await photosInUse(tx, [...attached]);
    const unused = [...attached].filter((id) => !stillUsed.has(id));
    if (unused.length > 0)
      await releaseFiles(tx, { entityType: MENU_FILE_ENTITY, entityId: menu.id, fileIds: unused });
    await updateMenuById(tx, menu.id, { updatedAt: now });
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen_menu.saved',
        entityType: 'canteen_menu',
        entityId: menu.id,
        after: {
          ...key,
          dishes: input.dishes.map((d) => ({ name: d.name, tags: d.tags, photoFileId: d.photoFileId })),
        },
      },
      now,
    );
  });
  return getMenu(ctx, key.canteenId, key.date, key.meal, actor.id);
}

/** POST …/publish: staff see the menu from now on. Publishing again keeps the first time. */
export async function publishMenu(
  ctx: AppContext,
  caller: Caller,
  key: { canteenId: string; date: string; meal: Meal },
): Promise<Menu> {
  const actor = assertCanManageCanteens(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const menu = await findMenuForUpdate(tx, key);
    if (!menu) throw notFound('menu');
    if (menu.publishedAt) return;
    await updateMenuById(tx, menu.id, { publishedAt: now, updatedAt: now });
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen_menu.published',
        entityType: 'canteen_menu',
        entityId: menu.id,
        after: { ...key, publishedAt: now },
      },
      now,
    );
  });
  return getMenu(ctx, key.canteenId, key.date, key.meal, actor.id);
}

/** POST …/menus/copy-week: last week's menus (as drafts) into the days of `weekOf`'s week that have none. */
export async function copyLastWeek(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  input: CopyWeekInput,
): Promise<CopyWeekResult> {
  assertCanManageCanteens(caller);
  const canteen = await findCanteenConfig(ctx.db, canteenId);
  if (!canteen) throw notFound('canteen');
  const start = weekStartOf(input.weekOf);
  const pairs = Array.from({ length: 7 }, (_, i) => ({ from: addDays(start, i - 7), to: addDays(start, i) }));
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const result = await copyMenus(tx, { canteenId, pairs, now });
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen_menu.week_copied',
        entityType: 'canteen',
        entityId: canteenId,
        after: { weekStart: start, ...result },
      },
      now,
    );
    return result;
  });
}

/** POST /api/canteen-dishes/:id/rating: 1–5, once per person (rating again replaces it); published menus only. */
export async function rateDish(
  ctx: AppContext,
  caller: Caller,
  dishId: string,
  input: RateDishInput,
): Promise<{ ok: true }> {
  const actor = assertSignedIn(caller);
  const found = await findDishWithMenu(ctx.db, dishId);
  if (!found) throw notFound('dish');
  if (!found.menu.publishedAt) throw new AppError('MENU_NOT_PUBLISHED');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await upsertRating(tx, { dishId, userId: actor.id, rating: input.rating, updatedAt: now });
    await recordAudit(
      tx,
      caller,
      {
        action: 'canteen_dish.rated',
        entityType: 'canteen_dish',
        entityId: dishId,
        after: { rating: input.rating },
      },
      now,
    );
  });
  return { ok: true };
}

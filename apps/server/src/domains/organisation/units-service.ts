import type { CreateUnitInput, Unit, UnitSummaryList, UpdateUnitInput } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound, sqlState, violatedConstraint } from '../../platform/errors';
import { assertCanManageOrganisation, assertCanReadUnits } from './policy';
import {
  deleteUnitById,
  findUnitByCode,
  findUnitForUpdate,
  insertUnit,
  isUnitAncestorOrSelf,
  listUnitsInTreeOrder,
  listUnitsWithCounts,
  lockUnitTree,
  type UnitRecord,
  unitHasChildren,
  unitHasUsers,
  updateUnitById,
} from './units-repository';

/** The whole unit tree, flat; parentId links it. Every signed-in user may read it. */
export async function listUnits(ctx: AppContext, caller: Caller): Promise<{ items: Unit[] }> {
  assertCanReadUnits(caller);
  return { items: await listUnitsWithCounts(ctx.db) };
}

/**
 * GET /api/units: the units for pickers (the paying unit of guest meals…), in the tree's order.
 * Every signed-in user may read them. Units have no active flag: every unit is listed.
 */
export async function listUnitSummaries(ctx: AppContext, caller: Caller): Promise<UnitSummaryList> {
  assertCanReadUnits(caller);
  return { items: await listUnitsInTreeOrder(ctx.db) };
}

async function getUnit(ctx: AppContext, id: string): Promise<Unit> {
  const [unit] = await listUnitsWithCounts(ctx.db, { id });
  if (!unit) throw notFound('unit');
  return unit;
}

/** A unit by its code (for the CLI and imports); undefined when there is none. */
export async function findUnitIdByCode(ctx: AppContext, code: string): Promise<string | undefined> {
  return (await findUnitByCode(ctx.db, { code }))?.id;
}

const unitAuditView = (u: UnitRecord) => ({
  name: u.name,
  code: u.code,
  parentId: u.parentId,
  sortOrder: u.sortOrder,
});

/**
 * Maps what the database refused to the rule: a taken code (unique index), a parent that does
 * not exist (foreign key on write), or children and users that still hang on a deleted unit.
 */
function unitWriteError(err: unknown, op: 'write' | 'delete'): unknown {
  const state = sqlState(err);
  const constraint = violatedConstraint(err);
  if (state === '23505' && constraint === 'units_code_key') {
    return new AppError('UNIT_CODE_TAKEN', undefined, [{ path: 'body.code', message: 'UNIT_CODE_TAKEN' }]);
  }
  if (state !== '23503') return err;
  if (op === 'write') {
    return new AppError('NOT_FOUND', { entity: 'unit' }, [{ path: 'body.parentId', message: 'NOT_FOUND' }]);
  }
  if (constraint === 'units_parent_id_units_id_fk') return new AppError('UNIT_HAS_CHILDREN');
  // users, or records of later modules, still refer to the unit
  return new AppError('UNIT_HAS_USERS', constraint ? { constraint } : undefined);
}

/** Inserts a unit with its audit entry in the caller's transaction (also used by the seed). */
export async function provisionUnit(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: { name: string; code: string; parentId: string | null; sortOrder: number },
): Promise<UnitRecord> {
  const now = ctx.clock.now();
  const unit = await insertUnit(tx, { ...input, now });
  await recordAudit(
    tx,
    caller,
    { action: 'unit.created', entityType: 'unit', entityId: unit.id, after: unitAuditView(unit) },
    now,
  );
  return unit;
}

export async function createUnit(ctx: AppContext, caller: Caller, input: CreateUnitInput): Promise<Unit> {
  assertCanManageOrganisation(caller);
  try {
    const unit = await ctx.db.transaction((tx) => provisionUnit(ctx, tx, caller, input));
    return { ...unit, userCount: 0 };
  } catch (err) {
    throw unitWriteError(err, 'write');
  }
}

/** Renames, recodes, reorders or moves a unit; a unit cannot move under itself or its descendants. */
export async function updateUnit(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateUnitInput,
): Promise<Unit> {
  assertCanManageOrganisation(caller);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const moving = input.parentId !== undefined && input.parentId !== null;
      // moves run one at a time, so two concurrent moves cannot close a loop between them
      if (moving) await lockUnitTree(tx);
      const before = await findUnitForUpdate(tx, { id });
      if (!before) throw notFound('unit');
      if (
        input.parentId &&
        (await isUnitAncestorOrSelf(tx, { unitId: id, candidateParentId: input.parentId }))
      ) {
        throw new AppError('UNIT_CYCLE', undefined, [{ path: 'body.parentId', message: 'UNIT_CYCLE' }]);
      }
      const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<
        Omit<UnitRecord, 'id'>
      >;
      const after = { ...before, ...set };
      if (JSON.stringify(unitAuditView(before)) === JSON.stringify(unitAuditView(after))) return;
      await updateUnitById(tx, { id, set, now });
      await recordAudit(
        tx,
        caller,
        {
          action: 'unit.updated',
          entityType: 'unit',
          entityId: id,
          before: unitAuditView(before),
          after: unitAuditView(after),
        },
        now,
      );
    });
  } catch (err) {
    throw unitWriteError(err, 'write');
  }
  return getUnit(ctx, id);
}

/** Deletes an empty leaf unit: no sub-units, no users (the foreign keys stand behind these checks). */
export async function deleteUnit(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageOrganisation(caller);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await findUnitForUpdate(tx, { id });
      if (!before) throw notFound('unit');
      if (await unitHasChildren(tx, { id })) throw new AppError('UNIT_HAS_CHILDREN');
      if (await unitHasUsers(tx, { id })) throw new AppError('UNIT_HAS_USERS');
      await deleteUnitById(tx, { id });
      await recordAudit(
        tx,
        caller,
        { action: 'unit.deleted', entityType: 'unit', entityId: id, before: unitAuditView(before) },
        now,
      );
    });
  } catch (err) {
    throw unitWriteError(err, 'delete');
  }
}

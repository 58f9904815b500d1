import type { Unit } from '@houqin/contracts';

/** Which unit dialog is open on the units page. */
export type UnitDialog =
  | { kind: 'create'; parent: Unit | null }
  | { kind: 'rename'; unit: Unit }
  | { kind: 'code'; unit: Unit }
  | { kind: 'move'; unit: Unit };

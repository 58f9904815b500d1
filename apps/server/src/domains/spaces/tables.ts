import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * 空间: buildings → floors → rooms. Other domains (meeting rooms, repairs, office space) refer to
 * rooms. Deleting a building or floor that still has children is refused by the foreign keys.
 */
export const buildings = pgTable(
  'buildings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    address: text('address'),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex('buildings_name_key').on(t.name),
    uniqueIndex('buildings_code_key').on(t.code),
    check('buildings_name_check', sql`char_length(${t.name}) between 1 and 100`),
    check('buildings_code_check', sql`char_length(${t.code}) between 1 and 32`),
  ],
);

/** A storey: level is its order (negative for basements), name what the signs say ("3F", "B1"). */
export const floors = pgTable(
  'floors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex('floors_building_level_key').on(t.buildingId, t.level),
    // the target of rooms' (floor_id, building_id) key: a room's building is its floor's
    uniqueIndex('floors_id_building_key').on(t.id, t.buildingId),
    check('floors_name_check', sql`char_length(${t.name}) between 1 and 20`),
  ],
);

/**
 * A room. building_id is its floor's building, copied so a room number is unique within a
 * building by index; the composite foreign key keeps the copy true.
 */
export const rooms = pgTable(
  'rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    floorId: uuid('floor_id').notNull(),
    buildingId: uuid('building_id').notNull(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    areaM2: numeric('area_m2', { precision: 8, scale: 2 }).notNull(),
    use: text('use', { enum: ['office', 'meeting', 'other'] }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'rooms_floor_building_fk',
      columns: [t.floorId, t.buildingId],
      foreignColumns: [floors.id, floors.buildingId],
    }),
    uniqueIndex('rooms_building_number_key').on(t.buildingId, t.number),
    index('rooms_floor_idx').on(t.floorId),
    check('rooms_area_check', sql`${t.areaM2} > 0`),
    check('rooms_use_check', sql`${t.use} in ('office', 'meeting', 'other')`),
    check('rooms_number_check', sql`char_length(${t.number}) between 1 and 32`),
    check('rooms_name_check', sql`char_length(${t.name}) between 1 and 100`),
  ],
);

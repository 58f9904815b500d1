import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { TEMPLATE_DB, withDatabaseName } from './template';

/**
 * Migrates one template database for the whole run; each test file clones it (PGlite: a dumped
 * data dir; PostgreSQL: CREATE DATABASE … TEMPLATE), so no file pays for initdb and migrations.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await admin.pool?.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.pool?.query(`create database ${TEMPLATE_DB}`);
    await admin.close();
    const template = await openDatabase({ databaseUrl: withDatabaseName(url, TEMPLATE_DB), poolSize: 1 });
    await migrateDatabase(template);
    await template.close();
    project.provide('pgTemplateUrl', url);
    return;
  }
  const db = await openDatabase({});
  await migrateDatabase(db);
  const dump = await db.pglite?.dumpDataDir('none');
  await db.close();
  if (!dump) throw new Error('PGlite dump failed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-test-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    pgTemplateUrl: string;
  }
}

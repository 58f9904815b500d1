import { configDefaults, defineConfig } from 'vitest/config';

// Hidden UTC or Shanghai assumptions must fail: tests run in a half-hour-offset zone.
process.env.TZ = 'America/St_Johns';

// *.pg.test.ts need a PostgreSQL server (several processes on one database): npm run test:pg runs them
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(onPostgres ? [] : ['**/*.pg.test.ts'])],
    globalSetup: ['apps/server/src/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { TZ: 'America/St_Johns' },
  },
});

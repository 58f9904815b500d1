import { defineConfig } from 'vitest/config';

// Hidden UTC or Shanghai assumptions must fail: tests run in a half-hour-offset zone.
process.env.TZ = 'America/St_Johns';

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    globalSetup: ['apps/server/src/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { TZ: 'America/St_Johns' },
  },
});

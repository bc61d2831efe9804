import { defineConfig } from 'vitest/config';

// Unit tests (pure domain, next to the code) and integration tests (*.integration.test.ts: the HTTP API
// against a real database, PGlite by default, PostgreSQL when TEST_DATABASE_URL is set).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['./vitest.setup.ts'],
  },
});

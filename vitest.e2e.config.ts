import { defineConfig } from 'vitest/config';

// Browser journeys in real Chromium against the real server (see e2e/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Pages fetch after they render; on 2 busy cores a save and its re-render can take seconds, so a poll waits as
    // long as Playwright's own locator timeout (15 s, support/browser.ts) rather than vitest's default 1 s.
    expect: { poll: { timeout: 15_000 } },
  },
});

import { defineConfig } from 'vitest/config';

// Browser journeys in real Chromium against the real server (see e2e/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    environment: 'node',
    // A journey takes seconds; the limit leaves room for the press-again helpers (e2e/support/forms.ts: one step may
    // press three times and wait 10 s after each) so a slow step fails with its own message, not a bare timeout.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Pages fetch after they render; on 2 busy cores a save and its re-render can take seconds, so a poll waits as
    // long as Playwright's own locator timeout (15 s, support/browser.ts) rather than vitest's default 1 s.
    expect: { poll: { timeout: 15_000 } },
    // In CI only, a failed journey runs once more, as Playwright's own runner does on CI: on 2 cores shared by the
    // server, Chromium and PostgreSQL, a click can be lost while a modal settles (stops 14 and 15 each lost a whole
    // CI run to one such step that passed alone). The reporter marks a retried journey ("retry x1"), and a journey
    // that fails twice still fails the run. Locally a failure shows at once.
    retry: process.env.CI ? 1 : 0,
  },
});

import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The performance bench: one worker, no retries, its own spec folder; same servers and browser as e2e. */
export default defineConfig({
  ...base,
  testDir: './bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 20 * 60_000,
  reporter: 'list',
  // A throttled step still answers well within a minute; longer means it is stuck.
  expect: { timeout: 60_000 },
  use: { ...base.use, actionTimeout: 60_000, navigationTimeout: 90_000 },
  projects: [{ name: 'bench' }],
});

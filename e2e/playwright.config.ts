import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/browser';

const CI = !!process.env.CI;

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    baseURL: 'http://localhost:3000',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'main', testIgnore: '**/containment/**' },
    {
      // Containment specs stop and hang the static servers that every other spec shares, so they
      // run after `main` has finished, one at a time: `workers: 1` here serialises them across files,
      // and specs add `test.describe.configure({ mode: 'serial' })` within a file.
      // Run them alone with `playwright test --project=containment --no-deps`.
      name: 'containment',
      testMatch: '**/containment/**/*.@(spec|test).ts',
      dependencies: ['main'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: {
    // Serves the production builds on 3000–3005; the status URL answers only once all of them listen.
    command: 'node server/serve.mjs',
    url: 'http://localhost:3099/status',
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});

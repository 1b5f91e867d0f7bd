import { defineConfig } from '@playwright/test';

// Service worker network events are how the tests see requests from the extension's background.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.e2e-tmp/playwright.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  outputDir: 'test-results',
});

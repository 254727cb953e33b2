import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser-backed tests (PDF printing, axe-core) launch a real Chromium.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// The unit tests of the pure core, for `npm run mutate` (stryker.config.json): no global set-up
// (the default config builds lib/ first, which Stryker's sandbox cannot), no Chromium, no child
// processes. Every file here imports src/ directly.
export default defineConfig({
  test: {
    include: [
      'test/plan/**/*.test.ts',
      'test/source/**/*.test.ts',
      'test/check/**/*.test.ts',
      'test/validate/messages.test.ts',
      'test/resolve/resultFigure.test.ts',
    ],
    testTimeout: 30000,
  },
});

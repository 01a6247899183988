import { defineConfig } from 'vitest/config';

// Builds the browser runtime once (at `npm ci` / `npm run build`); deck builds only copy or
// inline these two files, so no bundler runs per deck.
export default defineConfig({
  build: {
    outDir: 'runtime',
    emptyOutDir: true,
    cssCodeSplit: false,
    minify: true,
    lib: {
      entry: 'src/client/runtime.ts',
      formats: ['iife'],
      name: 'DemodeckRuntime',
      fileName: () => 'demodeck.js',
      cssFileName: 'demodeck',
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/buildLib.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});

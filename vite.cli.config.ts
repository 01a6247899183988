import { defineConfig } from 'vite';

// Bundles the command line into lib/demodeck.js at install time. Resolving a few hundred ES
// modules (zod alone ships dozens) costs a cold process more than the whole deck build, so the
// code that every build runs ships as one file. Heavy optional features (Chromium, PPTX, the dev
// server) stay separate and are loaded only when asked for.
export default defineConfig({
  build: {
    ssr: 'src/cli.ts',
    outDir: 'lib/bundle',
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'demodeck.js', chunkFileNames: '[name].js' },
    },
  },
  ssr: {
    noExternal: ['yaml', 'zod'],
    external: ['handlebars', 'playwright-core', 'pptxgenjs', 'jszip', 'vite'],
  },
});

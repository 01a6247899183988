import { defineConfig } from 'vite';

// Bundles the command line into lib/bundle/ at install time. Resolving a few hundred ES modules
// (zod alone ships dozens) costs a cold process more than the whole deck build, so the code that
// every build runs ships as one file, app.js. Heavy optional features (Chromium, PPTX, the dev
// server) stay separate and are loaded only when asked for. The output is CommonJS because only
// CommonJS files can be compiled from V8's cached bytecode on Node 20: the command itself,
// demodeck.js, is a small launcher that loads app.js through that cache (src/startup/). The yaml
// and zod packages are files of their own, yaml-library.js and zod-library.js: most builds need
// neither (a plainly written, valid config), and setting them up is a measurable part of a cold
// start, so each is loaded on first use (src/source/packageChunk.ts).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'lib/bundle',
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: {
      input: { demodeck: 'src/startup/launcher.ts', app: 'src/cli.ts', 'yaml-library': 'src/source/yamlPackage.ts', 'zod-library': 'src/validate/zodPackage.ts' },
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
  ssr: {
    // handlebars/runtime is bundled; the full compiler is required only for user templates.
    noExternal: ['yaml', 'zod', 'handlebars'],
    external: ['playwright-core', 'pptxgenjs', 'jszip', 'vite', '@clack/prompts'],
  },
  plugins: [
    {
      name: 'demodeck-ascii-source',
      // One non-ASCII character (a Chinese word in a regular expression, an arrow in a comment)
      // makes V8 hold the whole 600 KB source as two-byte text: slower to read, hash and scan.
      // As \u escapes the source is ASCII; the program is the same (no raw template strings).
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        }
      },
    },
    {
      name: 'demodeck-commonjs-folder',
      // The package is "type": "module"; this makes the .js files of lib/bundle/ CommonJS.
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
      },
    },
  ],
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The explorer's bundle (npm run build:explorer): dist/explorer/explorer.js and explorer.css, served by the API under /graphql-explorer/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: fileURLToPath(new URL('./main.ts', import.meta.url)), formats: ['es'], fileName: () => 'explorer.js', cssFileName: 'explorer' },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// No @vitejs/plugin-react (its Babel clashes with jest's): Vite 8 compiles TSX itself with oxc.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/feeds': 'http://localhost:3000' } },
});

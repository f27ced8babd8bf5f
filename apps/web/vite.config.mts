import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/** The generated documents' texts (fragments included) by export name, read from src/gql/graphql.ts. */
function generatedDocuments(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const found of readFileSync(GENERATED, 'utf8').matchAll(/export const (\w+) = new TypedDocumentString\(`([^`]*)`/g)) texts.set(found[1], found[2]);
  return texts;
}

/**
 * What the client preset's babel plugin does, for Vite: each `graphql(\`...\`)` becomes the text
 * of that one document (as codegen wrote it, with its fragments), so a chunk carries its own
 * operations only, instead of gql.ts's map of every operation of the site and graphql.ts's
 * copies (a module shared by all chunks would sit whole in the entry chunk).
 */
function graphqlDocuments(): Plugin {
  let texts: Map<string, string> | null = null;
  return {
    name: 'pfp-graphql-documents',
    enforce: 'pre',
    buildStart() {
      texts = null;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.(ts|tsx)$/.test(file) || file.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      texts ??= generatedDocuments();
      const known = texts;
      const out = code.replace(/\bgraphql\(`((?:[^`$\\]|\$(?!\{))*)`\)/g, (whole, source: string) => {
        const found = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        const text = found && known.get(found[1] === 'fragment' ? `${found[2]}FragmentDoc` : `${found[2]}Document`);
        if (text === undefined || text === null) this.error(`${file}: no generated document for ${found?.[2] ?? source.slice(0, 40)} (npm run codegen:web)`);
        return JSON.stringify(text);
      });
      return { code: out, map: null };
    },
  };
}

const PAGES = fileURLToPath(new URL('./src/pages/', import.meta.url));

/**
 * dist/site-routes.json: every route pattern of the areas' routes.tsx (`['/calls/:id', ...]`),
 * read from their source, so that the server (libs/web-host) answers 404 for a path that is no
 * page of the site without loading any page's code.
 */
function siteRoutes(): Plugin {
  return {
    name: 'pfp-site-routes',
    apply: 'build',
    generateBundle() {
      const patterns = readdirSync(PAGES, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
          const file = `${PAGES}${entry.name}/routes.tsx`;
          if (!existsSync(file)) return [];
          const source = readFileSync(file, 'utf8');
          return [...source.matchAll(/\[\s*'(\/[^']*)'\s*,/g)].map((found) => found[1]);
        });
      if (!patterns.includes('/')) this.error('site-routes: no route found in src/pages/*/routes.tsx');
      this.emitFile({ type: 'asset', fileName: 'site-routes.json', source: `${JSON.stringify([...new Set(patterns)], null, 2)}\n` });
    },
  };
}

// No @vitejs/plugin-react (its Babel clashes with jest's): Vite 8 compiles TSX itself with oxc.
// A build is a production build even when started from jest (NODE_ENV=test, ensureSiteBuilt):
// React's development build is three times the size and much slower.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [graphqlDocuments(), siteRoutes()],
  oxc: { jsx: { runtime: 'automatic' } },
  ...(command === 'build' ? { mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/feeds': 'http://localhost:3000', '/export': 'http://localhost:3000' } },
}));

// Flat config: typescript-eslint's recommended rules plus a few type-aware ones (the type
// information comes from each file's nearest tsconfig.json through the project service).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', 'apps/web/dist/**', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection ends the process).
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union (event types, command types, kinds) names every member.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Types-only imports say so; files with decorators keep value imports (emitDecoratorMetadata needs them).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Logs go through the structured logger (STYLE.md rule 12).
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Scripts, cross-cutting tests and benchmarks talk to a terminal.
    files: ['tools/**', 'test/**', '**/bench/**', '**/*.bench.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The site runs in the browser.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        history: 'readonly',
        fetch: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLButtonElement: 'readonly',
        HTMLSelectElement: 'readonly',
        HTMLTextAreaElement: 'readonly',
        HTMLAnchorElement: 'readonly',
        PopStateEvent: 'readonly',
        SubmitEvent: 'readonly',
        localStorage: 'readonly',
      },
    },
    rules: {
      'no-console': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Configuration and loader scripts: plain JavaScript, in no tsconfig, so no type-aware rules.
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
);

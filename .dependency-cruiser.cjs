// Boundaries checked in CI (STYLE.md rule 8): `depcruise apps libs --config .dependency-cruiser.cjs`.
const FRAMEWORKS = [
  '@nestjs/[^/]+',
  'typeorm',
  'pg',
  'graphql',
  'express',
  'class-validator',
  'class-transformer',
  '@apollo/[^/]+',
  'ioredis',
  'nodemailer',
];
const LIB_ENTRY_POINTS = ['^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/testing/index\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-framework',
      comment: 'Deciders and domain types stay pure: no framework, ORM, driver or transport import.',
      severity: 'error',
      from: { path: ['^libs/[^/]+/src/domain/', '^libs/kernel/src/'] },
      to: { path: `(^|/)node_modules/(${FRAMEWORKS.join('|')})/` },
    },
    {
      name: 'no-lib-internals',
      comment: 'Outside a lib, import it only through @pfp/<lib> (src/index.ts) or @pfp/<lib>/testing.',
      severity: 'error',
      from: { pathNot: '^libs/' },
      to: { path: '^libs/', pathNot: LIB_ENTRY_POINTS },
    },
    {
      name: 'no-lib-internals',
      comment: 'One lib reaches another only through @pfp/<lib> (src/index.ts) or @pfp/<lib>/testing.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', ...LIB_ENTRY_POINTS] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one: merge them or invert a dependency.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'apps-import-no-test-files',
      comment: 'Production code of the apps must not ship test kits or specs.',
      severity: 'error',
      from: { path: '^apps/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['\\.spec\\.ts$', '/testing/', '^libs/testing/', '^test/'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve (a wrong @pfp alias, a missing package).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|data|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'import', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

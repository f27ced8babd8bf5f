// Runs TypeScript sources directly (scripts, benchmarks): swc transpiles, tsconfig paths resolve @pfp/*.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.json');
require('reflect-metadata');
require('@swc-node/register');

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';

function packageVersion(): string {
  // Same answer from apps/api/src (tests, tools) and dist/apps/api/src (the build).
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (name === 'platform-for-partnerships' && version) return version;
    }
  }
  return 'unknown';
}

const API_VERSION = packageVersion();

/** The root Query every schema needs; the contexts add viewer, practices, organizations... */
@Resolver()
export class ApiResolver {
  @Query(() => String, { description: 'Version of the API server (the npm package version).' })
  apiVersion(): string {
    return API_VERSION;
  }
}

@Module({ providers: [ApiResolver] })
export class ApiModule {}

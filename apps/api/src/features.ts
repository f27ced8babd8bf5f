import type { DynamicModule, Type } from '@nestjs/common';
import { CALLS_FOR_ACTION_MIGRATIONS, CallsForActionModule } from '@pfp/calls-for-action';
import { FOLLOWS_MIGRATIONS, FollowsModule } from '@pfp/follows';
import { IDENTITY_MIGRATIONS, IdentityModule } from '@pfp/identity';
import { LiveModule } from '@pfp/live';
import { PARTNERSHIP_PROJECTS_MIGRATIONS, PartnershipProjectsModule } from '@pfp/partnership-projects';
import { PRACTICES_MIGRATIONS, PracticesModule } from '@pfp/practices';
import { WebHostModule } from '@pfp/web-host';

/** A TypeORM migration class (its name ends with a 13-digit timestamp, which orders it). */
export type MigrationClass = Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/** A bounded context plugged into the API: its Nest module and the migrations its tables need. */
export interface Feature {
  module: Type<unknown> | DynamicModule;
  migrations?: MigrationClass[];
}

/**
 * The contexts the API serves, one line each:
 * `{ module: PracticesModule, migrations: practicesMigrations },`
 * Their resolvers join the GraphQL schema (run `npm run schema` after a change), their
 * entities are loaded by TypeORM, and their migrations run at boot.
 */
export const FEATURES: Feature[] = [
  { module: IdentityModule, migrations: IDENTITY_MIGRATIONS },
  { module: CallsForActionModule, migrations: CALLS_FOR_ACTION_MIGRATIONS },
  { module: PartnershipProjectsModule, migrations: PARTNERSHIP_PROJECTS_MIGRATIONS },
  { module: FollowsModule, migrations: FOLLOWS_MIGRATIONS },
  { module: LiveModule },
  { module: PracticesModule, migrations: PRACTICES_MIGRATIONS },
  // The built site at / (SPA fallback); GraphQL, feeds, exports, health and metrics stay the API's.
  { module: WebHostModule },
];

import type { DynamicModule, Type } from '@nestjs/common';
import { CALLS_FOR_ACTION_MIGRATIONS, CallsForActionModule } from '@pfp/calls-for-action';
import type { MigrationClass } from '@pfp/database';
import { DISCOVERY_MIGRATIONS, DiscoveryModule } from '@pfp/discovery';
import { DISCUSSION_MIGRATIONS, DiscussionModule } from '@pfp/discussion';
import { FOLLOWS_MIGRATIONS, FollowsModule } from '@pfp/follows';
import { IDENTITY_MIGRATIONS, IdentityModule } from '@pfp/identity';
import { INSIGHT_MIGRATIONS, InsightModule } from '@pfp/insight';
import { LiveModule } from '@pfp/live';
import { NEWSLETTER_MIGRATIONS, NewsletterModule } from '@pfp/newsletter';
import { PARTNERSHIP_PROJECTS_MIGRATIONS, PartnershipProjectsModule } from '@pfp/partnership-projects';
import { POLICY_TOOLS_MIGRATIONS, PolicyToolsModule } from '@pfp/policy-tools';
import { PRACTICES_MIGRATIONS, PracticesModule } from '@pfp/practices';
import { QUALITY_MIGRATIONS, QualityModule } from '@pfp/quality';
import { RECOMMENDATIONS_MIGRATIONS, RecommendationsModule } from '@pfp/recommendations';
import { WEBHOOKS_MIGRATIONS, WebhooksModule } from '@pfp/webhooks';

/** A bounded context plugged into a process: its Nest module and the migrations its tables need. */
export interface Feature {
  module: Type<unknown> | DynamicModule;
  migrations?: MigrationClass[];
}

/**
 * The contexts the platform runs, one line each, in both processes: the API serves their
 * resolvers (run `npm run schema` after a change), the projector runs their projections, and
 * whichever starts first runs their migrations (under one advisory lock).
 */
export const CONTEXTS: Feature[] = [
  { module: IdentityModule, migrations: IDENTITY_MIGRATIONS },
  { module: CallsForActionModule, migrations: CALLS_FOR_ACTION_MIGRATIONS },
  { module: PartnershipProjectsModule, migrations: PARTNERSHIP_PROJECTS_MIGRATIONS },
  { module: FollowsModule, migrations: FOLLOWS_MIGRATIONS },
  { module: LiveModule },
  { module: QualityModule, migrations: QUALITY_MIGRATIONS },
  { module: PracticesModule, migrations: PRACTICES_MIGRATIONS },
  { module: WebhooksModule, migrations: WEBHOOKS_MIGRATIONS },
  { module: PolicyToolsModule, migrations: POLICY_TOOLS_MIGRATIONS },
  { module: NewsletterModule, migrations: NEWSLETTER_MIGRATIONS },
  { module: DiscussionModule, migrations: DISCUSSION_MIGRATIONS },
  { module: InsightModule, migrations: INSIGHT_MIGRATIONS },
  { module: RecommendationsModule, migrations: RECOMMENDATIONS_MIGRATIONS },
  { module: DiscoveryModule, migrations: DISCOVERY_MIGRATIONS },
];

/** Every migration of the given features, in the order TypeORM sorts them (by timestamp). */
export const migrationsOf = (features: Feature[]): MigrationClass[] => features.flatMap((feature) => feature.migrations ?? []);

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum InsightItemKind {
  PRACTICE = 'PRACTICE',
  CALL_FOR_ACTION = 'CALL_FOR_ACTION',
  PROJECT = 'PROJECT',
  POLICY_TOOL = 'POLICY_TOOL',
}
registerEnumType(InsightItemKind, { name: 'InsightItemKind' });

@ObjectType({ description: 'One item an organisation owns and the reach it had.' })
export class OwnerDashboardItem {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => InsightItemKind)
  kind!: InsightItemKind;

  @Field({ description: 'Its title as published, else as drafted.' })
  title!: string;

  @Field({ description: 'Its status in its own context (PUBLISHED, OPEN, ACTIVE, RELEASED, …).' })
  status!: string;

  @Field(() => Int, { description: 'Readers counted in the 30 days up to today (UTC), robots left out.' })
  viewsLast30Days!: number;

  @Field(() => Int)
  viewsTotal!: number;

  @Field(() => Int, { nullable: true, description: 'Organisations interested in replicating it (practices only).' })
  interest!: number | null;

  @Field(() => Int, { description: 'Accounts following it.' })
  followers!: number;

  @Field(() => Int, { nullable: true, description: 'Responses not withdrawn (calls for action only).' })
  responses!: number | null;
}

@ObjectType({ description: 'What an organisation’s members see of the reach of what it owns.' })
export class OwnerDashboard {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [OwnerDashboardItem], { description: 'Practices, then calls, projects it leads and tools, most viewed in the last 30 days first within each.' })
  items!: OwnerDashboardItem[];
}

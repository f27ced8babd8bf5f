import { Injectable } from '@nestjs/common';
import { Context, Field, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization, organizationLoader } from '@pfp/identity';
import { DataSource } from 'typeorm';
import { PROFILE_GUIDANCE_ID, type ProfileGuidance } from '../domain/profile-guidance';
import { PolicyTool } from '../graphql-types';

@ObjectType()
export class MigrationProfileStep {
  @Field()
  key!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Int, { description: 'Its place in the checklist, from 1.' })
  number!: number;
}

@ObjectType({ description: 'The guidance checklist of the Migration Profiles Repository: the steps of preparing a profile.' })
export class MigrationProfileGuidance {
  @Field(() => [MigrationProfileStep])
  steps!: MigrationProfileStep[];

  /** Resolved as `maintainers`. */
  maintainerIds!: string[];

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'The revision to pass as expectedRevision.' })
  revision!: number;
}

export const guidanceView = (doc: ProfileGuidance, revision: number): MigrationProfileGuidance => ({
  steps: doc.steps.map((s, i) => ({ ...s, number: i + 1 })),
  maintainerIds: doc.maintainers,
  updatedAt: new Date(doc.updatedAt),
  revision,
});

/** Reads the guidance (the profile-guidance read model). */
@Injectable()
export class ProfileGuidanceReader {
  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<{ doc: ProfileGuidance; revision: number } | null> {
    const rows: Array<{ doc: ProfileGuidance; revision: number }> = await this.dataSource.query(
      `SELECT doc, revision FROM migration_profile_guidance WHERE id = $1`,
      [PROFILE_GUIDANCE_ID],
    );
    return rows[0] ?? null;
  }
}

@Resolver(() => MigrationProfileGuidance)
export class ProfileGuidanceResolver {
  constructor(
    private readonly reader: ProfileGuidanceReader,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => MigrationProfileGuidance, {
    nullable: true,
    description: 'The guidance checklist of the Migration Profiles Repository (null until the Support Unit sets one).',
  })
  async migrationProfileGuidance(): Promise<MigrationProfileGuidance | null> {
    const row = await this.reader.current();
    return row ? guidanceView(row.doc, row.revision) : null;
  }

  @ResolveField(() => [Organization], { description: 'The organisations that maintain the repository with the Support Unit.' })
  async maintainers(@Parent() guidance: MigrationProfileGuidance, @Context() context: object): Promise<Organization[]> {
    const found = await organizationLoader(context, this.dataSource).loadMany(guidance.maintainerIds);
    return found.filter((o): o is Organization => o !== null && !(o instanceof Error));
  }
}

/** The step of the checklist a migration profile's shown edition has reached. */
@Resolver(() => PolicyTool)
export class PolicyToolStepResolver {
  constructor(private readonly reader: ProfileGuidanceReader) {}

  @ResolveField(() => MigrationProfileStep, {
    nullable: true,
    description: 'Migration profiles: the guidance step the shown edition has reached (its preparationStep), with its place in the checklist.',
  })
  async currentStep(@Parent() tool: PolicyTool): Promise<MigrationProfileStep | null> {
    const key = tool.edition?.preparationStep;
    if (!key) return null;
    const row = await this.reader.current();
    const index = row?.doc.steps.findIndex((s) => s.key === key) ?? -1;
    return row && index >= 0 ? { ...row.doc.steps[index], number: index + 1 } : null;
  }
}

import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { PracticeDirectory } from '@pfp/practices';
import { AcceptPolicyToolExampleResolver } from './accept-policy-tool-example/accept-policy-tool-example.resolver';
import { AddPolicyToolTranslationResolver } from './add-policy-tool-translation/add-policy-tool-translation.resolver';
import { DeclinePolicyToolExampleResolver } from './decline-policy-tool-example/decline-policy-tool-example.resolver';
import { DraftPolicyToolResolver } from './draft-policy-tool/draft-policy-tool.resolver';
import { PolicyTools1765000000000 } from './migrations/1765000000000-policy-tools';
import { MigrationProfileGuidance1765000000001 } from './migrations/1765000000001-migration-profile-guidance';
import { profileGuidanceProjection } from './profile-guidance/profile-guidance.projection';
import { PolicyToolStepResolver, ProfileGuidanceReader, ProfileGuidanceResolver } from './profile-guidance/profile-guidance.resolver';
import { ProfileGuidanceCommands, SetMigrationProfileGuidanceResolver } from './set-migration-profile-guidance/set-migration-profile-guidance.resolver';
import { policyToolDetailsProjection } from './policy-tool-details/policy-tool-details.projection';
import { PolicyToolDirectory } from './policy-tool-details/policy-tool-directory';
import {
  PolicyToolSectionResolver,
  PolicyToolTranslationSectionResolver,
  PracticeCitingToolsResolver,
} from './policy-tool-details/policy-tool-fields.resolver';
import { PolicyToolExampleResolver, PolicyToolsResolver } from './policy-tool-details/policy-tools.resolver';
import { ProposePolicyToolExampleResolver } from './propose-policy-tool-example/propose-policy-tool-example.resolver';
import { ReleasePolicyToolEditionResolver } from './release-policy-tool-edition/release-policy-tool-edition.resolver';
import { RevisePolicyToolResolver } from './revise-policy-tool/revise-policy-tool.resolver';
import { PolicyToolCommands } from './shared/tool-commands';
import { ToolReferences } from './shared/tool-references';
import { PolicyToolsSurface } from './surface/policy-tools.surface';

export const POLICY_TOOLS_MIGRATIONS = [PolicyTools1765000000000, MigrationProfileGuidance1765000000001];

/** The Migration Policy Tools library and the Migration Profiles Repository (issue 13). */
@Module({
  imports: [IdentityModule, PolicyToolsSurface],
  providers: [
    PolicyToolCommands.Handler,
    ProfileGuidanceCommands.Handler,
    ProfileGuidanceReader,
    ProfileGuidanceResolver,
    PolicyToolStepResolver,
    SetMigrationProfileGuidanceResolver,
    PracticeDirectory,
    PolicyToolDirectory,
    ToolReferences,
    PolicyToolsResolver,
    PolicyToolExampleResolver,
    PolicyToolSectionResolver,
    PolicyToolTranslationSectionResolver,
    PracticeCitingToolsResolver,
    DraftPolicyToolResolver,
    RevisePolicyToolResolver,
    ReleasePolicyToolEditionResolver,
    AddPolicyToolTranslationResolver,
    ProposePolicyToolExampleResolver,
    AcceptPolicyToolExampleResolver,
    DeclinePolicyToolExampleResolver,
  ],
})
export class PolicyToolsModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(policyToolDetailsProjection);
    this.projections.register(profileGuidanceProjection);
  }
}

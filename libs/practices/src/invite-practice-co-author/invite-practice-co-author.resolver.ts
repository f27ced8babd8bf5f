import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { CurrentActor, OrganizationsService } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class InvitePracticeCoAuthorInput extends ExistingPracticeInput {
  @GlobalIdField('organization', { description: 'A partner organisation (international organisation, civil society, academia, private sector).' })
  organizationId!: string;
}

@Resolver()
export class InvitePracticeCoAuthorResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => PracticePayload, {
    description: 'The owner state invites a partner organisation to co-author its practice; the organisation is told in its feed.',
  })
  async invitePracticeCoAuthor(@Args('input') input: InvitePracticeCoAuthorInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    // what the decider needs to know of the organisation named (kind, active), read here so the rule stays pure
    const found = (await this.organizations.kindsOf([input.organizationId])).get(input.organizationId);
    const organization = found ? { kind: found.kind, active: found.active } : null;
    const data = { organizationId: input.organizationId, organization };
    return sendPracticeCommand(this.commandBus, input.id, { type: 'InvitePracticeCoAuthor', data }, actor, { expectedRevision: input.expectedRevision });
  }
}

import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { runPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticeNode } from '../shared/practice.types';

@InputType()
export class DeclinePracticeCoAuthorshipInput extends ExistingPracticeInput {}

@ObjectType({ description: 'What declining changed.' })
export class DeclinePracticeCoAuthorshipPayload {
  @Field(() => PracticeNode, {
    nullable: true,
    description: 'The practice as the decliner may still see it: null for one not published (its working copy is the owner’s again).',
  })
  practice!: PracticeNode | null;

  @Field(() => Int)
  revision!: number;
}

@Resolver()
export class DeclinePracticeCoAuthorshipResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => DeclinePracticeCoAuthorshipPayload, { description: 'A member of the invited organisation declines the invitation to co-author.' })
  async declinePracticeCoAuthorship(
    @Args('input') input: DeclinePracticeCoAuthorshipInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DeclinePracticeCoAuthorshipPayload> {
    return runPracticeCommand(this.commandBus, input.id, { type: 'DeclinePracticeCoAuthorship', data: {} }, actor, {
      expectedRevision: input.expectedRevision,
    });
  }
}

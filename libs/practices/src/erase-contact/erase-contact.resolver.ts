import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PracticeCommands } from '../shared/practice-commands';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticeReader } from '../shared/practice-reader';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class EraseContactInput extends ExistingPracticeInput {
  @Field(() => ID, { nullable: true, description: "The contact's subject id; the practice's current contact when absent." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string | null;
}

@Resolver()
export class EraseContactResolver {
  constructor(
    private readonly commands: PracticeCommands,
    private readonly reader: PracticeReader,
    private readonly vault: PersonalDataVault,
  ) {}

  @Mutation(() => PracticePayload, {
    description: 'Support Unit only: erases the contact person of a practice for good (its key is deleted, so no copy can be read again).',
  })
  async eraseContact(@Args('input') input: EraseContactInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const current = await this.reader.current(input.id);
    const state = current?.state;
    const subjectId = input.subjectId ?? (state && state.status !== 'NONE' ? (state.working.contact ?? state.published?.contact)?.subjectId : null) ?? '';
    // The decider authorises first; the key goes only after the erasure is recorded.
    const payload = await this.commands.execute(input.id, actor, { type: 'EraseContact', subjectId }, input.expectedRevision);
    await this.vault.erase(subjectId);
    return payload;
  }
}

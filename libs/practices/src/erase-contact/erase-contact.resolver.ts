import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { sendPracticeCommand } from '../shared/practice-bus';
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
    private readonly commandBus: CommandBus,
    private readonly reader: PracticeReader,
    private readonly vault: PersonalDataVault,
  ) {}

  @Mutation(() => PracticePayload, {
    description: 'Support Unit only: erases the contact person of a practice for good (its key is deleted, so no copy can be read again).',
  })
  async eraseContact(@Args('input') input: EraseContactInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    // before the read: an id that is no practice id (one holding NUL) must not reach the database
    parseGlobalId(input.id, PRACTICE_CATEGORY, 'id');
    const details = (await this.reader.current(input.id))?.details;
    const subjectId = input.subjectId ?? (details?.working.contact ?? details?.published?.contact)?.subjectId ?? '';
    // The command is authorised first; the key goes only after the erasure is recorded.
    const payload = await sendPracticeCommand(this.commandBus, input.id, { type: 'EraseContact', data: { subjectId } }, actor, {
      expectedRevision: input.expectedRevision,
    });
    await this.vault.erase(subjectId);
    return payload;
  }
}

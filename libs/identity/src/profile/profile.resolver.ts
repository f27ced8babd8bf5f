import { Args, Context, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { formatGlobalId, GlobalIdField, Text } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { PASSWORD_MAX, PASSWORD_MIN } from '../accounts/passwords';
import { Account } from '../graphql-types';
import { CurrentActor, presentedSession } from '../sessions/actor.guard';
import type { SessionEntity } from '../sessions/session.entity';
import type { HttpContext } from '../sessions/sessions.resolver';
import { DISPLAY_NAME_MAX, ProfileService } from './profile.service';
import { AccountPayload } from '../members/members.resolver';

export const SESSION = 'session';

@InputType()
export class ChangeDisplayNameInput {
  @Field()
  @Text({ max: DISPLAY_NAME_MAX, required: true })
  displayName!: string;
}

@InputType()
export class SetAccountLanguageInput {
  @Field({ description: 'ar, en, es, fr, ru or zh: the language of the mails the account is sent.' })
  @IsString()
  @MaxLength(10)
  language!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword!: string;
}

@InputType()
export class EndSessionInput {
  @GlobalIdField(SESSION)
  sessionId!: string;
}

@ObjectType({ description: 'A signed-in browser or API client of the viewer.' })
export class Session {
  @Field()
  id!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Within a minute of its last request.' })
  lastSeenAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent it signed in with.' })
  userAgent!: string | null;

  @Field({ description: 'The session this request came with.' })
  current!: boolean;

  static from(row: SessionEntity, currentId: string | null): Session {
    return {
      id: formatGlobalId(SESSION, row.id),
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      expiresAt: row.expiresAt,
      userAgent: row.userAgent,
      current: row.id === currentId,
    };
  }
}

@ObjectType()
export class ChangeDisplayNamePayload extends AccountPayload {}

@ObjectType()
export class SetAccountLanguagePayload extends AccountPayload {}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Int, { description: 'How many other sessions ended.' })
  otherSessionsEnded!: number;
}

@ObjectType()
export class EndSessionPayload {
  @Field()
  ended!: boolean;
}

@ObjectType()
export class EndOtherSessionsPayload {
  @Field(() => Int)
  sessionsEnded!: number;
}

/** The stored uuid of the session the request came with (its token is `<uuid>.<signature>`). */
async function currentSessionId(context: HttpContext): Promise<string> {
  const { token } = await presentedSession(context.req);
  return token?.slice(0, token.indexOf('.')) ?? '';
}

const uuidOfSession = (id: string): string => id.slice(SESSION.length + 1);

@Resolver()
export class ProfileResolver {
  constructor(private readonly profile: ProfileService) {}

  @Query(() => [Session], { description: "The viewer's open sessions, newest first (signed in only)." })
  async mySessions(@CurrentActor() actor: Actor | null, @Context() context: HttpContext): Promise<Session[]> {
    const rows = await this.profile.listSessions(actor);
    const current = await currentSessionId(context);
    return rows.map((row) => Session.from(row, current));
  }

  @Mutation(() => ChangeDisplayNamePayload, { description: 'Anyone signed in, for themself.' })
  async changeDisplayName(@Args('input') input: ChangeDisplayNameInput, @CurrentActor() actor: Actor | null): Promise<ChangeDisplayNamePayload> {
    const { account, organization } = await this.profile.changeDisplayName(actor, input.displayName);
    return { account: Account.from(account, organization) };
  }

  @Mutation(() => SetAccountLanguagePayload, {
    description: 'Anyone signed in, for themself: the language of their mails (ACCOUNT.INVALID naming language otherwise).',
  })
  async setAccountLanguage(@Args('input') input: SetAccountLanguageInput, @CurrentActor() actor: Actor | null): Promise<SetAccountLanguagePayload> {
    const { account, organization } = await this.profile.setLanguage(actor, input.language);
    return { account: Account.from(account, organization) };
  }

  @Mutation(() => ChangePasswordPayload, { description: 'Anyone signed in, with their current password; ends their other sessions.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor | null,
    @Context() context: HttpContext,
  ): Promise<ChangePasswordPayload> {
    const otherSessionsEnded = await this.profile.changePassword(actor, await currentSessionId(context), input.currentPassword, input.newPassword);
    return { otherSessionsEnded };
  }

  @Mutation(() => EndSessionPayload, { description: 'Anyone signed in, one of their own sessions (SESSION.NOT_FOUND otherwise).' })
  async endSession(@Args('input') input: EndSessionInput, @CurrentActor() actor: Actor | null): Promise<EndSessionPayload> {
    return { ended: await this.profile.endSession(actor, uuidOfSession(input.sessionId)) };
  }

  @Mutation(() => EndOtherSessionsPayload, { description: 'Anyone signed in: every session of theirs but this one.' })
  async endOtherSessions(@CurrentActor() actor: Actor | null, @Context() context: HttpContext): Promise<EndOtherSessionsPayload> {
    return { sessionsEnded: await this.profile.endOtherSessions(actor, await currentSessionId(context)) };
  }
}

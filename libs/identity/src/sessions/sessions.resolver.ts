import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import type { Actor } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { audit, auditActorOf } from '../audit/audit';
import { ACCOUNT, uuidOf } from '../global-ids';
import { Account } from '../graphql-types';
import { AcceptInvitationInput, RequestPasswordResetInput, ResetPasswordInput, SignInInput, SignOutInput } from '../inputs';
import { InvitationsService } from '../invitations/invitations.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { AcceptInvitationPayload, RequestPasswordResetPayload, ResetPasswordPayload, SignInPayload, SignOutPayload } from '../payloads';
import { AcceptsStaleCredentials, clearSessionCookie, CurrentActor, presentedSession, setSessionCookie } from './actor.guard';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

export interface HttpContext {
  req?: Request;
  res?: Response;
}

const responseOf = (context: HttpContext): Response | undefined => context.res ?? context.req?.res;

/** The browser (or client) that opens a session, as its sessions list shows it. */
export const userAgentOf = (context: HttpContext): string | null => context.req?.headers['user-agent'] ?? null;

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signInService: SignInService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get secureCookie(): boolean {
    return this.config.env === 'production';
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  async viewer(@CurrentActor() actor: Actor | null): Promise<Account | null> {
    const uuid = actor ? uuidOf(actor.accountId, ACCOUNT) : null;
    if (!uuid) return null;
    const account = await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: uuid }, relations: { organization: true } });
    return account?.organization ? Account.from(account, account.organization) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Anyone. Wrong email and wrong password fail alike (AUTH.INVALID_CREDENTIALS).' })
  @AcceptsStaleCredentials()
  async signIn(@Args('input') input: SignInInput, @Context() context: HttpContext): Promise<SignInPayload> {
    const signedIn = await this.signInService.signIn(input.email, input.password, userAgentOf(context));
    // the site's language, the account's mail language until it chooses one
    if (input.language && input.language !== signedIn.account.siteLanguage) {
      await this.dataSource.query(`UPDATE accounts SET site_language = $2 WHERE id = $1`, [signedIn.account.id, input.language]);
      signedIn.account.siteLanguage = input.language;
    }
    const res = responseOf(context);
    if (res) setSessionCookie(res, signedIn.token, this.sessions.ttlMs, this.secureCookie);
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, viewer: Account.from(signedIn.account, signedIn.organization) };
  }

  @Mutation(() => SignOutPayload, { description: 'Anyone: revokes the presented session (if any) and clears the cookie.' })
  @AcceptsStaleCredentials()
  async signOut(
    @Args('input', { type: () => SignOutInput, nullable: true }) input: SignOutInput | null,
    @Context() context: HttpContext,
  ): Promise<SignOutPayload> {
    const { token, actor } = await presentedSession(context.req);
    let signedOut = false;
    if (token) {
      signedOut = await this.dataSource.transaction(async (manager) => {
        const sessionId = await this.sessions.revoke(manager, token);
        if (!sessionId || !actor) return false;
        const accountUuid = uuidOf(actor.accountId, ACCOUNT) ?? '';
        const others = input?.everywhere ? await this.sessions.revokeAll(manager, accountUuid) : 0;
        await audit(manager, auditActorOf(actor), 'SessionRevoked', { accountId: accountUuid, sessionId, otherSessionsRevoked: others });
        return true;
      });
    }
    const res = responseOf(context);
    if (res) clearSessionCookie(res, this.secureCookie);
    return { signedOut };
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'Anyone holding an invitation token: sets the password and signs in.' })
  @AcceptsStaleCredentials()
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: HttpContext): Promise<AcceptInvitationPayload> {
    const accepted = await this.invitations.accept(input.token, input.password, userAgentOf(context));
    const res = responseOf(context);
    if (res) setSessionCookie(res, accepted.token, this.sessions.ttlMs, this.secureCookie);
    return { token: accepted.token, expiresAt: accepted.expiresAt, viewer: Account.from(accepted.account, accepted.organization) };
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Anyone. Answers the same whether or not the email has an account.' })
  @AcceptsStaleCredentials()
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    await this.passwordReset.request(input.email);
    return { accepted: true };
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Anyone holding a reset token: sets the password and signs out every session.' })
  @AcceptsStaleCredentials()
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<ResetPasswordPayload> {
    await this.passwordReset.reset(input.token, input.password);
    return { passwordReset: true };
  }
}

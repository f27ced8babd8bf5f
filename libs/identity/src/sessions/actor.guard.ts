import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from '@pfp/kernel';
import { sessionError, type SessionProblem } from './session-errors';
import { SessionService } from './session.service';

export const SESSION_COOKIE = 'pfp_session';

const RESOLVED = Symbol('pfp.actor');

interface Resolution {
  actor: Actor | null;
  /** The token that was presented, and where from. */
  token: string | null;
  source: 'cookie' | 'bearer' | null;
  problem?: SessionProblem;
}

type RequestWithActor = Request & { [RESOLVED]?: Promise<Resolution> };

/** The GraphQL context others may build for graphql-ws: `{ actor }` resolved from connectionParams. */
interface GraphQLContext {
  req?: RequestWithActor;
  res?: Response;
  actor?: Actor | null;
}

const ACCEPTS_STALE_CREDENTIALS = 'pfp.acceptsStaleCredentials';

/**
 * For mutations a client must be able to call while holding a dead token (signIn, the
 * emailed-token flows): the stale bearer token is ignored there instead of refused.
 */
export const AcceptsStaleCredentials = (): MethodDecorator => SetMetadata(ACCEPTS_STALE_CREDENTIALS, true);

export function requestOf(context: ExecutionContext): { req?: RequestWithActor; res?: Response; gql?: GraphQLContext } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return { req: gql.req, res: gql.res ?? gql.req?.res, gql };
  }
  if (context.getType() === 'http') {
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    return { req, res: context.switchToHttp().getResponse<Response>() };
  }
  return {};
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The bearer token wins over the cookie: an API client says explicitly who it is. */
export function presentedToken(req: Request): { token: string; source: 'cookie' | 'bearer' } | null {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return { token: match ? match[1] : '', source: 'bearer' };
  }
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  return cookie ? { token: cookie, source: 'cookie' } : null;
}

/**
 * Global guard: resolves the actor once per request, from the bearer token or the session
 * cookie. It never decides who may do what (the policies do); it refuses only a presented
 * bearer token that is bad, so an API client hears why. A bad cookie makes a visitor and is
 * cleared, so a stale browser can still read and sign in.
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req, res } = requestOf(context);
    if (!req) return true;
    req[RESOLVED] ??= this.resolve(req);
    const resolution = await req[RESOLVED];
    if (resolution.problem && resolution.source === 'cookie' && res && !res.headersSent) {
      clearSessionCookie(res, false);
    }
    if (resolution.problem && resolution.source === 'bearer') {
      const lenient = this.reflector.getAllAndOverride<boolean>(ACCEPTS_STALE_CREDENTIALS, [context.getHandler(), context.getClass()]);
      if (!lenient) throw sessionError(resolution.problem);
    }
    return true;
  }

  private async resolve(req: Request): Promise<Resolution> {
    const presented = presentedToken(req);
    if (!presented) return { actor: null, token: null, source: null };
    if (!presented.token) return { actor: null, token: null, source: presented.source, problem: 'MALFORMED' };
    const check = await this.sessions.check(presented.token);
    return check.ok
      ? { actor: check.actor, token: presented.token, source: presented.source }
      : { actor: null, token: presented.token, source: presented.source, problem: check.problem };
  }
}

/** The token the request presented, valid or not (signOut revokes it). */
export async function presentedSession(req: Request | undefined): Promise<{ token: string | null; actor: Actor | null }> {
  const resolution = req ? await (req as RequestWithActor)[RESOLVED] : undefined;
  return { token: resolution?.token ?? null, actor: resolution?.actor ?? null };
}

/**
 * The signed-in actor of this request, or null for a visitor. Resolved by ActorGuard; for
 * graphql-ws, whoever builds the context sets `context.actor` (see SessionService.resolve).
 */
export const CurrentActor = createParamDecorator(async (_data: unknown, context: ExecutionContext): Promise<Actor | null> => {
  const { req, gql } = requestOf(context);
  if (req?.[RESOLVED]) return (await req[RESOLVED]).actor;
  return gql?.actor ?? null;
});

export function setSessionCookie(res: Response, token: string, maxAgeMs: number, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: maxAgeMs });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}

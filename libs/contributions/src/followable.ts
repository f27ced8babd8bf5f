import type { Actor, DomainEvent } from '@pfp/kernel';

/** What a follower reads of one event: its line and the figures it reports. JSON-safe. */
export interface FeedText {
  text: string;
  metrics: Array<{ indicator: string; value: number }>;
}

/**
 * How an event changes what the followers see of its subject: its title, who may read it
 * (null: anyone; else the organisations that may), or one organisation joining or leaving
 * the readers of a restricted subject. Absent keys stay as they were.
 */
export interface SubjectChange {
  title?: string;
  readers?: string[] | null;
  readerAdded?: string;
  readerRemoved?: string;
  /** The subject it is about (a discussion's practice): its title becomes `prefix` and that subject's title, so the feed and the digests group it per subject. */
  about?: { subjectId: string; prefix: string };
}

/**
 * Who is told of an event besides the subject's followers: the members of the organisations
 * named, or of the subject's readers (a restricted subject's organisations: a conversation's
 * two sides), but never `except` (the writer's own). Those the subject's readers leave out are
 * not told either.
 */
export interface Addressees {
  organizations?: string[];
  readers?: boolean;
  except?: string;
}

type ByEventType<E extends DomainEvent, R> = { [T in E['type']]?: (data: Extract<E, { type: T }>['data']) => R | null };

/** Feed texts keyed by event type: an event without one (or whose function answers null) is not told to followers. */
export type FeedTexts<E extends DomainEvent = DomainEvent> = ByEventType<E, FeedText>;
export type SubjectChanges<E extends DomainEvent = DomainEvent> = ByEventType<E, SubjectChange>;
export type AddresseesOf<E extends DomainEvent = DomainEvent> = ByEventType<E, Addressees>;

/** The organisations an event addresses, given its subject's readers just after it (null: anyone). */
export function addressedOrganizations(addressees: Addressees | null, readers: string[] | null): string[] {
  if (!addressees) return [];
  const named = [...(addressees.organizations ?? []), ...(addressees.readers ? (readers ?? []) : [])];
  return [...new Set(named)].filter((o) => o !== addressees.except && (readers === null || readers.includes(o)));
}

/**
 * Something accounts may follow, contributed by the context that owns it. Subject ids are its
 * stream names, `<category>-<uuid>`.
 */
export interface FollowableSubject<E extends DomainEvent = DomainEvent> {
  /** The stream category, e.g. `project`. */
  category: string;
  /** Its value of the GraphQL enum FollowSubjectKind (declared with `declareFollowSubjectKind`). */
  kind: string;
  /** Whether the subject exists and `actor` may read it (and so follow it). */
  mayFollow(subjectId: string, actor: Actor): Promise<boolean>;
  /**
   * The organisations that own the subject (a practice's state and its co-authors, a call's
   * posters, a project's lead, a tool's owner): those "contact the owner" reaches. A subject
   * without owners cannot be the subject of a conversation.
   */
  ownersOf?(subjectId: string): Promise<string[]>;
  /** The subject whose page shows this one (a discussion: the practice, call, project or tool discussed; null: none, a conversation). Absent: itself. */
  pageSubjectOf?(subjectId: string): Promise<string | null>;
  /** How its events set the title and readers the feed shows. */
  changes: SubjectChanges<E>;
  /** What followers are told of its events. */
  feedTexts: FeedTexts<E>;
  /** Organisations told of an event (in the feed, by mail, live) though their members do not follow the subject: an event with a feed text only. */
  addressees?: AddresseesOf<E>;
}

/**
 * The values of the GraphQL enum FollowSubjectKind. Filled when the contexts' surface files are
 * imported (before any schema is built), because GraphQL enums are static: a context declares
 * its kind next to its subject, follows registers the enum.
 */
export const FOLLOW_SUBJECT_KINDS: Record<string, string> = {};

export function declareFollowSubjectKind<K extends string>(kind: K): K {
  FOLLOW_SUBJECT_KINDS[kind] = kind;
  return kind;
}

const SUBJECT_ID = /^([a-zA-Z]+)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The category of a `<category>-<uuid>` id or stream name, or null. */
export function categoryOf(id: string): string | null {
  return SUBJECT_ID.exec(id)?.[1] ?? null;
}

import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@pfp/event-store';
import type { PracticeContent, PracticeEvent } from '../domain/practice';

/** Events of one practice stream as the store records them, revisions from 0, for projection specs. */
export function recordedPracticeEvents(events: PracticeEvent[], stream: string, at: string): RecordedEvent[] {
  return events.map((e, revision) => ({
    id: randomUUID(),
    type: e.type,
    data: e.data,
    metadata: { eventId: randomUUID(), actor: null, correlationId: 'c', causationId: 'c', commandId: 'c', occurredAt: at, schemaVersion: 1 },
    streamName: stream,
    revision,
    position: { commit: 1n, prepare: BigInt(revision + 1) },
    schemaVersion: 1,
    recordedAt: new Date(at),
  }));
}

/** Mexico's 2011 practice as the specs draft it; each spec overrides what it is about. */
export function sampleContent(overrides: Partial<PracticeContent> = {}): PracticeContent {
  return {
    title: 'Protection of unaccompanied migrant children',
    summary: 'Training of child protection officers.',
    body: 'Officers are trained **free of charge**.',
    language: 'en',
    countries: ['MEX', 'HND'],
    themes: ['migrant-children', 'gcm-7'],
    implementingPartners: [],
    period: { start: '2010', end: null },
    implementationStatus: 'ONGOING',
    results: [],
    resources: [],
    contact: null,
    ...overrides,
  };
}

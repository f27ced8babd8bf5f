import type { PracticeContent } from '../domain/practice';

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

import type { PolicyToolEvent, ToolContent, ToolSection } from '../domain/policy-tool';

export const TOOL_ID = 'policyTool-00000000-0000-4000-8000-000000000013';
export const PRACTICE_ID = 'practice-00000000-0000-4000-8000-000000000204';
export const AT = '2011-12-01T10:00:00.000Z';
export const LATER = '2011-12-02T10:00:00.000Z';

export const sampleSection = (key: string, extra: Partial<ToolSection> = {}): ToolSection => ({
  key,
  title: `Section ${key}`,
  body: 'Some **text**.',
  examples: [],
  ...extra,
});

export const sampleContent = (extra: Partial<ToolContent> = {}): ToolContent => ({
  title: 'Handbook on engaging diasporas in development',
  summary: 'A road map.',
  language: 'en',
  themes: ['diaspora'],
  countries: [],
  languages: ['en'],
  sections: [sampleSection('road-map'), sampleSection('examples', { examples: [{ practiceId: PRACTICE_ID, url: null, title: null }] })],
  dataSources: [],
  year: null,
  preparationStep: null,
  ...extra,
});

/** The handbook drafted by IOM (MPI author, the Netherlands funder). */
export const drafted = (owner = 'organization-iom', content: ToolContent = sampleContent()): PolicyToolEvent => ({
  type: 'PolicyToolDrafted',
  data: {
    toolId: TOOL_ID,
    kind: 'HANDBOOK',
    ownerOrganizationId: owner,
    ownerCountry: null,
    contributors: [
      { organizationId: 'organization-mpi', role: 'AUTHOR' },
      { organizationId: 'organization-nl', role: 'FUNDER' },
    ],
    content,
    at: AT,
  },
});

export const released = (content: ToolContent = sampleContent(), number = 1, exampleIds: string[] = []): PolicyToolEvent => ({
  type: 'PolicyToolEditionReleased',
  data: { number, content, releaseNotes: 'First edition.', exampleIds, at: AT },
});

/** A link proposed as an example for the road map. */
export const proposedLink = (exampleId: string, proposedBy: string, url = `https://example.org/${exampleId}`): PolicyToolEvent => ({
  type: 'PolicyToolExampleProposed',
  data: { exampleId, sectionKey: 'road-map', practiceId: null, url, title: exampleId, note: '', proposedBy, at: LATER },
});

import type { DomainEvent } from '@pfp/kernel';

export const POLICY_TOOL_KINDS = ['HANDBOOK', 'GUIDE', 'TOOLKIT', 'MIGRATION_PROFILE', 'EXTENDED_MIGRATION_PROFILE', 'TRAINING_MODULE', 'DATASET'] as const;
export type PolicyToolKind = (typeof POLICY_TOOL_KINDS)[number];

/** Migration profiles belong to the government of their country: only a STATE of it drafts and releases one. */
export const PROFILE_KINDS: readonly PolicyToolKind[] = ['MIGRATION_PROFILE', 'EXTENDED_MIGRATION_PROFILE'];
export const isProfileKind = (kind: PolicyToolKind): boolean => PROFILE_KINDS.includes(kind);

export const CONTRIBUTOR_ROLES = ['AUTHOR', 'FUNDER', 'CONTRIBUTOR'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

/** The six UN languages (ISO 639-1), as practices take them. */
export const TOOL_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type ToolLanguage = (typeof TOOL_LANGUAGES)[number];

export const EXAMPLE_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED'] as const;
export type ExampleStatus = (typeof EXAMPLE_STATUSES)[number];

export interface Contributor {
  organizationId: string;
  role: ContributorRole;
}

/** An example a section gives: a practice of the platform, or a link (https). */
export interface SectionExample {
  practiceId: string | null;
  url: string | null;
  title: string | null;
}

export interface ToolSection {
  /** Stable within the tool (a slug): examples and translations name sections by it. */
  key: string;
  title: string;
  /** Markdown, rendered through the practices' sanitiser when read. */
  body: string;
  examples: SectionExample[];
}

/** What a tool says; the draft and each released edition hold one. */
export interface ToolContent {
  title: string;
  summary: string;
  /** The language it is written in. */
  language: ToolLanguage;
  themes: string[];
  countries: string[];
  /** The languages it is available in. */
  languages: ToolLanguage[];
  sections: ToolSection[];
  /** Migration profiles: where the figures come from. */
  dataSources: string[];
  /** Migration profiles: the year of the figures. */
  year: number | null;
  /** Migration profiles: the key of the guidance step the preparation has reached. */
  preparationStep: string | null;
}

export interface Edition {
  number: number;
  content: ToolContent;
  releaseNotes: string;
  releasedAt: string;
}

/** An example as proposed for a section. */
export interface ExampleProposal extends SectionExample {
  exampleId: string;
  sectionKey: string;
  note: string;
}

export interface Example extends ExampleProposal {
  proposedBy: string;
  proposedAt: string;
  status: ExampleStatus;
  decidedAt: string | null;
  declineReason: string | null;
  /** The edition it first appeared in (ACCEPTED, once released). */
  edition: number | null;
}

export interface TranslationSection {
  key: string;
  title: string;
  body: string;
}

export interface Translation {
  language: ToolLanguage;
  edition: number;
  title: string;
  summary: string;
  sections: TranslationSection[];
  /** The translator's word: every section translated. */
  complete: boolean;
  addedAt: string;
}

export interface PolicyTool {
  id: string;
  kind: PolicyToolKind;
  ownerOrganizationId: string;
  /** The owner's country (migration profiles: the country profiled). */
  ownerCountry: string | null;
  contributors: Contributor[];
  draft: ToolContent;
  /** The draft differs from the last edition (or there is none). */
  draftChanged: boolean;
  editions: Edition[];
  examples: Example[];
  translations: Translation[];
  draftedAt: string;
  updatedAt: string;
}

export interface PolicyToolDraftedData {
  toolId: string;
  kind: PolicyToolKind;
  ownerOrganizationId: string;
  ownerCountry: string | null;
  contributors: Contributor[];
  content: ToolContent;
  at: string;
}

export type PolicyToolEvent =
  | DomainEvent<'PolicyToolDrafted', PolicyToolDraftedData>
  | DomainEvent<'PolicyToolRevised', { content: ToolContent; contributors: Contributor[]; at: string }>
  /** Carries the content released, accepted examples merged into their sections. */
  | DomainEvent<'PolicyToolEditionReleased', { number: number; content: ToolContent; releaseNotes: string; exampleIds: string[]; at: string }>
  | DomainEvent<'PolicyToolTranslationAdded', { translation: Translation }>
  | DomainEvent<'PolicyToolExampleProposed', ExampleProposal & { proposedBy: string; at: string }>
  | DomainEvent<'PolicyToolExampleAccepted', { exampleId: string; at: string }>
  | DomainEvent<'PolicyToolExampleDeclined', { exampleId: string; reason: string; at: string }>;

export type PolicyToolEventType = PolicyToolEvent['type'];
export const POLICY_TOOL_EVENT_TYPES = [
  'PolicyToolDrafted',
  'PolicyToolRevised',
  'PolicyToolEditionReleased',
  'PolicyToolTranslationAdded',
  'PolicyToolExampleProposed',
  'PolicyToolExampleAccepted',
  'PolicyToolExampleDeclined',
] as const satisfies readonly PolicyToolEventType[];

export type PolicyToolState = { status: 'NONE' } | { status: 'DRAFT'; tool: PolicyTool } | { status: 'RELEASED'; tool: PolicyTool };
export type ExistingPolicyTool = Exclude<PolicyToolState, { status: 'NONE' }>;

export const initialPolicyToolState = (): PolicyToolState => ({ status: 'NONE' });

export const currentEdition = (tool: PolicyTool): Edition | null => tool.editions[tool.editions.length - 1] ?? null;

/** The content of the next edition: the draft, with every accepted example not yet released added to its section. */
export function nextEditionContent(tool: PolicyTool): { content: ToolContent; exampleIds: string[] } {
  const pending = tool.examples.filter((e) => e.status === 'ACCEPTED' && e.edition === null);
  const sections = tool.draft.sections.map((s) => ({
    ...s,
    examples: [...s.examples, ...pending.filter((e) => e.sectionKey === s.key).map((e) => ({ practiceId: e.practiceId, url: e.url, title: e.title }))],
  }));
  return { content: { ...tool.draft, sections }, exampleIds: pending.filter((e) => sections.some((s) => s.key === e.sectionKey)).map((e) => e.exampleId) };
}

const withExample = (tool: PolicyTool, exampleId: string, change: (e: Example) => Example): Example[] =>
  tool.examples.map((e) => (e.exampleId === exampleId ? change(e) : e));

export function evolvePolicyTool(state: PolicyToolState, event: PolicyToolEvent): PolicyToolState {
  if (event.type === 'PolicyToolDrafted') {
    const d = event.data;
    return {
      status: 'DRAFT',
      tool: {
        id: d.toolId,
        kind: d.kind,
        ownerOrganizationId: d.ownerOrganizationId,
        ownerCountry: d.ownerCountry,
        contributors: d.contributors,
        draft: d.content,
        draftChanged: true,
        editions: [],
        examples: [],
        translations: [],
        draftedAt: d.at,
        updatedAt: d.at,
      },
    };
  }
  if (state.status === 'NONE') return state;
  const tool = state.tool;
  switch (event.type) {
    case 'PolicyToolRevised':
      return {
        status: state.status,
        tool: { ...tool, draft: event.data.content, contributors: event.data.contributors, draftChanged: true, updatedAt: event.data.at },
      };
    case 'PolicyToolEditionReleased': {
      const d = event.data;
      const released = new Set(d.exampleIds);
      return {
        status: 'RELEASED',
        tool: {
          ...tool,
          // the accepted examples stay in the draft's sections, for the editions after
          draft: d.content,
          draftChanged: false,
          editions: [...tool.editions, { number: d.number, content: d.content, releaseNotes: d.releaseNotes, releasedAt: d.at }],
          examples: tool.examples.map((e) => (released.has(e.exampleId) ? { ...e, edition: d.number } : e)),
          updatedAt: d.at,
        },
      };
    }
    case 'PolicyToolTranslationAdded': {
      const t = event.data.translation;
      const others = tool.translations.filter((x) => !(x.language === t.language && x.edition === t.edition));
      return { status: state.status, tool: { ...tool, translations: [...others, t], updatedAt: t.addedAt } };
    }
    case 'PolicyToolExampleProposed': {
      const { at, ...d } = event.data;
      const example: Example = { ...d, proposedAt: at, status: 'PROPOSED', decidedAt: null, declineReason: null, edition: null };
      return { status: state.status, tool: { ...tool, examples: [...tool.examples, example], updatedAt: at } };
    }
    case 'PolicyToolExampleAccepted':
      return {
        status: state.status,
        tool: {
          ...tool,
          examples: withExample(tool, event.data.exampleId, (e) => ({ ...e, status: 'ACCEPTED', decidedAt: event.data.at })),
          updatedAt: event.data.at,
        },
      };
    case 'PolicyToolExampleDeclined':
      return {
        status: state.status,
        tool: {
          ...tool,
          examples: withExample(tool, event.data.exampleId, (e) => ({ ...e, status: 'DECLINED', decidedAt: event.data.at, declineReason: event.data.reason })),
          updatedAt: event.data.at,
        },
      };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown policy tool event ${(unknown as PolicyToolEvent).type}`);
    }
  }
}

export const isOwner = (tool: PolicyTool, organizationId: string): boolean => tool.ownerOrganizationId === organizationId;
export const isContributor = (tool: PolicyTool, organizationId: string): boolean => tool.contributors.some((c) => c.organizationId === organizationId);
/** Who may work on the draft: the owner, its authors and contributors (funders fund). */
export const mayEdit = (tool: PolicyTool, organizationId: string): boolean =>
  isOwner(tool, organizationId) || tool.contributors.some((c) => c.organizationId === organizationId && c.role !== 'FUNDER');

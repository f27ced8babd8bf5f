import { appendDemoStreams, DEMO_NAMESPACE, demoUuid, type DemoStream } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import type { Contributor, PolicyToolEvent, PolicyToolKind, ToolContent, ToolLanguage, ToolSection } from '../domain/policy-tool';
import { PROFILE_GUIDANCE_ID, type ProfileGuidanceEvent } from '../domain/profile-guidance';

/*
 * The tools of the 2011 report (paras 195-210): what the report says, and no more. Where a tool
 * needs text to be usable (its sections), that text is labelled as sample text.
 */

export const demoPolicyToolId = (name: string): string => `policyTool-${demoUuid(DEMO_NAMESPACE, `policy-tool:${name}`)}`;

const AT = '2011-12-02T09:00:00.000Z';
const SAMPLE = '*Sample text for the demonstration; not from the report.*';
const org = demoOrganizationId;

const section = (key: string, title: string, body: string, practiceIds: string[] = []): ToolSection => ({
  key,
  title,
  body: `${body}\n\n${SAMPLE}`,
  examples: practiceIds.map((practiceId) => ({ practiceId, url: null, title: null })),
});

const content = (c: Partial<ToolContent> & Pick<ToolContent, 'title' | 'summary' | 'sections'>): ToolContent => ({
  language: 'en',
  themes: [],
  countries: [],
  languages: ['en'],
  dataSources: [],
  year: null,
  preparationStep: null,
  ...c,
});

interface DemoTool {
  name: string;
  kind: PolicyToolKind;
  owner: string;
  ownerCountry: string | null;
  contributors: Contributor[];
  content: ToolContent;
  releaseNotes: string;
  translations?: Array<{ language: ToolLanguage; title: string; summary: string }>;
}

const TOOLS: DemoTool[] = [
  {
    // paras 200-204: IOM and MPI, funded by the Netherlands and Switzerland; the GIZ pilot programme is one of its examples
    name: 'diaspora-handbook',
    kind: 'HANDBOOK',
    owner: 'iom',
    ownerCountry: null,
    contributors: [
      { organizationId: org('mpi'), role: 'AUTHOR' },
      { organizationId: org('nl'), role: 'FUNDER' },
      { organizationId: org('ch'), role: 'FUNDER' },
    ],
    content: content({
      title: 'Handbook on engaging diasporas in development',
      summary:
        "A user-friendly handbook of governments' diaspora practices and a road map for engaging diasporas; built from a two-part survey of GFMD members, in-depth interviews and literature review. A living document, updated with new examples.",
      themes: ['diaspora'],
      sections: [
        section('road-map', 'A road map for governments', 'Steps a government may take to engage its diaspora in development.'),
        section(
          'migrant-associations',
          'Supporting migrant associations',
          'Programmes that support development projects of migrant associations in their countries of origin.',
          [demoPracticeId('de-migrant-associations')],
        ),
      ],
    }),
    releaseNotes: 'First edition.',
  },
  {
    // para 201: JMDI's complementary handbook on civil society action, online in English and French
    name: 'jmdi-civil-society-handbook',
    kind: 'HANDBOOK',
    owner: 'jmdi',
    ownerCountry: null,
    contributors: [],
    content: content({
      title: 'Handbook on civil society action in migration and development',
      summary: "JMDI's handbook complementing the diaspora handbook, on the action of civil society.",
      languages: ['en', 'fr'],
      sections: [section('civil-society-action', 'Civil society action', 'How civil society organisations act in migration and development.')],
    }),
    releaseNotes: 'First edition, in English and French.',
    translations: [
      {
        language: 'fr',
        title: "Manuel sur l'action de la société civile en matière de migration et de développement",
        summary: "Le manuel de l'ICMD sur l'action de la société civile, complément du manuel sur les diasporas.",
      },
    ],
  },
  ...(
    [
      ['ph', 'PHL', 'Philippines'],
      ['md', 'MDA', 'Republic of Moldova'],
    ] as const
  ).map(([owner, country, name]): DemoTool => ({
    // paras 208-210: profiles owned by their governments, prepared with IOM (and ILO)
    name: `migration-profile-${owner}`,
    kind: 'MIGRATION_PROFILE',
    owner,
    ownerCountry: country,
    contributors: [
      { organizationId: org('iom'), role: 'CONTRIBUTOR' },
      { organizationId: org('ilo'), role: 'CONTRIBUTOR' },
    ],
    content: content({
      title: `Migration profile: ${name}`,
      summary: `The migration profile of ${name}, owned by its government. ${SAMPLE}`,
      themes: ['mainstreaming', 'data'],
      countries: [country],
      sections: [section('overview', 'Overview', `Migration trends of ${name}.`)],
      dataSources: ['Sample text: national statistics'],
      preparationStep: 'data-collection',
    }),
    releaseNotes: 'First edition.',
  })),
];

/**
 * The repository's guidance checklist (paras 208-209: guidance on the often arduous process of
 * preparing a profile; the repository maintained with the ILO and IOM). The report names no
 * steps: these are sample text.
 */
export function demoGuidanceStream(): DemoStream {
  const step = (key: string, title: string): { key: string; title: string; description: string } => ({ key, title, description: SAMPLE });
  const events: ProfileGuidanceEvent[] = [
    {
      type: 'ProfileGuidanceSet',
      data: {
        steps: [
          step('initiation', 'Agree to prepare a profile (sample)'),
          step('data-collection', 'Collect the data (sample)'),
          step('analysis', 'Analyse the data (sample)'),
          step('validation', 'Validate with the government (sample)'),
          step('publication', 'Publish and update (sample)'),
        ],
        maintainers: [org('ilo'), org('iom')],
        at: AT,
      },
    },
  ];
  return {
    stream: PROFILE_GUIDANCE_ID,
    events,
    actor: { accountId: demoAccountId('gfmd-support-unit'), organizationId: org('gfmd-support-unit') },
    occurredAt: AT,
  };
}

/** The demo tools as event streams: drafted and released by their owners (the French translation of JMDI's by JMDI). */
export function demoPolicyToolStreams(): DemoStream[] {
  return TOOLS.map((t) => {
    const toolId = demoPolicyToolId(t.name);
    const first = t.content;
    const events: PolicyToolEvent[] = [
      {
        type: 'PolicyToolDrafted',
        data: { toolId, kind: t.kind, ownerOrganizationId: org(t.owner), ownerCountry: t.ownerCountry, contributors: t.contributors, content: first, at: AT },
      },
      { type: 'PolicyToolEditionReleased', data: { number: 1, content: first, releaseNotes: t.releaseNotes, exampleIds: [], at: AT } },
      ...(t.translations ?? []).map((tr): PolicyToolEvent => ({
        type: 'PolicyToolTranslationAdded',
        data: {
          translation: {
            ...tr,
            edition: 1,
            sections: first.sections.map((s) => ({ key: s.key, title: s.title, body: `${SAMPLE}` })),
            complete: true,
            addedAt: AT,
          },
        },
      })),
    ];
    return { stream: toolId, events, actor: { accountId: demoAccountId(t.owner), organizationId: org(t.owner) }, occurredAt: AT };
  });
}

/** Idempotent: fixed stream ids, so a second boot (or a second process) appends nothing. */
export const seedDemoPolicyTools = (store: EventStore): Promise<number> => appendDemoStreams(store, [demoGuidanceStream(), ...demoPolicyToolStreams()]);

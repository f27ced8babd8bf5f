import { fold } from '@pfp/kernel';
import { DeciderSpecification, member } from '@pfp/testing';
import { AT, drafted, LATER, PRACTICE_ID, released, sampleContent, sampleSection, TOOL_ID } from '../testing/tool-fixtures';
import { policyToolAggregate } from './decide';
import { nextEditionContent, type ExistingPolicyTool, type PolicyToolEvent } from './policy-tool';

const spec = DeciderSpecification(policyToolAggregate);
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const mpi = member('organization-mpi', 'ACADEMIA');
const nl = member('organization-nl', 'STATE', { country: 'NLD' });
const ph = member('organization-ph', 'STATE', { country: 'PHL' });
const icmc = member('organization-icmc', 'CIVIL_SOCIETY');
const content = sampleContent();
const draftData = { toolId: TOOL_ID, kind: 'HANDBOOK' as const, contributors: [{ organizationId: mpi.organizationId, role: 'AUTHOR' as const }], content };
const proposal = {
  exampleId: 'example-1',
  sectionKey: 'examples',
  practiceId: null,
  url: 'https://example.org/diaspora-bonds',
  title: 'Diaspora bonds',
  note: 'A good one.',
};
const proposed: PolicyToolEvent = { type: 'PolicyToolExampleProposed', data: { ...proposal, proposedBy: mpi.organizationId, at: LATER } };
const accepted: PolicyToolEvent = { type: 'PolicyToolExampleAccepted', data: { exampleId: 'example-1', at: LATER } };
const translation = {
  language: 'fr' as const,
  edition: null,
  title: 'Manuel',
  summary: '',
  sections: [{ key: 'road-map', title: 'Feuille de route', body: 'Texte.' }],
  complete: false,
};

describe('PolicyTool', () => {
  describe('draft', () => {
    it('is drafted by its owner, the organisation acting', () =>
      spec
        .given([])
        .when({ type: 'DraftPolicyTool', actor: iom, at: AT, data: draftData })
        .then([{ type: 'PolicyToolDrafted', data: { ...draftData, ownerOrganizationId: iom.organizationId, ownerCountry: null, at: AT } }]));
    it('is refused to a visitor', () =>
      spec.given([]).when({ type: 'DraftPolicyTool', actor: null, at: AT, data: draftData }).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('is refused twice', () =>
      spec.given([drafted()]).when({ type: 'DraftPolicyTool', actor: iom, at: AT, data: draftData }).thenThrows('POLICY_TOOL.ALREADY_DRAFTED', 'CONFLICT'));
    it('refuses an empty title, a bad language, a bad section key and an oversized body', () =>
      spec
        .given([])
        .when({
          type: 'DraftPolicyTool',
          actor: iom,
          at: AT,
          data: {
            ...draftData,
            content: sampleContent({ title: ' ', language: 'de' as never, sections: [sampleSection('Bad Key', { body: 'x'.repeat(50_001) })] }),
          },
        })
        .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT'));
    it('refuses the owner among its contributors', () =>
      spec
        .given([])
        .when({ type: 'DraftPolicyTool', actor: iom, at: AT, data: { ...draftData, contributors: [{ organizationId: iom.organizationId, role: 'AUTHOR' }] } })
        .thenThrows('POLICY_TOOL.INVALID'));
    it('refuses an example that is neither a practice nor an https link', () =>
      spec
        .given([])
        .when({
          type: 'DraftPolicyTool',
          actor: iom,
          at: AT,
          data: {
            ...draftData,
            content: sampleContent({ sections: [sampleSection('a', { examples: [{ practiceId: null, url: 'http://example.org', title: 'x' }] })] }),
          },
        })
        .thenThrows('POLICY_TOOL.INVALID'));
    it('lets a state draft the migration profile of its own country', () =>
      spec
        .given([])
        .when({
          type: 'DraftPolicyTool',
          actor: ph,
          at: AT,
          data: { ...draftData, kind: 'MIGRATION_PROFILE', contributors: [], content: sampleContent({ countries: ['PHL'], year: 2011 }) },
        })
        .then([
          {
            type: 'PolicyToolDrafted',
            data: {
              toolId: TOOL_ID,
              kind: 'MIGRATION_PROFILE',
              contributors: [],
              content: sampleContent({ countries: ['PHL'], year: 2011 }),
              ownerOrganizationId: ph.organizationId,
              ownerCountry: 'PHL',
              at: AT,
            },
          },
        ]));
    it('refuses a migration profile to an organisation that is not a state', () =>
      spec
        .given([])
        .when({
          type: 'DraftPolicyTool',
          actor: iom,
          at: AT,
          data: { ...draftData, kind: 'MIGRATION_PROFILE', content: sampleContent({ countries: ['PHL'] }) },
        })
        .thenThrows('POLICY_TOOL.PROFILE_OWNED_BY_ITS_STATE', 'FORBIDDEN'));
    it("refuses a state's profile of another country", () =>
      spec
        .given([])
        .when({
          type: 'DraftPolicyTool',
          actor: ph,
          at: AT,
          data: { ...draftData, kind: 'MIGRATION_PROFILE', contributors: [], content: sampleContent({ countries: ['MDA'] }) },
        })
        .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT'));
    it('refuses a preparation step outside migration profiles', () =>
      spec
        .given([])
        .when({ type: 'DraftPolicyTool', actor: iom, at: AT, data: { ...draftData, content: sampleContent({ preparationStep: 'data-collection' }) } })
        .thenThrows('POLICY_TOOL.INVALID'));
  });

  describe('revise', () => {
    const revised = sampleContent({ summary: 'A road map, revised.' });
    it('is revised by an author', () =>
      spec
        .given([drafted()])
        .when({ type: 'RevisePolicyTool', actor: mpi, at: LATER, data: { content: revised, contributors: [] } })
        .then([{ type: 'PolicyToolRevised', data: { content: revised, contributors: [], at: LATER } }]));
    it('records nothing when nothing changes', () => {
      const d = drafted();
      const { content: c, contributors } = (d as Extract<PolicyToolEvent, { type: 'PolicyToolDrafted' }>).data;
      spec
        .given([d])
        .when({ type: 'RevisePolicyTool', actor: iom, at: LATER, data: { content: c, contributors } })
        .then([]);
    });
    it('is refused to a funder', () =>
      spec
        .given([drafted()])
        .when({ type: 'RevisePolicyTool', actor: nl, at: LATER, data: { content: revised, contributors: [] } })
        .thenThrows('POLICY_TOOL.NOT_EDITOR', 'FORBIDDEN'));
    it('is refused on a tool that does not exist', () =>
      spec
        .given([])
        .when({ type: 'RevisePolicyTool', actor: iom, at: LATER, data: { content: revised, contributors: [] } })
        .thenThrows('POLICY_TOOL.NOT_FOUND', 'NOT_FOUND'));
    it('keeps a released tool released while its next edition is drafted', () => {
      const state = fold(policyToolAggregate, [
        drafted(),
        released(),
        { type: 'PolicyToolRevised', data: { content: revised, contributors: [], at: LATER } },
      ]) as ExistingPolicyTool;
      expect(state.status).toBe('RELEASED');
      expect(state.tool.editions[0].content.summary).toBe('A road map.');
      expect(state.tool.draft.summary).toBe('A road map, revised.');
    });
    it('refuses invalid content', () =>
      spec
        .given([drafted()])
        .when({ type: 'RevisePolicyTool', actor: iom, at: LATER, data: { content: sampleContent({ title: '' }), contributors: [] } })
        .thenThrows('POLICY_TOOL.INVALID'));
  });

  describe('release', () => {
    it('releases the first edition', () =>
      spec
        .given([drafted()])
        .when({ type: 'ReleasePolicyToolEdition', actor: iom, at: AT, data: { releaseNotes: 'First edition.' } })
        .then([released()]));
    it('puts the accepted examples into the next edition', () => {
      const withExample = sampleContent();
      withExample.sections[1] = {
        ...withExample.sections[1],
        examples: [...withExample.sections[1].examples, { practiceId: null, url: proposal.url, title: proposal.title }],
      };
      spec
        .given([drafted(), released(), proposed, accepted])
        .when({ type: 'ReleasePolicyToolEdition', actor: iom, at: LATER, data: { releaseNotes: 'A new example.' } })
        .then([
          {
            type: 'PolicyToolEditionReleased',
            data: { number: 2, content: withExample, releaseNotes: 'A new example.', exampleIds: ['example-1'], at: LATER },
          },
        ]);
      const state = fold(policyToolAggregate, [
        drafted(),
        released(),
        proposed,
        accepted,
        { type: 'PolicyToolEditionReleased', data: { number: 2, content: withExample, releaseNotes: 'x', exampleIds: ['example-1'], at: LATER } },
      ]) as ExistingPolicyTool;
      expect(state.tool.examples[0].edition).toBe(2);
      expect(nextEditionContent(state.tool).exampleIds).toEqual([]);
    });
    it('refuses an edition with nothing new', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'ReleasePolicyToolEdition', actor: iom, at: LATER, data: { releaseNotes: 'Again.' } })
        .thenThrows('POLICY_TOOL.NOTHING_TO_RELEASE', 'BAD_USER_INPUT'));
    it('refuses empty release notes', () =>
      spec
        .given([drafted()])
        .when({ type: 'ReleasePolicyToolEdition', actor: iom, at: LATER, data: { releaseNotes: '  ' } })
        .thenThrows('POLICY_TOOL.INVALID'));
    it('is refused to an author: only the owner releases', () =>
      spec
        .given([drafted()])
        .when({ type: 'ReleasePolicyToolEdition', actor: mpi, at: LATER, data: { releaseNotes: 'x' } })
        .thenThrows('POLICY_TOOL.NOT_OWNER', 'FORBIDDEN'));
  });

  describe('translations', () => {
    it('adds a translation of the current edition', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'AddPolicyToolTranslation', actor: mpi, at: LATER, data: translation })
        .then([{ type: 'PolicyToolTranslationAdded', data: { translation: { ...translation, edition: 1, addedAt: LATER } } }]));
    it('refuses a tool with no edition yet', () =>
      spec
        .given([drafted()])
        .when({ type: 'AddPolicyToolTranslation', actor: iom, at: LATER, data: translation })
        .thenThrows('POLICY_TOOL.NO_SUCH_EDITION', 'BAD_USER_INPUT'));
    it('refuses the original language', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'AddPolicyToolTranslation', actor: iom, at: LATER, data: { ...translation, language: 'en' } })
        .thenThrows('POLICY_TOOL.TRANSLATION_IN_ORIGINAL_LANGUAGE'));
    it('refuses a language that is not a UN language', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'AddPolicyToolTranslation', actor: iom, at: LATER, data: { ...translation, language: 'de' as never } })
        .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT'));
    it('refuses a section the edition does not have', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'AddPolicyToolTranslation', actor: iom, at: LATER, data: { ...translation, sections: [{ key: 'nowhere', title: 'x', body: '' }] } })
        .thenThrows('POLICY_TOOL.INVALID'));
    it('is refused to an organisation that does not work on the tool', () =>
      spec
        .given([drafted(), released()])
        .when({ type: 'AddPolicyToolTranslation', actor: icmc, at: LATER, data: translation })
        .thenThrows('POLICY_TOOL.NOT_EDITOR', 'FORBIDDEN'));
  });

  describe('examples', () => {
    it('anyone signed in proposes one', () =>
      spec.given([drafted(), released()]).when({ type: 'ProposePolicyToolExample', actor: mpi, at: LATER, data: proposal }).then([proposed]));
    it('is refused to a visitor', () =>
      spec
        .given([drafted()])
        .when({ type: 'ProposePolicyToolExample', actor: null, at: LATER, data: proposal })
        .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('refuses an unknown section', () =>
      spec
        .given([drafted()])
        .when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: { ...proposal, sectionKey: 'nowhere' } })
        .thenThrows('POLICY_TOOL.NO_SUCH_SECTION'));
    it('refuses a link that is not https, and both a practice and a link', () => {
      spec
        .given([drafted()])
        .when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: { ...proposal, url: 'javascript:alert(1)' } })
        .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT');
      spec
        .given([drafted()])
        .when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: { ...proposal, practiceId: 'practice-x' } })
        .thenThrows('POLICY_TOOL.INVALID', 'BAD_USER_INPUT');
    });
    it('refuses a practice the section gives already', () =>
      spec
        .given([drafted()])
        .when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: { ...proposal, url: null, title: null, practiceId: PRACTICE_ID } })
        .thenThrows('POLICY_TOOL.EXAMPLE_EXISTS', 'CONFLICT'));
    it('the owner accepts one', () =>
      spec
        .given([drafted(), proposed])
        .when({ type: 'AcceptPolicyToolExample', actor: iom, at: LATER, data: { exampleId: 'example-1' } })
        .then([accepted]));
    it('the owner declines one, saying why', () =>
      spec
        .given([drafted(), proposed])
        .when({ type: 'DeclinePolicyToolExample', actor: iom, at: LATER, data: { exampleId: 'example-1', reason: ' Out of scope. ' } })
        .then([{ type: 'PolicyToolExampleDeclined', data: { exampleId: 'example-1', reason: 'Out of scope.', at: LATER } }]));
    it('a decline needs a reason', () =>
      spec
        .given([drafted(), proposed])
        .when({ type: 'DeclinePolicyToolExample', actor: iom, at: LATER, data: { exampleId: 'example-1', reason: '' } })
        .thenThrows('POLICY_TOOL.INVALID'));
    it('only the owner decides', () => {
      spec
        .given([drafted(), proposed])
        .when({ type: 'AcceptPolicyToolExample', actor: mpi, at: LATER, data: { exampleId: 'example-1' } })
        .thenThrows('POLICY_TOOL.NOT_OWNER', 'FORBIDDEN');
      spec
        .given([drafted(), proposed])
        .when({ type: 'DeclinePolicyToolExample', actor: icmc, at: LATER, data: { exampleId: 'example-1', reason: 'x' } })
        .thenThrows('POLICY_TOOL.NOT_OWNER', 'FORBIDDEN');
    });
    it('refuses a proposal id used already', () =>
      spec
        .given([drafted(), proposed])
        .when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: proposal })
        .thenThrows('POLICY_TOOL.EXAMPLE_EXISTS', 'CONFLICT'));
    it('on a tool that does not exist, answers NOT_FOUND before any FORBIDDEN', () => {
      spec.given([]).when({ type: 'ProposePolicyToolExample', actor: icmc, at: LATER, data: proposal }).thenThrows('POLICY_TOOL.NOT_FOUND', 'NOT_FOUND');
      spec
        .given([])
        .when({ type: 'AcceptPolicyToolExample', actor: icmc, at: LATER, data: { exampleId: 'example-1' } })
        .thenThrows('POLICY_TOOL.NOT_FOUND', 'NOT_FOUND');
    });
    it('an unknown example is not found', () =>
      spec
        .given([drafted()])
        .when({ type: 'AcceptPolicyToolExample', actor: iom, at: LATER, data: { exampleId: 'example-9' } })
        .thenThrows('POLICY_TOOL.NO_SUCH_EXAMPLE', 'NOT_FOUND'));
    it('an example is decided once', () =>
      spec
        .given([drafted(), proposed, accepted])
        .when({ type: 'DeclinePolicyToolExample', actor: iom, at: LATER, data: { exampleId: 'example-1', reason: 'x' } })
        .thenThrows('POLICY_TOOL.EXAMPLE_ALREADY_DECIDED', 'CONFLICT'));
  });
});

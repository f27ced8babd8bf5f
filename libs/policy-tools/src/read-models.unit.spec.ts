import { InMemoryEventStore } from '@pfp/event-store';
import { member } from '@pfp/testing';
import { POLICY_TOOL_EVENT_TYPES, type Edition } from './domain/policy-tool';
import { policyToolDetailsHandlers } from './policy-tool-details/policy-tool-details.projection';
import { editionDifferences } from './policy-tool-differences/differences';
import { PROFILE_GUIDANCE_ID } from './domain/profile-guidance';
import { demoGuidanceStream } from './surface/demo-policy-tools';
import { policyToolHistory, profileGuidanceHistory } from './surface/policy-tool-history';
import { AT, drafted, LATER, proposedLink, released, sampleContent, sampleSection, TOOL_ID } from './testing/tool-fixtures';

const edition = (number: number, content = sampleContent()): Edition => ({ number, content, releaseNotes: `Edition ${number}`, releasedAt: AT });

describe('policy tool read models', () => {
  it('policy-tool-details names every event type', () => {
    expect(Object.keys(policyToolDetailsHandlers).sort()).toEqual([...POLICY_TOOL_EVENT_TYPES].sort());
  });
});

describe('the differences between two editions', () => {
  it('names the fields that changed and every section, added, removed, changed or not, with both versions', () => {
    const before = sampleContent({ sections: [sampleSection('a'), sampleSection('b'), sampleSection('gone')] });
    const after = sampleContent({
      summary: 'A new summary.',
      themes: ['diaspora', 'remittances'],
      sections: [sampleSection('a'), sampleSection('b', { body: 'Changed words.' }), sampleSection('new')],
    });
    const { fields, sections } = editionDifferences(edition(1, before), edition(2, after));
    expect(fields).toEqual([
      { field: 'summary', before: 'A road map.', after: 'A new summary.' },
      { field: 'themes', before: 'diaspora', after: 'diaspora, remittances' },
    ]);
    expect(sections.map((s) => [s.key, s.change])).toEqual([
      ['a', 'UNCHANGED'],
      ['b', 'CHANGED'],
      ['new', 'ADDED'],
      ['gone', 'REMOVED'],
    ]);
    expect([sections[1].before!.body, sections[1].after!.body]).toEqual(['Some **text**.', 'Changed words.']);
    expect(sections[3].after).toBeNull();
  });
});

describe('the history of a tool', () => {
  const store = new InMemoryEventStore();
  const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
  const icmc = member('organization-icmc', 'CIVIL_SOCIETY');
  const se = member('organization-se', 'STATE');
  const draftOnly = 'policyTool-00000000-0000-4000-8000-0000000000d0';
  beforeAll(async () => {
    await store.appendToStream(TOOL_ID, [
      drafted(),
      released(),
      proposedLink('example-1', icmc.organizationId),
      { type: 'PolicyToolExampleDeclined', data: { exampleId: 'example-1', reason: 'Out of scope.', at: LATER } },
    ]);
    await store.appendToStream(draftOnly, [drafted()]);
  });

  it('is public once released, with the fields each event changed; a decline says why to the owner and the proposer only', async () => {
    const entries = await policyToolHistory(store).entries(TOOL_ID, null);
    expect(entries.map((e) => e.type)).toEqual(['PolicyToolDrafted', 'PolicyToolEditionReleased', 'PolicyToolExampleProposed', 'PolicyToolExampleDeclined']);
    expect(entries[1].changes).toContainEqual({ field: 'edition', before: '0', after: '1' });
    expect(entries[3].reason).toBeNull();
    expect((await policyToolHistory(store).entries(TOOL_ID, iom))[3].reason).toBe('Out of scope.');
    expect((await policyToolHistory(store).entries(TOOL_ID, icmc))[3].reason).toBe('Out of scope.');
    expect((await policyToolHistory(store).entries(TOOL_ID, se))[3].reason).toBeNull();
  });

  it('of a draft, only its owner and editors read', async () => {
    expect(await policyToolHistory(store).entries(draftOnly, se)).toEqual([]);
    expect(await policyToolHistory(store).entries(draftOnly, null)).toEqual([]);
    expect((await policyToolHistory(store).entries(draftOnly, iom)).map((e) => e.type)).toEqual(['PolicyToolDrafted']);
  });
});

describe('the history of the guidance checklist', () => {
  it('gives each step as a field', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(PROFILE_GUIDANCE_ID, [...demoGuidanceStream().events]);
    const [entry] = await profileGuidanceHistory(store).entries(PROFILE_GUIDANCE_ID, null);
    expect(entry.type).toBe('ProfileGuidanceSet');
    expect(entry.changes).toContainEqual({ field: 'step.data-collection', before: null, after: '2. Collect the data (sample)' });
  });
});

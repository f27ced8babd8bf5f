import { InMemoryEventStore } from '@pfp/event-store';
import { projectLiveMapping, projectSubject, projectTopic, type ProjectLiveMessage } from './project-subject';
import { launchData } from '../testing';

const PROJECT = 'project-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const at = '2011-06-01T00:00:00.000Z';
const launched = {
  type: 'PartnershipProjectLaunched',
  data: launchData({
    id: PROJECT,
    title: 'Confidential',
    visibility: 'PARTNERS',
    partners: [{ organizationId: 'organization-hn', role: 'PARTNER' }],
    launchedAt: at,
  }),
};
const update = {
  type: 'ProjectUpdatePosted',
  data: { id: 'u1', text: 'For partners only.', metrics: [], videoUrl: null, organizationId: 'organization-mx', postedAt: at },
};

describe("projects' surface", () => {
  it('publishes the project as each event left it, to its readers, and the feed sees the same readers', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(PROJECT, [launched, update], { context: { actor: null, occurredAt: at } });
    const updates = await projectLiveMapping(store).map(await store.readStream(PROJECT));
    expect(updates.map((u) => [u.message?.topic, (u.message?.payload as ProjectLiveMessage).project.updates.length, u.subject?.readers])).toEqual([
      [projectTopic(PROJECT), 0, ['organization-mx', 'organization-hn']],
      [projectTopic(PROJECT), 1, ['organization-mx', 'organization-hn']],
    ]);
  });

  it("gives a partners-only project its partners as the feed's readers", () => {
    const subject = projectSubject(null as never);
    expect(subject.changes.PartnershipProjectLaunched?.(launched.data as never)).toEqual({
      title: 'Confidential',
      readers: ['organization-mx', 'organization-hn'],
    });
    expect(subject.feedTexts.ProjectUpdatePosted?.(update.data)).toEqual({ text: 'For partners only.', metrics: [] });
  });
});

import { renderMail } from '@pfp/mail';
import { digestData } from './digests';

describe('digestData', () => {
  it('groups the news by what they are about, with their metrics, each group linking to its subject', async () => {
    const item = (subjectId: string, subjectTitle: string, text: string, metrics: Array<{ indicator: string; value: number }> = []) => ({
      id: text,
      subjectId,
      subjectKind: 'PROJECT',
      subjectTitle,
      type: 'ProjectUpdatePosted',
      text,
      metrics,
      occurredAt: '2011-11-30T10:00:00.000Z',
    });
    const project = 'project-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
    const data = digestData(
      [
        item(project, 'Protection of unaccompanied migrant children', '3,500 officials trained', [{ indicator: 'officials trained', value: 3500 }]),
        item('garden-x', 'Migration Profiles Repository', 'French translation asked for'),
        item(project, 'Protection of unaccompanied migrant children', 'Second course'),
      ],
      'DAILY',
      'https://pfp.example',
    );
    expect(data.groups.map((g) => g.url)).toEqual([`https://pfp.example/projects/${project}`, undefined]);
    const { text, subject } = await renderMail({ template: 'digest', data }, 'en');
    expect(subject).toBe('Platform for Partnerships: 3 update(s) on what you follow');
    expect(text).toContain('daily digest');
    expect(text.match(/Protection of unaccompanied migrant children\n/g)).toHaveLength(1);
    expect(text).toContain('* 2011-11-30 3,500 officials trained (officials trained: 3500)');
    expect(text.indexOf('Second course')).toBeLessThan(text.indexOf('Migration Profiles Repository'));
  });
});

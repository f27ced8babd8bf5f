import { digestText } from './digests';

describe('digestText', () => {
  it('groups the news by what they are about, with their metrics', () => {
    const item = (subjectTitle: string, text: string, metrics: Array<{ indicator: string; value: number }> = []) => ({
      id: text,
      subjectId: 'garden-x',
      subjectKind: 'GARDEN',
      subjectTitle,
      type: 'GardenNewsPosted',
      text,
      metrics,
      occurredAt: '2011-11-30T10:00:00.000Z',
    });
    const text = digestText(
      [
        item('Protection of unaccompanied migrant children', '3,500 officials trained', [{ indicator: 'officials trained', value: 3500 }]),
        item('Migration Profiles Repository', 'French translation asked for'),
        item('Protection of unaccompanied migrant children', 'Second course'),
      ],
      'DAILY',
    );
    expect(text).toContain('daily digest');
    expect(text.match(/Protection of unaccompanied migrant children\n/g)).toHaveLength(1);
    expect(text).toContain('* 2011-11-30 3,500 officials trained (officials trained: 3500)');
    expect(text.indexOf('Second course')).toBeLessThan(text.indexOf('Migration Profiles Repository'));
  });
});

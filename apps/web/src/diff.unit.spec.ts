import { diffWords } from './diff';

describe('diffWords', () => {
  it('marks what was removed and added between revisions', () => {
    expect(diffWords('Diaspora bonds for housing', 'Diaspora bonds for schools')).toEqual([
      { kind: 'same', text: 'Diaspora bonds for ' },
      { kind: 'removed', text: 'housing' },
      { kind: 'added', text: 'schools' },
    ]);
  });

  it('returns the text unchanged when nothing differs', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});

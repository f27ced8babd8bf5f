import { checkText, graphemeClusters, isBlank, isCalendarDate, isDateTime, isPartialDate, textFault, textLength } from './text';

describe('text as a person counts it', () => {
  it('counts user-perceived characters', () => {
    expect(textLength('😀'.repeat(150))).toBe(150);
    expect(textLength('🇫🇷')).toBe(1);
    expect(textLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(textLength('e\u0301')).toBe(1);
    expect(checkText('😀'.repeat(200), { max: 200 })).toBeNull();
    expect(checkText('😀'.repeat(201), { max: 200 })).toBe('must be at most 200 characters');
    expect(checkText('a'.repeat(10_000), { max: 200 })).toBe('must be at most 200 characters');
  });

  it('segments a window at a time into exactly the clusters of the whole string', () => {
    const whole = (text: string): string[] => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
    // clusters that span code units: a family, flags (regional indicator pairs), skin tones, combining marks, CR LF, Hangul jamo, Devanagari conjuncts
    const pieces = ['a', '😀', '👨‍👩‍👧‍👦', '🇫🇷', '🇲🇽', '👍🏽', 'e\u0301\u0302', '\r\n', '\u1100\u1161\u11A8', 'क्षि', 'ب', ' ', '🏳️‍🌈', 'x\u0301'.repeat(3)];
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
      const expected = whole(text);
      for (const window of [1, 2, 3, 5, 8, 13]) expect({ window, text, clusters: [...graphemeClusters(text, window)] }).toEqual({ window, text, clusters: expected });
    }
    // a run of regional indicators pairs from its start, whatever the window
    const flags = '🇫🇷🇲🇽🇯🇵'.repeat(5) + '🇫';
    for (const window of [1, 3, 4, 7]) expect([...graphemeClusters(flags, window)]).toEqual(whole(flags));
    // one cluster longer than the window (stacked marks) stays one
    const zalgo = 'a' + '\u0301'.repeat(50) + 'b';
    expect([...graphemeClusters(zalgo, 4)]).toEqual(whole(zalgo));
  });

  it('counts long text the way it counts short text (50,001 emoji are over 50,000)', () => {
    expect(checkText('😀'.repeat(50_001), { max: 50_000 })).toBe('must be at most 50000 characters');
    expect(checkText('😀'.repeat(50_000), { max: 50_000 })).toBeNull();
    expect(textLength('مرحبا '.repeat(10_000))).toBe(60_000);
  });

  it('treats text made only of invisible characters as empty', () => {
    expect(isBlank('\u200B\u200C\u200D\u2060\uFEFF \u200E\u200F\u202E\u2066\u00AD\t\n\u3000\u2800')).toBe(true);
    expect(isBlank('a\u200B')).toBe(false);
    expect(checkText('\u200B\u200B', { max: 10, required: true })).toBe('must not be empty');
    expect(checkText('', { max: 10 })).toBeNull();
  });

  it('refuses NUL and other controls, keeps tab and line breaks', () => {
    expect(textFault('a\u0000b')).toBe('must not contain control characters (U+0000)');
    expect(textFault('a\u001Bb')).toContain('U+001B');
    expect(textFault('a\u0085b')).toContain('U+0085');
    expect(textFault('a\nb\tc\r\n')).toBeNull();
    expect(textFault('x\uD800y')).toContain('lone surrogate');
    expect(textFault('😀')).toBeNull();
  });

  it('accepts only dates that exist', () => {
    expect(isCalendarDate('2011-02-28')).toBe(true);
    expect(isCalendarDate('2012-02-29')).toBe(true);
    expect(isCalendarDate('2011-02-29')).toBe(false);
    expect(isCalendarDate('2011-02-30')).toBe(false);
    expect(isCalendarDate('2011-04-31')).toBe(false);
    expect(isCalendarDate('2011-00-10')).toBe(false);
    expect(isCalendarDate('2011-2-3')).toBe(false);
    expect(isPartialDate('2011')).toBe(true);
    expect(isPartialDate('2011-12')).toBe(true);
    expect(isPartialDate('2011-13')).toBe(false);
    expect(isPartialDate('2011-02-30')).toBe(false);
    expect(isDateTime('2011-02-28T10:00:00Z')).toBe(true);
    expect(isDateTime('2011-02-28T10:00:00.123+01:00')).toBe(true);
    expect(isDateTime('2011-02-30T00:00:00Z')).toBe(false);
    expect(isDateTime('2011-02-28T24:00:00Z')).toBe(false);
    expect(isDateTime('2011-02-28')).toBe(false);
    expect(isDateTime('garbage')).toBe(false);
  });
});

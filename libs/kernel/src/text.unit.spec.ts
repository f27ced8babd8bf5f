import { checkText, isBlank, isCalendarDate, isDateTime, isPartialDate, textFault, textLength } from './text';

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

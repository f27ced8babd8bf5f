// Text as a person sees it: lengths in user-perceived characters (grapheme clusters), text
// that shows nothing counted as empty, and the characters no field may hold.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Node 20's Intl.Segmenter slows down with the length of the string it segments, far worse
 * than linearly (measured here: 100,000 ASCII characters 16.9 s, 50,001 emoji 149 s, while
 * 4,000 code units take a few milliseconds): one long field was a denial of service. So text is
 * segmented a window at a time. Every segment of a window but its last is a whole cluster (a
 * boundary depends on the character after it, which the window holds, and on characters before
 * it within the same cluster); the next window starts where that last segment starts, at a true
 * boundary, so the count is the same as over the whole string.
 */
const WINDOW = 2_048;

/** The grapheme clusters of `text` in order, a window at a time (see WINDOW); stops early when the caller stops. */
export function* graphemeClusters(text: string, windowSize = WINDOW): Generator<string> {
  let start = 0;
  let window = windowSize;
  while (start < text.length) {
    let end = Math.min(text.length, start + window);
    // never cut a surrogate pair: a lone half would be a cluster of its own
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    if (end === text.length) {
      for (const s of graphemes.segment(text.slice(start))) yield s.segment;
      return;
    }
    let last = -1;
    let lastSegment = '';
    for (const s of graphemes.segment(text.slice(start, end))) {
      if (last >= 0) yield lastSegment;
      last = s.index;
      lastSegment = s.segment;
    }
    if (last <= 0) {
      // one cluster fills the window (stacked marks), or the window held half a pair: look further
      window *= 2;
      continue;
    }
    start += last;
    window = windowSize;
  }
}

/** The number of characters as a person counts them: 150 emoji are 150, a flag or a family emoji is one. */
export function textLength(text: string): number {
  return countClusters(text, Infinity);
}

/**
 * A user-perceived character is at most this many UTF-16 code units in any text a person
 * writes (a family emoji with skin tones is 19, a subdivision flag 14); longer runs are
 * stacked combining marks. Text over `max * MAX_UNITS_PER_CHARACTER` code units is too long
 * without being segmented, so an oversized value costs nothing to refuse.
 */
const MAX_UNITS_PER_CHARACTER = 32;

/** Clusters counted up to `stopAfter` + 1 at most. */
function countClusters(text: string, stopAfter: number): number {
  let n = 0;
  for (const _ of graphemeClusters(text)) if (++n > stopAfter) break;
  return n;
}

/** Whether `text` is longer than `max` characters (as textLength counts), without segmenting what cannot fit. */
export function isLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > max * MAX_UNITS_PER_CHARACTER) return true;
  return countClusters(text, max) > max;
}

// White space, the default-ignorable code points (zero-width space and joiners, word joiner,
// BOM, soft hyphen, bidi marks and isolates, variation selectors, tags, Hangul fillers) and
// the Braille blank, which renders as nothing.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Whether `text` shows nothing: empty, or only white space and invisible characters. */
export function isBlank(text: string): boolean {
  return INVISIBLE.test(text);
}

// C0 controls but tab, line feed and carriage return (pasted CRLF text), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// In a `u` regex a surrogate pair is one code point: only unpaired halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Why `text` may not be stored as it is, or null: a control character (NUL cannot even be
 * stored by PostgreSQL) or a lone surrogate (not Unicode text).
 */
export function textFault(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) return `must not contain control characters (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (a lone surrogate)';
  return null;
}

/**
 * Why a text field's value is refused, or null: a fault (textFault), `required` and blank,
 * or more than `max` characters.
 */
export function checkText(text: string, rules: { max: number; required?: boolean }): string | null {
  const fault = textFault(text);
  if (fault) return fault;
  if (rules.required && isBlank(text)) return 'must not be empty';
  if (isLongerThan(text, rules.max)) return `must be at most ${rules.max} characters`;
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a calendar date that exists, `YYYY-MM-DD` (2011-02-28 is, 2011-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part existing (a practice's period may be as coarse as a year). */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  return match[3] === undefined || isCalendarDate(text);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** Whether `text` is an ISO 8601 date-time with an offset whose date and time exist (2011-02-30T00:00:00Z does not). */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(text));
}

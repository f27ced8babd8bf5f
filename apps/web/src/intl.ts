/**
 * Numbers, dates and lists in the reader's language through Intl (Arabic gets its own digits
 * and "،" between items, Chinese "、"). Formatters are cached per language: pages format
 * hundreds of values per render.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`date:${language}`, () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' })).format(date);
}

export function formatNumber(value: number, language: string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** `a, b and c` in the reader's language; `unit` style (no "and") when `conjunction` is false. */
export function joinList(items: readonly string[], language: string, conjunction = true): string {
  const type = conjunction ? 'conjunction' : 'unit';
  return cached(`list:${type}:${language}`, () => new Intl.ListFormat(language, { style: 'long', type })).format(items);
}

/** The comma used between items in the reader's language (for hand-built lists). */
export const listSeparator = (language: string): string => (language === 'ar' ? '، ' : language === 'zh' ? '、' : ', ');

/**
 * A new target's key from its indicator ("officials trained" -> officials-trained), unique in the
 * project (retired targets keep theirs: officials-trained-2); target-1, target-2 … when the
 * indicator has no Latin letters or digits to make one of.
 */
export function targetKey(indicator: string, taken: readonly string[]): string {
  const slug = indicator
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  const base = slug || 'target';
  if (slug && !taken.includes(base)) return base;
  for (let n = slug ? 2 : 1; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

import type { Edition, ToolContent, ToolSection } from '../domain/policy-tool';

export type SectionChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface SectionChange {
  key: string;
  change: SectionChangeKind;
  before: ToolSection | null;
  after: ToolSection | null;
}

const FIELDS = ['title', 'summary', 'language', 'themes', 'countries', 'languages', 'dataSources', 'year', 'preparationStep'] as const satisfies ReadonlyArray<
  keyof ToolContent
>;

const asText = (value: unknown): string | null => (value === null || value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value));

/**
 * What changed from one edition to another: the fields that differ (as text), and every section
 * of either, in the later edition's order with the removed ones after, each with both versions
 * so that a reader can mark the words that changed.
 */
export function editionDifferences(from: Edition, to: Edition): { fields: FieldChange[]; sections: SectionChange[] } {
  const fields: FieldChange[] = [];
  for (const field of FIELDS) {
    const before = asText(from.content[field]);
    const after = asText(to.content[field]);
    if (before !== after) fields.push({ field, before, after });
  }
  const earlier = new Map(from.content.sections.map((s) => [s.key, s]));
  const later = new Set(to.content.sections.map((s) => s.key));
  const sections: SectionChange[] = to.content.sections.map((after) => {
    const before = earlier.get(after.key) ?? null;
    const change: SectionChangeKind = !before ? 'ADDED' : JSON.stringify(before) === JSON.stringify(after) ? 'UNCHANGED' : 'CHANGED';
    return { key: after.key, change, before, after };
  });
  for (const before of from.content.sections) if (!later.has(before.key)) sections.push({ key: before.key, change: 'REMOVED', before, after: null });
  return { fields, sections };
}

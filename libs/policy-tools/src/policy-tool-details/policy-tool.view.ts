import { currentEdition, nextEditionContent, type Edition, type Example, type Translation } from '../domain/policy-tool';
import { type PolicyTool, type PolicyToolEdition, type PolicyToolExample, type PolicyToolTranslation } from '../graphql-types';
import type { PolicyToolDocument } from './policy-tool-details.projection';

export const editionView = (e: Edition): PolicyToolEdition => ({
  ...e.content,
  number: e.number,
  releaseNotes: e.releaseNotes,
  releasedAt: new Date(e.releasedAt),
});

export const exampleView = (e: Example, ownerOrganizationId: string): PolicyToolExample => ({
  ...e,
  proposedAt: new Date(e.proposedAt),
  decidedAt: e.decidedAt ? new Date(e.decidedAt) : null,
  reason: e.declineReason,
  ownerOrganizationId,
});

export const translationView = (t: Translation, current: number): PolicyToolTranslation => ({
  ...t,
  outOfDate: t.edition < current,
  addedAt: new Date(t.addedAt),
});

/** A tool as GraphQL serves it, showing `edition` (the current one when null). */
export function policyToolView(doc: PolicyToolDocument, revision: number, edition: number | null = null): PolicyTool {
  const current = currentEdition(doc);
  const shown = edition === null ? current : (doc.editions.find((e) => e.number === edition) ?? null);
  return {
    id: doc.id,
    kind: doc.kind,
    ownerOrganizationId: doc.ownerOrganizationId,
    ownerCountry: doc.ownerCountry,
    contributors: doc.contributors,
    currentEdition: current?.number ?? 0,
    edition: shown ? editionView(shown) : null,
    editions: doc.editions.map((e) => ({ number: e.number, releaseNotes: e.releaseNotes, releasedAt: new Date(e.releasedAt) })),
    translations: doc.translations
      .slice()
      .sort((a, b) => b.edition - a.edition || a.language.localeCompare(b.language))
      .map((t) => translationView(t, current?.number ?? 0)),
    hasUnreleasedChanges: doc.draftChanged || nextEditionContent(doc).exampleIds.length > 0,
    draftedAt: new Date(doc.draftedAt),
    updatedAt: new Date(doc.updatedAt),
    revision,
    document: doc,
  };
}

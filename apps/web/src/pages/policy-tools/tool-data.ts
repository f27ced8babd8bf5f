import { useEffect, useRef, useState } from 'react';
import { request, useLiveRevision } from '../../api';
import type { PolicyToolQuery } from '../../gql/graphql';
import { PartnerNamesDocument, ThemesDocument } from '../practices/documents';
import { CitedPracticeDocument, PolicyToolDocument, PolicyToolUpdatedDocument } from './documents';

export type Tool = NonNullable<PolicyToolQuery['policyTool']>;
export type ToolEdition = NonNullable<Tool['edition']>;
export type ToolSection = ToolEdition['sections'][number];

/** What the tool page shows, loaded at once (and kept at once for offline reading). */
export interface ToolPageData {
  tool: Tool | null;
  /** Organisation names by id (owner, contributors, proposers). */
  names: Record<string, string>;
  /** Theme names in the reader's language, by id. */
  themes: Record<string, string>;
  /** Titles of the practices the edition and the proposals cite, by id. */
  practices: Record<string, { title: string; language: string }>;
}

export async function loadToolPage(id: string, edition: number | null, language: string): Promise<ToolPageData> {
  const [answer, organizations, themes] = await Promise.all([
    request(PolicyToolDocument, { id, edition }),
    request(PartnerNamesDocument),
    request(ThemesDocument, { language }),
  ]);
  const tool = answer.policyTool ?? null;
  const cited = new Set<string>();
  for (const section of tool?.edition?.sections ?? []) for (const example of section.examples) if (example.practiceId) cited.add(example.practiceId);
  for (const example of tool?.examples ?? []) if (example.practiceId) cited.add(example.practiceId);
  const found = await Promise.all([...cited].map((practiceId) => request(CitedPracticeDocument, { id: practiceId }).then((r) => r.practice, () => null)));
  return {
    tool,
    themes: Object.fromEntries(themes.themes.map((theme) => [theme.id, theme.label])),
    names: Object.fromEntries(organizations.organizations.edges.map(({ node }) => [node.id, node.name])),
    practices: Object.fromEntries(found.flatMap((practice) => (practice ? [[practice.id, { title: practice.title, language: practice.language }]] : []))),
  };
}

/**
 * policyToolUpdated while the page is open (the shared useLiveRevision): `onChange` once an event
 * newer than the revision shown arrives (a new edition, an example proposed or decided, a
 * translation); `changed` stays true from then on, for the notice.
 */
export function useToolUpdates(toolId: string, revision: number | null, onChange: () => void): { changed: boolean } {
  const { heard } = useLiveRevision(PolicyToolUpdatedDocument, { toolId }, (message) => message.policyToolUpdated.policyTool, revision !== null);
  const [changed, setChanged] = useState(false);
  const latest = useRef(onChange);
  latest.current = onChange;
  const newer = heard !== null && revision !== null && heard.revision > revision;
  useEffect(() => {
    if (!newer) return;
    setChanged(true);
    latest.current();
  }, [newer, heard?.revision]);
  return { changed };
}

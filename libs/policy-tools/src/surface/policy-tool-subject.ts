import { declareFollowSubjectKind, statesAfter, type FeedText, type FollowableSubject, type LiveMapping } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import type { Actor } from '@pfp/kernel';
import type { DataSource } from 'typeorm';
import { policyToolAggregate } from '../domain/decide';
import { currentEdition, mayEdit, type ExistingPolicyTool, type PolicyTool, type PolicyToolEvent } from '../domain/policy-tool';
import { documentOf, type PolicyToolDocument } from '../policy-tool-details/policy-tool-details.projection';

export const POLICY_TOOL_SUBJECT_KIND = declareFollowSubjectKind('POLICY_TOOL');
export const policyToolTopic = (id: string): string => `pfp.policyTool.${id}`;

/** What policyToolUpdated receives: the tool just after the event. JSON only (it may cross Redis). */
export interface PolicyToolLiveMessage {
  type: string;
  revision: number;
  occurredAt: string;
  tool: PolicyToolDocument;
  /** null: anyone may read it (released); else the organisations that may (a draft's editors). */
  readers: string[] | null;
}

const told = (text: string): FeedText => ({ text, metrics: [] });

/** Who reads a tool: everyone once released; before, its owner and editors. */
export const readersOf = (state: ExistingPolicyTool): string[] | null =>
  state.status === 'RELEASED'
    ? null
    : [state.tool.ownerOrganizationId, ...state.tool.contributors.filter((c) => c.role !== 'FUNDER').map((c) => c.organizationId)];

const titleOf = (tool: PolicyTool): string => currentEdition(tool)?.content.title ?? tool.draft.title;

/** A tool can be followed by whoever may read it; its followers hear of each new edition and of accepted examples. */
export function policyToolSubject(dataSource: DataSource): FollowableSubject<PolicyToolEvent> {
  return {
    category: policyToolAggregate.category,
    kind: POLICY_TOOL_SUBJECT_KIND,
    async mayFollow(id: string, actor: Actor) {
      const rows: Array<{ doc: PolicyToolDocument }> = await dataSource.query(`SELECT doc FROM policy_tools WHERE id = $1`, [id]);
      return rows.length > 0 && (rows[0].doc.status === 'RELEASED' || mayEdit(rows[0].doc, actor.organizationId));
    },
    ownersOf: async (id) =>
      ((await dataSource.query(`SELECT owner_organization_id AS id FROM policy_tools WHERE id = $1`, [id])) as Array<{ id: string }>).map((r) => r.id),
    changes: {
      PolicyToolDrafted: (d) => ({
        title: d.content.title,
        readers: [d.ownerOrganizationId, ...d.contributors.filter((c) => c.role !== 'FUNDER').map((c) => c.organizationId)],
      }),
      PolicyToolEditionReleased: (d) => ({ title: d.content.title, readers: null }),
    },
    feedTexts: {
      PolicyToolEditionReleased: (d) => told(`Edition ${d.number} released: ${d.releaseNotes}`),
      PolicyToolExampleProposed: () => told('A new example was proposed.'),
      PolicyToolExampleAccepted: () => told('A proposed example was accepted for the next edition.'),
      PolicyToolTranslationAdded: (d) => told(`A translation (${d.translation.language}) of edition ${d.translation.edition} was added.`),
    },
  };
}

/** Each event publishes the tool as it left it, and goes to the live feed of the tool's followers. */
export function policyToolLiveMapping(store: EventStore): LiveMapping {
  return {
    category: policyToolAggregate.category,
    async map(events) {
      const states = await statesAfter(store, policyToolAggregate, events);
      return states.flatMap(({ event, state }) => {
        if (state.status === 'NONE') return [];
        const readers = readersOf(state);
        const payload: PolicyToolLiveMessage = {
          type: event.type,
          revision: event.revision,
          occurredAt: event.metadata.occurredAt,
          tool: documentOf(state),
          readers,
        };
        return [{ event, message: { topic: policyToolTopic(event.streamName), payload }, subject: { title: titleOf(state.tool), readers } }];
      });
    },
  };
}

import { declareFollowSubjectKind, statesAfter, type FollowableSubject, type LiveMapping } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import type { DataSource } from 'typeorm';
import { partnershipProjectAggregate } from '../domain/decide';
import { readersOf, type PartnershipProjectEvent, type ProjectDetails, type ProjectStatus } from '../domain/partnership-project';

export const PROJECT_SUBJECT_KIND = declareFollowSubjectKind('PROJECT');
export const projectTopic = (id: string): string => `pfp.project.${id}`;

/** What projectUpdated receives: the project just after the event. JSON only (it may cross Redis). */
export interface ProjectLiveMessage {
  type: string;
  revision: number;
  occurredAt: string;
  status: ProjectStatus;
  project: ProjectDetails;
  /** null: anyone may read it; else its lead and partners. */
  readers: string[] | null;
  eventData: unknown;
}

const told = (text: string) => ({ text, metrics: [] });

/** A project can be followed by whoever may read it; a PARTNERS project's followers are its lead and partners. */
export function projectSubject(dataSource: DataSource): FollowableSubject<PartnershipProjectEvent> {
  return {
    category: partnershipProjectAggregate.category,
    kind: PROJECT_SUBJECT_KIND,
    mayFollow: async (id, actor) =>
      (await dataSource.query(`SELECT 1 FROM partnership_projects WHERE id = $1 AND (readers IS NULL OR $2::text = ANY(readers))`, [id, actor.organizationId]))
        .length > 0,
    ownersOf: async (id) =>
      ((await dataSource.query(`SELECT lead_organization_id AS id FROM partnership_projects WHERE id = $1`, [id])) as Array<{ id: string }>).map((r) => r.id),
    changes: {
      PartnershipProjectLaunched: (d) => ({
        title: d.title,
        readers: d.visibility === 'PARTNERS' ? [d.leadOrganizationId, ...d.partners.map((p) => p.organizationId)] : null,
      }),
      ProjectPartnerAdded: (d) => ({ readerAdded: d.organizationId }),
      ProjectPartnerLeft: (d) => ({ readerRemoved: d.organizationId }),
      ProjectPartnerRemoved: (d) => ({ readerRemoved: d.organizationId }),
      PartnershipProjectEdited: (d) => ({ title: d.title, readers: d.readers }),
    },
    feedTexts: {
      ProjectUpdatePosted: (d) => ({ text: d.text, metrics: d.metrics ?? [] }),
      MilestoneReached: (d) => told(`Milestone reached on ${d.reachedOn}.`),
      ProjectPartnerAdded: (d) => told(`A new ${d.role.toLowerCase()} joined the project.`),
      ProjectCompleted: () => told('The project is completed.'),
      ProjectCancelled: (d) => told(`The project was cancelled: ${d.reason}`),
      ProjectQuietReminderSent: (d) =>
        told(
          `No update since ${d.quietSince.slice(0, 10)}: post one before ${d.inactiveFrom.slice(0, 10)}, when the project is reported inactive. A yearly progress report can be one update covering all its targets.`,
        ),
    },
    // the reminder is the lead's and the partners' whether or not they follow the project
    addressees: {
      ProjectQuietReminderSent: (d) => ({ organizations: d.organizationIds }),
    },
  };
}

/** Each event publishes the project as it left it (to those who may read it), and goes to the live feed of its followers. */
export function projectLiveMapping(store: EventStore): LiveMapping {
  return {
    category: partnershipProjectAggregate.category,
    async map(events) {
      const states = await statesAfter(store, partnershipProjectAggregate, events);
      return states.flatMap(({ event, state }) => {
        if (state.status === 'NONE') return [];
        const readers = readersOf(state.project);
        const payload: ProjectLiveMessage = {
          type: event.type,
          revision: event.revision,
          occurredAt: event.metadata.occurredAt,
          status: state.status,
          project: state.project,
          readers,
          eventData: event.data,
        };
        return [{ event, message: { topic: projectTopic(event.streamName), payload }, subject: { title: state.project.title, readers } }];
      });
    },
  };
}

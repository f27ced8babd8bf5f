import { Inject, Injectable } from '@nestjs/common';
import { appendContext } from '@pfp/calls-for-action';
import { EVENT_STORE, Projections, handleCommand } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { NotFoundError, type Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { partnershipProjectDecider, type PartnershipProjectCommand, type ProjectActor } from './domain/decide';
import { PartnershipProject, PartnershipProjectPayload } from './graphql-types';
import { PROJECT_DETAILS, type ProjectRow } from './project-details/project-details.projection';

export const projectActor = (actor: Actor): ProjectActor => ({ organizationId: actor.organizationId, organizationKind: actor.organizationKind });

/** Load-decide-append on a project, then wait until project-details shows it (read-your-writes). */
@Injectable()
export class ProjectCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: Projections,
    private readonly dataSource: DataSource,
  ) {}

  async execute(actor: Actor | null, projectId: string, command: PartnershipProjectCommand, expectedRevision?: number): Promise<PartnershipProjectPayload> {
    const result = await handleCommand(this.store, projectId, partnershipProjectDecider, command, { expectedRevision, context: appendContext(actor, command.at) });
    await this.projections.waitFor(result.position, [PROJECT_DETAILS]);
    if (result.state.status === 'NONE') throw new NotFoundError('PROJECT.NOT_FOUND', 'There is no such partnership project.');
    return { partnershipProject: PartnershipProject.from(result.state.status, result.state.project, result.revision), revision: result.revision };
  }

  /** The project as `actor` may read it: null when it does not exist or is not theirs to see. */
  async find(projectId: string, actor: Actor | null): Promise<PartnershipProject | null> {
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT status, doc, revision FROM partnership_projects WHERE id = $1 AND (readers IS NULL OR $2::text = ANY(readers))`,
      [projectId, actor?.organizationId ?? null],
    );
    return rows[0] ? PartnershipProject.from(rows[0].status, rows[0].doc, rows[0].revision) : null;
  }
}

import { Args, Field, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Contributions, filtered, mapOnce, mayRead } from '@pfp/contributions';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import type { ProjectDetails } from '../domain/partnership-project';
import { PartnershipProject, ProjectUpdate } from '../graphql-types';
import { projectTopic, type ProjectLiveMessage } from './project-subject';

@ObjectType()
export class ProjectEvent {
  @Field({ description: 'The event type, e.g. ProjectUpdatePosted.' })
  type!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  occurredAt!: Date;

  @Field(() => PartnershipProject, { description: 'The project just after the event.' })
  partnershipProject!: PartnershipProject;

  @Field(() => ProjectUpdate, { nullable: true, description: 'For ProjectUpdatePosted: the update.' })
  update!: ProjectUpdate | null;
}

const toEvent = (m: ProjectLiveMessage): ProjectEvent =>
  mapOnce(m, () => ({
    type: m.type,
    revision: m.revision,
    occurredAt: new Date(m.occurredAt),
    partnershipProject: PartnershipProject.from(m.status, m.project, m.revision),
    update: m.type === 'ProjectUpdatePosted' ? ProjectUpdate.from(m.eventData as ProjectDetails['updates'][number]) : null,
  }));

/** Each subscriber gets only what its actor (from the connection's init payload) may read: a PARTNERS project reaches its lead and partners only. */
@Resolver()
export class ProjectLiveResolver {
  constructor(private readonly contributions: Contributions) {}

  @Subscription(() => ProjectEvent, { resolve: toEvent, description: 'Every change of a project the viewer may read.' })
  projectUpdated(@Args('projectId', { type: () => ID }) projectId: string, @CurrentActor() actor: Actor | null): AsyncIterableIterator<ProjectLiveMessage> {
    parseGlobalId(projectId, 'project', 'projectId');
    const source = this.contributions.liveChannel().listen<ProjectLiveMessage>(projectTopic(projectId));
    return filtered(source, (m) => mayRead(m.readers, actor?.organizationId));
  }
}

import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CALL_DETAILS, CallCommands, callActor, callForActionDecider, appendContext } from '@pfp/calls-for-action';
import { EVENT_STORE, Projections } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { partnershipProjectDecider, type PartnershipProjectCommand } from '../domain/decide';
import type { ProjectRole } from '../domain/partnership-project';
import { PartnershipProjectPayload } from '../graphql-types';
import { ProjectCommands, projectActor } from '../project-commands';
import { LaunchPartnershipProjectInput } from './launch-project.input';

@Resolver()
export class LaunchProjectResolver {
  constructor(
    private readonly projects: ProjectCommands,
    private readonly calls: CallCommands,
    private readonly projections: Projections,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'Launch directly, or from a call (fromCallId) whose accepted responders become partners.' })
  async launchPartnershipProject(@Args('input') input: LaunchPartnershipProjectInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const projectId = newGlobalId('project');
    const at = new Date().toISOString();
    const partners: Array<{ organizationId: string; role: ProjectRole }> = (input.partners ?? []).map((p) => ({ organizationId: p.organizationId, role: p.role as ProjectRole }));
    const launch: Extract<PartnershipProjectCommand, { type: 'LaunchPartnershipProject' }> = {
      type: 'LaunchPartnershipProject',
      actor: projectActor(actor),
      at,
      data: {
        id: projectId,
        title: input.title.trim(),
        summary: input.summary ?? '',
        objectives: input.objectives ?? [],
        themes: input.themes ?? [],
        countries: input.countries ?? [],
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        fromCallId: input.fromCallId ?? null,
        visibility: (input.visibility ?? 'PUBLIC') as 'PUBLIC' | 'PARTNERS',
        partners,
      },
    };
    if (!input.fromCallId) return this.projects.execute(actor, projectId, launch);

    // Both aggregates decide before anything is written, so a refusal by either writes nothing.
    const call = await this.calls.load(input.fromCallId);
    const conversion = callForActionDecider.decide({ type: 'ConvertCallForAction', actor: callActor(actor), at, data: { projectId } }, call.state);
    if (call.state.status !== 'NONE') {
      for (const r of call.state.call.responses) {
        if (r.status === 'ACCEPTED' && !partners.some((p) => p.organizationId === r.organizationId)) partners.push({ organizationId: r.organizationId, role: 'PARTNER' });
      }
    }
    partnershipProjectDecider.decide(launch, partnershipProjectDecider.initialState());
    // The call's expected revision makes a concurrent change to it (a withdrawal, another launch) a CONFLICT.
    const context = appendContext(actor, at);
    const written = await this.store.appendToStream(input.fromCallId, conversion.map((e) => ({ type: e.type, data: e.data })), { expectedRevision: call.revision, context });
    const payload = await this.projects.execute(actor, projectId, launch);
    await this.projections.waitFor(written.position, [CALL_DETAILS]);
    return payload;
  }
}


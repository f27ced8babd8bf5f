import { checkText, ConflictError, NotFoundError, UnauthenticatedError, ValidationError, type Actor, type Aggregate } from '@pfp/kernel';
import type { PolicyToolCommand } from './commands';
import { contentFaults, contributorFaults, exampleFaults, LIMITS, translationFaults } from './content-rules';
import { POLICY_TOOL_ERRORS } from './errors';
import { policyToolPolicies } from './policies';
import {
  currentEdition,
  evolvePolicyTool,
  initialPolicyToolState,
  nextEditionContent,
  TOOL_LANGUAGES,
  type ExistingPolicyTool,
  type PolicyToolEvent,
  type PolicyToolState,
} from './policy-tool';

export { POLICY_TOOL_ERRORS } from './errors';
export type { AddTranslationData, DraftPolicyToolData, PolicyToolCommand, ProposeExampleData } from './commands';

function existing(state: PolicyToolState): ExistingPolicyTool {
  if (state.status === 'NONE') throw new NotFoundError(POLICY_TOOL_ERRORS.NOT_FOUND, 'There is no such policy tool.');
  return state;
}

function by(command: PolicyToolCommand): Actor {
  if (!command.actor) throw new UnauthenticatedError();
  return command.actor;
}

function refuseIf(faults: Record<string, string>, message: string): void {
  if (Object.keys(faults).length > 0) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, message, faults);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The domain's rules; who may send each command is in `policyToolPolicies`, run before. */
export function decidePolicyTool(command: PolicyToolCommand, state: PolicyToolState): PolicyToolEvent[] {
  switch (command.type) {
    case 'DraftPolicyTool': {
      if (state.status !== 'NONE') throw new ConflictError(POLICY_TOOL_ERRORS.ALREADY_DRAFTED, 'This policy tool already exists.');
      const actor = by(command);
      const d = command.data;
      const ownerCountry = actor.country ?? null;
      refuseIf(
        { ...contentFaults(d.kind, d.content, ownerCountry), ...contributorFaults(d.contributors, actor.organizationId) },
        'The policy tool is not valid.',
      );
      return [
        {
          type: 'PolicyToolDrafted',
          data: {
            toolId: d.toolId,
            kind: d.kind,
            ownerOrganizationId: actor.organizationId,
            ownerCountry,
            contributors: d.contributors,
            content: d.content,
            at: command.at,
          },
        },
      ];
    }
    case 'RevisePolicyTool': {
      const s = existing(state);
      const { content, contributors } = command.data;
      refuseIf(
        { ...contentFaults(s.tool.kind, content, s.tool.ownerCountry), ...contributorFaults(contributors, s.tool.ownerOrganizationId) },
        'The policy tool is not valid.',
      );
      if (same(content, s.tool.draft) && same(contributors, s.tool.contributors)) return [];
      return [{ type: 'PolicyToolRevised', data: { content, contributors, at: command.at } }];
    }
    case 'ReleasePolicyToolEdition': {
      const s = existing(state);
      const releaseNotes = command.data.releaseNotes.trim();
      const refused = checkText(releaseNotes, { max: LIMITS.releaseNotes, required: true });
      if (refused) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'Say what the edition changes.', { releaseNotes: refused });
      const { content, exampleIds } = nextEditionContent(s.tool);
      if (s.tool.editions.length > 0 && !s.tool.draftChanged && exampleIds.length === 0)
        throw new ValidationError(POLICY_TOOL_ERRORS.NOTHING_TO_RELEASE, 'Nothing has changed since the last edition.');
      return [{ type: 'PolicyToolEditionReleased', data: { number: s.tool.editions.length + 1, content, releaseNotes, exampleIds, at: command.at } }];
    }
    case 'AddPolicyToolTranslation': {
      const s = existing(state);
      const d = command.data;
      const number = d.edition ?? currentEdition(s.tool)?.number ?? null;
      const edition = s.tool.editions.find((e) => e.number === number);
      if (!edition) throw new ValidationError(POLICY_TOOL_ERRORS.NO_SUCH_EDITION, 'Translate a released edition.', { edition: 'no such edition' });
      if (!(TOOL_LANGUAGES as readonly string[]).includes(d.language))
        throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'Not a UN language.', { language: `must be one of ${TOOL_LANGUAGES.join(', ')}` });
      if (d.language === edition.content.language)
        throw new ValidationError(POLICY_TOOL_ERRORS.ORIGINAL_LANGUAGE, 'That is the language the edition is written in.', {
          language: 'is the original language',
        });
      refuseIf(
        translationFaults(
          d,
          edition.content.sections.map((x) => x.key),
        ),
        'The translation is not valid.',
      );
      const translation = {
        language: d.language,
        edition: edition.number,
        title: d.title.trim(),
        summary: d.summary,
        sections: d.sections,
        complete: d.complete,
        addedAt: command.at,
      };
      return [{ type: 'PolicyToolTranslationAdded', data: { translation } }];
    }
    case 'ProposePolicyToolExample': {
      const s = existing(state);
      const d = command.data;
      if (s.tool.examples.some((e) => e.exampleId === d.exampleId))
        throw new ConflictError(POLICY_TOOL_ERRORS.EXAMPLE_EXISTS, 'This example was proposed already.');
      if (!s.tool.draft.sections.some((x) => x.key === d.sectionKey))
        throw new ValidationError(POLICY_TOOL_ERRORS.NO_SUCH_SECTION, 'The tool has no such section.', { sectionKey: 'no such section' });
      const faults: Record<string, string> = {};
      exampleFaults(faults, 'example', d);
      const note = checkText(d.note, { max: LIMITS.note });
      if (note) faults.note = note;
      // name the input's fields: practiceId, url, title
      const named = Object.fromEntries(Object.entries(faults).map(([k, v]) => [k === 'example' ? 'practiceId' : k.replace(/^example\./, ''), v]));
      refuseIf(named, 'The example is not valid.');
      if (d.practiceId && s.tool.draft.sections.find((x) => x.key === d.sectionKey)!.examples.some((e) => e.practiceId === d.practiceId))
        throw new ConflictError(POLICY_TOOL_ERRORS.EXAMPLE_EXISTS, 'The section gives that practice as an example already.');
      return [{ type: 'PolicyToolExampleProposed', data: { ...d, title: d.title?.trim() ?? null, proposedBy: by(command).organizationId, at: command.at } }];
    }
    case 'AcceptPolicyToolExample':
    case 'DeclinePolicyToolExample': {
      const s = existing(state);
      const example = s.tool.examples.find((e) => e.exampleId === command.data.exampleId);
      if (!example) throw new NotFoundError(POLICY_TOOL_ERRORS.NO_SUCH_EXAMPLE, 'The tool has no such proposed example.');
      if (example.status !== 'PROPOSED')
        throw new ConflictError(POLICY_TOOL_ERRORS.EXAMPLE_DECIDED, `This example was ${example.status.toLowerCase()} already.`);
      if (command.type === 'AcceptPolicyToolExample') return [{ type: 'PolicyToolExampleAccepted', data: { exampleId: example.exampleId, at: command.at } }];
      const reason = command.data.reason.trim();
      const refused = checkText(reason, { max: LIMITS.reason, required: true });
      if (refused) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'Say why the example is declined.', { reason: refused });
      return [{ type: 'PolicyToolExampleDeclined', data: { exampleId: example.exampleId, reason, at: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as PolicyToolCommand).type}`);
    }
  }
}

/** Policy tools: streams `policyTool-<uuid>`. */
export const policyToolAggregate: Aggregate<PolicyToolState, PolicyToolCommand, PolicyToolEvent> = {
  category: 'policyTool',
  initialState: initialPolicyToolState,
  decide: decidePolicyTool,
  evolve: evolvePolicyTool,
  policies: policyToolPolicies,
};

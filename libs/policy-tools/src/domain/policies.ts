import { all, allow, deny, requireSignIn, type Actor, type Decision, type Policies } from '@pfp/kernel';
import type { PolicyToolCommand } from './commands';
import { POLICY_TOOL_ERRORS } from './errors';
import { isOwner, isProfileKind, mayEdit, type ExistingPolicyTool, type PolicyToolState } from './policy-tool';

/*
 * Who may send each command on a tool. A command on a tool that does not exist is let through
 * (after sign-in), so that the decider answers NOT_FOUND before any FORBIDDEN.
 */

const onTool = (actor: Actor | null, state: PolicyToolState, rule: (actor: Actor, state: ExistingPolicyTool) => Decision): Decision =>
  all(requireSignIn(actor), () => (state.status === 'NONE' ? allow() : rule(actor!, state)));

const owner = (actor: Actor | null, state: PolicyToolState): Decision =>
  onTool(actor, state, (a, s) =>
    isOwner(s.tool, a.organizationId) ? allow() : deny(POLICY_TOOL_ERRORS.NOT_OWNER, 'Only the organisation that owns this tool may do this.'),
  );

const editor = (actor: Actor | null, state: PolicyToolState): Decision =>
  onTool(actor, state, (a, s) =>
    mayEdit(s.tool, a.organizationId) ? allow() : deny(POLICY_TOOL_ERRORS.NOT_EDITOR, 'Only the owner, authors and contributors of this tool may do this.'),
  );

export const policyToolPolicies: Policies<PolicyToolState, PolicyToolCommand> = {
  DraftPolicyTool: (actor, _state, command) =>
    all(requireSignIn(actor), () =>
      isProfileKind(command.data.kind) && actor!.organizationKind !== 'STATE'
        ? deny(POLICY_TOOL_ERRORS.PROFILE_NOT_STATE, 'A migration profile is owned by the government of its country: only a state drafts one.')
        : allow(),
    ),
  RevisePolicyTool: editor,
  ReleasePolicyToolEdition: owner,
  AddPolicyToolTranslation: editor,
  /** Anyone signed in may propose an example; the owner decides. */
  ProposePolicyToolExample: (actor) => requireSignIn(actor),
  AcceptPolicyToolExample: owner,
  DeclinePolicyToolExample: owner,
};

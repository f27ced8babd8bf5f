import type { Command } from '@pfp/kernel';
import type { Contributor, ExampleProposal, PolicyToolKind, ToolContent, ToolLanguage, TranslationSection } from './policy-tool';

/** A draft as its owner sends it: the owner is the organisation acting (and its country). */
export interface DraftPolicyToolData {
  toolId: string;
  kind: PolicyToolKind;
  contributors: Contributor[];
  content: ToolContent;
}

export type ProposeExampleData = ExampleProposal;

export interface AddTranslationData {
  language: ToolLanguage;
  /** The edition translated; the current one when null. */
  edition: number | null;
  title: string;
  summary: string;
  sections: TranslationSection[];
  complete: boolean;
}

/** Every command on a policy tool, in the one shape `{ type, data, actor, at }`. */
export type PolicyToolCommand =
  | Command<'DraftPolicyTool', DraftPolicyToolData>
  /** The whole draft as it should stand (content and contributors). */
  | Command<'RevisePolicyTool', { content: ToolContent; contributors: Contributor[] }>
  | Command<'ReleasePolicyToolEdition', { releaseNotes: string }>
  | Command<'AddPolicyToolTranslation', AddTranslationData>
  | Command<'ProposePolicyToolExample', ProposeExampleData>
  | Command<'AcceptPolicyToolExample', { exampleId: string }>
  | Command<'DeclinePolicyToolExample', { exampleId: string; reason: string }>;

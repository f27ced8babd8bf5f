import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@pfp/identity';
import { ValidationError } from '@pfp/kernel';
import { PracticeDirectory } from '@pfp/practices';
import { isCountryCode, isThemeId } from '@pfp/taxonomy';
import { POLICY_TOOL_ERRORS } from '../domain/errors';
import type { Contributor, ToolContent } from '../domain/policy-tool';
import { contributorsOf, toolContentOf, type PolicyToolContentInput, type PolicyToolContributorInput } from './tool-content.input';
import { ProfileGuidanceReader } from '../profile-guidance/profile-guidance.resolver';

/**
 * What a tool names must exist and fit, checked before the command is sent: themes and
 * countries from the taxonomy (as on practices and calls); the practices its sections give
 * as examples, which must be practices everyone can open; contributors, active organisations;
 * a migration profile's preparation step, a step of the repository's guidance checklist.
 * BAD_USER_INPUT (POLICY_TOOL.INVALID) names each offending field; nothing is written.
 */
@Injectable()
export class ToolReferences {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly practices: PracticeDirectory,
    private readonly guidance: ProfileGuidanceReader,
  ) {}

  /** The content and contributors of a draft or a revision, as the command carries them, once their references are checked. */
  async checked(input: {
    content: PolicyToolContentInput;
    contributors?: PolicyToolContributorInput[];
  }): Promise<{ content: ToolContent; contributors: Contributor[] }> {
    const content = toolContentOf(input.content);
    const contributors = contributorsOf(input.contributors);
    await this.check({ content, contributors });
    return { content, contributors };
  }

  async check(input: { content?: ToolContent; contributors?: Contributor[]; practiceIds?: Record<string, string> }, prefix = 'content'): Promise<void> {
    const fields: Record<string, string> = {};
    const cited: Record<string, string> = { ...(input.practiceIds ?? {}) };
    const c = input.content;
    if (c) {
      const badThemes = c.themes.filter((t) => !isThemeId(t));
      if (badThemes.length) fields[`${prefix}.themes`] = `unknown themes: ${badThemes.join(', ')}`;
      const badCountries = c.countries.filter((x) => !isCountryCode(x));
      if (badCountries.length) fields[`${prefix}.countries`] = `unknown ISO 3166-1 alpha-3 codes: ${badCountries.join(', ')}`;
      c.sections.forEach((s, i) =>
        s.examples.forEach((e, j) => {
          if (e.practiceId) cited[`${prefix}.sections.${i}.examples.${j}.practiceId`] = e.practiceId;
        }),
      );
    }
    const contributors = input.contributors ?? [];
    const [known, published, guidance] = await Promise.all([
      contributors.length ? this.organizations.kindsOf(contributors.map((x) => x.organizationId)) : Promise.resolve(new Map()),
      this.practices.publishedAmong(Object.values(cited)),
      c?.preparationStep ? this.guidance.current() : Promise.resolve(null),
    ]);
    if (c?.preparationStep && !guidance?.doc.steps.some((s) => s.key === c.preparationStep))
      fields[`${prefix}.preparationStep`] = 'no such step in the guidance checklist';
    for (const [field, id] of Object.entries(cited)) if (!published.has(id)) fields[field] = 'no such practice';
    contributors.forEach((x, i) => {
      const organization = known.get(x.organizationId);
      if (!organization) fields[`contributors.${i}.organizationId`] = 'no such organization';
      else if (!organization.active) fields[`contributors.${i}.organizationId`] = 'the organization is deactivated';
    });
    if (Object.keys(fields).length) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'The policy tool is not valid.', fields);
  }
}

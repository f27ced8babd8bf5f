import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@pfp/identity';
import { ValidationError, type Actor } from '@pfp/kernel';
import { PracticeDirectory } from '@pfp/practices';
import { isCountryCode, isThemeId } from '@pfp/taxonomy';
import { CALL_ERRORS } from '../domain/errors';

export interface CallReferencesInput {
  themes: readonly string[];
  countries: readonly string[];
  coPosterIds: readonly string[];
  practiceId: string | null;
}

/**
 * What a posted call names must exist and fit, checked before the command is sent: themes and
 * countries from the taxonomy (as on practices); co-posters that are active STATE
 * organisations other than the poster (DESIGN.md: a call is posted by one state or jointly by
 * several; only a state can confirm co-posting, so any other kind would leave the call PENDING
 * for ever); a linked practice that everyone can open. BAD_USER_INPUT names each offending
 * field (`coPosterIds.1`).
 */
@Injectable()
export class CallReferences {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly practices: PracticeDirectory,
  ) {}

  async check(actor: Actor | null, input: CallReferencesInput): Promise<void> {
    const fields: Record<string, string> = {};
    const badThemes = input.themes.filter((t) => !isThemeId(t));
    if (badThemes.length) fields.themes = `unknown themes: ${badThemes.join(', ')}`;
    const badCountries = input.countries.filter((c) => !isCountryCode(c));
    if (badCountries.length) fields.countries = `unknown ISO 3166-1 alpha-3 codes: ${badCountries.join(', ')}`;
    const [known, published] = await Promise.all([
      input.coPosterIds.length ? this.organizations.kindsOf(input.coPosterIds) : Promise.resolve(new Map()),
      input.practiceId ? this.practices.publishedAmong([input.practiceId]) : Promise.resolve(new Set<string>()),
    ]);
    input.coPosterIds.forEach((id, i) => {
      const field = `coPosterIds.${i}`;
      const organization = known.get(id);
      if (!organization) fields[field] = 'no such organization';
      else if (organization.kind !== 'STATE') fields[field] = 'must be a STATE organization: only states post calls for action';
      else if (!organization.active) fields[field] = 'the organization is deactivated';
      else if (id === actor?.organizationId) fields[field] = 'must not be the posting state itself';
      else if (input.coPosterIds.indexOf(id) < i) fields[field] = `repeats coPosterIds.${input.coPosterIds.indexOf(id)}`;
    });
    if (input.practiceId && !published.has(input.practiceId)) fields.practiceId = 'no such published practice';
    if (Object.keys(fields).length) throw new ValidationError(CALL_ERRORS.INVALID, 'The call for action is not valid.', fields);
  }
}

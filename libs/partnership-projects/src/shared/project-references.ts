import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@pfp/identity';
import { ValidationError } from '@pfp/kernel';
import { isCountryCode, isThemeId } from '@pfp/taxonomy';
import { PROJECT_ERRORS } from '../domain/errors';

/** A partner as an input names it: the organisation and the field it came in (`partners.2.organizationId`). */
export interface PartnerReference {
  organizationId: string;
  field: string;
}

/**
 * What a project's inputs name must exist and fit, checked before the command is sent: themes
 * and countries from the taxonomy (as on practices), partners that are organisations of the
 * platform, active, and not the Support Unit (DESIGN.md: states and partner organisations take
 * part in projects; the Support Unit reviews, manages and moderates). Refuses with
 * BAD_USER_INPUT naming each offending field; the decider keeps its own rules (no lead among
 * the partners, no partner twice).
 */
@Injectable()
export class ProjectReferences {
  constructor(private readonly organizations: OrganizationsService) {}

  async check(input: { themes?: readonly string[]; countries?: readonly string[]; partners?: readonly PartnerReference[] }): Promise<void> {
    const fields: Record<string, string> = {};
    const badThemes = (input.themes ?? []).filter((t) => !isThemeId(t));
    if (badThemes.length) fields.themes = `unknown themes: ${badThemes.join(', ')}`;
    const badCountries = (input.countries ?? []).filter((c) => !isCountryCode(c));
    if (badCountries.length) fields.countries = `unknown ISO 3166-1 alpha-3 codes: ${badCountries.join(', ')}`;
    const partners = input.partners ?? [];
    if (partners.length) {
      const known = await this.organizations.kindsOf(partners.map((p) => p.organizationId));
      for (const p of partners) {
        const organization = known.get(p.organizationId);
        if (!organization) fields[p.field] = 'no such organization';
        else if (!organization.active) fields[p.field] = 'the organization is deactivated';
        else if (organization.kind === 'SUPPORT_UNIT') fields[p.field] = 'the Support Unit is not a project partner';
      }
    }
    if (Object.keys(fields).length) throw new ValidationError(PROJECT_ERRORS.INVALID, 'The project is not valid.', fields);
  }
}

import { Injectable } from '@nestjs/common';
import type { PracticeContent, SealedContact } from '../domain/practice';
import { OrganizationsService } from '@pfp/identity';
import { ValidationError } from '@pfp/kernel';
import { isCountryCode, isThemeId } from '@pfp/taxonomy';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import type { PracticeContentInput } from './practice.inputs';
import { PracticeReader } from './practice-reader';

/** What the draft and revise mutations send, from their input. */
@Injectable()
export class PracticeContentPreparer {
  constructor(
    private readonly vault: PersonalDataVault,
    private readonly reader: PracticeReader,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The content of an input, checked against the taxonomy and its implementing partners
   * against the organisations (each an active organisation of any kind), with the contact sealed (under the
   * practice's current subject key when it still exists). `discard` drops a key made for a
   * command that then fails, so a refusal leaves nothing behind.
   */
  async prepare(input: PracticeContentInput, practiceId: string | null): Promise<{ content: PracticeContent; discard: () => Promise<unknown> }> {
    const fields: Record<string, string> = {};
    const badCountries = input.countries.filter((c) => !isCountryCode(c));
    if (badCountries.length) fields.countries = `unknown ISO 3166-1 alpha-3 codes: ${badCountries.join(', ')}`;
    const badThemes = input.themes.filter((t) => !isThemeId(t));
    if (badThemes.length) fields.themes = `unknown themes: ${badThemes.join(', ')}`;
    const partners = input.implementingPartnerIds;
    if (partners.length) {
      const known = await this.organizations.kindsOf(partners);
      partners.forEach((id, i) => {
        const organization = known.get(id);
        if (!organization) fields[`implementingPartnerIds.${i}`] = 'no such organization';
        else if (!organization.active) fields[`implementingPartnerIds.${i}`] = 'the organization is deactivated';
      });
    }
    if (Object.keys(fields).length) throw new ValidationError('PRACTICE.INVALID', 'The practice is not valid.', fields);
    let contact: SealedContact | null = null;
    let discard: () => Promise<unknown> = async () => undefined;
    if (input.contact) {
      const current = practiceId ? await this.reader.current(practiceId) : null;
      const { sealed, created } = await this.vault.seal(input.contact, current?.details.working.contact?.subjectId);
      contact = sealed;
      if (created) discard = () => this.vault.erase(sealed.subjectId);
    }
    const content: PracticeContent = {
      title: input.title,
      summary: input.summary,
      body: input.body,
      language: input.language,
      countries: [...new Set(input.countries)],
      themes: [...new Set(input.themes)],
      implementingPartners: [...new Set(input.implementingPartnerIds)],
      period: input.period ? { start: input.period.start, end: input.period.end ?? null } : null,
      implementationStatus: input.implementationStatus ?? null,
      results: input.results.map((r) => ({ indicator: r.indicator, value: r.value })),
      resources: input.resources.map((r) => ({ title: r.title, url: r.url, kind: r.kind })),
      contact,
    };
    return { content, discard };
  }
}

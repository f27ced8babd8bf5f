import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, handleCommand, Projections } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { parseGlobalId } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { ValidationError } from '@pfp/kernel';
import { isCountryCode, isThemeId } from '@pfp/taxonomy';
import { practiceDecider, type PracticeCommand } from '../domain/decide';
import type { PracticeContent, SealedContact } from '../domain/practice';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PRACTICE_DETAILS } from '../practice-details/practice-details.projection';
import { PRACTICE_SEARCH } from '../practice-search/practice-search.projection';
import { PRACTICE_CATEGORY } from './fold-row';
import type { PracticeContentInput } from './practice.inputs';
import { presentPractice, type PracticePayload } from './practice.types';
import { PracticeReader } from './practice-reader';

type CommandBody<T = PracticeCommand> = T extends unknown ? Omit<T, 'actor' | 'at'> : never;

/** Load, decide, append, then wait until the read models serving the payload have the write. */
@Injectable()
export class PracticeCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: Projections,
    private readonly vault: PersonalDataVault,
    private readonly reader: PracticeReader,
  ) {}

  async execute(id: string, actor: Actor | null, body: CommandBody, expectedRevision?: number | null, onFailure?: () => Promise<unknown>): Promise<PracticePayload> {
    parseGlobalId(id, PRACTICE_CATEGORY, 'id');
    const at = new Date().toISOString();
    const command = { ...body, actor, at } as PracticeCommand;
    let result;
    try {
      result = await handleCommand(this.store, id, practiceDecider, command, {
        expectedRevision: expectedRevision ?? undefined,
        context: {
          actor: actor ? { accountId: actor.accountId, organizationId: actor.organizationId } : null,
          occurredAt: at,
          commandId: randomUUID(),
        },
      });
    } catch (error) {
      await onFailure?.();
      throw error;
    }
    await this.projections.waitFor(result.position, [PRACTICE_DETAILS, PRACTICE_SEARCH]);
    return { practice: presentPractice(result.state, result.revision, actor)!, revision: result.revision };
  }

  /**
   * The content of an input, checked against the taxonomy, with the contact sealed (under the
   * practice's current subject key when it still exists). `discard` drops a key made for a
   * command that then fails, so a refusal leaves nothing behind.
   */
  async content(input: PracticeContentInput, practiceId: string | null): Promise<{ content: PracticeContent; discard: () => Promise<unknown> }> {
    const fields: Record<string, string> = {};
    const badCountries = input.countries.filter((c) => !isCountryCode(c));
    if (badCountries.length) fields.countries = `unknown ISO 3166-1 alpha-3 codes: ${badCountries.join(', ')}`;
    const badThemes = input.themes.filter((t) => !isThemeId(t));
    if (badThemes.length) fields.themes = `unknown themes: ${badThemes.join(', ')}`;
    input.implementingPartnerIds.forEach((p, i) => {
      if (!/^organization-[0-9a-f-]{36}$/.test(p)) fields[`implementingPartnerIds.${i}`] = 'must be an organization id';
    });
    if (Object.keys(fields).length) throw new ValidationError('PRACTICE.INVALID', 'The practice is not valid.', fields);
    let contact: SealedContact | null = null;
    let discard: () => Promise<unknown> = async () => undefined;
    if (input.contact) {
      const current = practiceId ? await this.reader.current(practiceId) : null;
      const subject = current && current.state.status !== 'NONE' ? current.state.working.contact?.subjectId : null;
      const { sealed, created } = await this.vault.seal(input.contact, subject);
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

import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Moderation } from '@pfp/contributions';
import { canSeeWorkingCopy } from '../domain/policies';
import { DateTimeArg, parseGlobalId } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { countryName, regionsOfCountry, themeById, ThemeType } from '@pfp/taxonomy';
import type { SealedContact } from '../domain/practice';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { renderMarkdown } from '../shared/markdown';
import { PracticeReader } from '../shared/practice-reader';
import { PracticeContact, PracticeNode, PracticeRegion, presentPractice } from '../shared/practice.types';

@Resolver(() => PracticeNode)
export class PracticeResolver {
  constructor(
    private readonly reader: PracticeReader,
    private readonly vault: PersonalDataVault,
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  @Query(() => PracticeNode, {
    nullable: true,
    description: 'A practice as the viewer may see it; with `asOf`, as it stood then (owner and Support Unit see drafts, others the published text).',
  })
  async practice(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => Date, nullable: true }, new DateTimeArg('asOf')) asOf: Date | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<PracticeNode | null> {
    parseGlobalId(id, PRACTICE_CATEGORY);
    const found = asOf ? await this.reader.asOf(id, asOf) : await this.reader.current(id);
    if (!found) return null;
    // hidden by the Support Unit (issue 14): only its owner and the Support Unit still see it
    if (!canSeeWorkingCopy(actor, found.details) && (await this.moderation.isHidden(id))) return null;
    return presentPractice(found.details, found.revision, actor);
  }

  @ResolveField(() => String, { description: 'The Markdown body as sanitised HTML: no scripts, event handlers or javascript: links.' })
  bodyHtml(@Parent() practice: PracticeNode): string {
    return renderMarkdown(practice.body);
  }

  @ResolveField(() => [ThemeType])
  themes(@Parent() practice: PracticeNode): ThemeType[] {
    return practice.themeIds.flatMap((id) => {
      const theme = themeById(id);
      return theme ? [{ ...theme }] : [];
    });
  }

  @ResolveField(() => [PracticeRegion], { description: 'UN M49 regions of its countries, every level.' })
  regions(@Parent() practice: PracticeNode): PracticeRegion[] {
    const seen = new Map<string, PracticeRegion>();
    for (const country of practice.countries) for (const r of regionsOfCountry(country)) seen.set(r.code, { code: r.code, name: r.name });
    return [...seen.values()];
  }

  @ResolveField(() => [String], { description: 'English names of its countries, in the order of `countries`.' })
  countryNames(@Parent() practice: PracticeNode): string[] {
    return practice.countries.map(countryName);
  }

  @ResolveField(() => Organization, { nullable: true })
  owner(@Parent() practice: PracticeNode, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(practice.ownerOrganizationId);
  }

  @ResolveField(() => PracticeContact, { nullable: true, description: 'Signed-in accounts only; null once erased.' })
  async contact(@Parent() practice: PracticeNode, @CurrentActor() actor: Actor | null): Promise<PracticeContact | null> {
    if (!actor) return null;
    // a search result carries no contact: the public text's is in practice-details
    const sealed = practice.sealedContact === undefined ? await this.publicContact(practice.id) : practice.sealedContact;
    if (!sealed) return null;
    const contact = await this.vault.open(sealed);
    return contact ? { subjectId: sealed.subjectId, ...contact } : null;
  }

  private async publicContact(id: string): Promise<SealedContact | null> {
    const found = await this.reader.current(id);
    return found ? (presentPractice(found.details, found.revision, null)?.sealedContact ?? null) : null;
  }
}

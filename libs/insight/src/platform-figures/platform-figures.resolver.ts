import { Args, Query, Resolver } from '@nestjs/graphql';
import { taxonomyLanguage } from '@pfp/taxonomy';
import { PlatformFiguresReader } from './platform-figures.reader';
import { PlatformFigures } from './platform-figures.types';

@Resolver()
export class PlatformFiguresResolver {
  constructor(private readonly reader: PlatformFiguresReader) {}

  @Query(() => PlatformFigures, { description: 'The figures of the "Platform in figures" page; labels in the language asked for (ar, en, es, fr, ru, zh).' })
  platformFigures(@Args('language', { type: () => String, nullable: true, defaultValue: 'en' }) language: string | null): Promise<PlatformFigures> {
    return this.reader.figures(taxonomyLanguage(language));
  }
}

import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ValidationError } from '@pfp/kernel';
import { CRITERION_LANGUAGES, textIn, type QualityCriterion as Criterion } from '../domain/quality-criteria';
import { QUALITY_ERRORS } from '../domain/decide';
import { QualityCriteriaReader } from './quality-criteria.reader';

@ObjectType('QualityCriterionText', { description: 'A criterion in one UN language.' })
export class QualityCriterionTextView {
  @Field({ description: 'ar, en, es, fr, ru or zh.' })
  language!: string;

  @Field()
  title!: string;

  @Field({ description: 'A short explanation of what meeting the criterion means.' })
  explanation!: string;
}

@ObjectType('QualityCriterion', { description: 'A criterion practices are assessed against, maintained by the Support Unit.' })
export class QualityCriterionView {
  @Field({ description: 'Stable key (e.g. evidence-of-results); a practice names the criteria it answers by it.' })
  key!: string;

  @Field({ description: 'In the language asked for.' })
  title!: string;

  @Field({ description: 'In the language asked for.' })
  explanation!: string;

  @Field(() => [QualityCriterionTextView], { description: 'In each of the six UN languages.' })
  texts!: QualityCriterionTextView[];

  @Field({ description: 'A retired criterion is no longer asked; past answers to it stay on the practices.' })
  retired!: boolean;

  @Field()
  addedAt!: Date;

  @Field()
  updatedAt!: Date;
}

export function criterionView(criterion: Criterion, language: string): QualityCriterionView {
  const text = textIn(criterion, language);
  return {
    key: criterion.key,
    title: text.title,
    explanation: text.explanation,
    texts: criterion.texts,
    retired: criterion.status === 'RETIRED',
    addedAt: new Date(criterion.addedAt),
    updatedAt: new Date(criterion.updatedAt),
  };
}

export function checkLanguage(language: string): void {
  if (!(CRITERION_LANGUAGES as readonly string[]).includes(language))
    throw new ValidationError(QUALITY_ERRORS.INVALID, 'Unknown language.', { language: `must be one of ${CRITERION_LANGUAGES.join(', ')}` });
}

@Resolver(() => QualityCriterionView)
export class QualityCriteriaResolver {
  constructor(private readonly reader: QualityCriteriaReader) {}

  @Query(() => [QualityCriterionView], { description: 'The quality criteria practices answer, in the order they were added; public.' })
  async qualityCriteria(
    @Args('language', { defaultValue: 'en', description: 'The language of title and explanation: ar, en, es, fr, ru or zh.' }) language: string,
    @Args('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<QualityCriterionView[]> {
    checkLanguage(language);
    const { doc } = await this.reader.current();
    return doc.criteria.filter((c) => includeRetired || c.status === 'ACTIVE').map((c) => criterionView(c, language));
  }
}

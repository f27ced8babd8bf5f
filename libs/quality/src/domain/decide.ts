import {
  all,
  allow,
  checkText,
  ConflictError,
  deny,
  NotFoundError,
  requireSignIn,
  UnauthenticatedError,
  ValidationError,
  type Aggregate,
  type Command,
  type Policies,
} from '@pfp/kernel';
import {
  CRITERION_KEY,
  CRITERION_LANGUAGES,
  CRITERION_LIMITS,
  evolveQualityCriteria,
  initialQualityCriteria,
  QUALITY_CRITERIA_CATEGORY,
  type CriterionText,
  type QualityCriteria,
  type QualityCriteriaEvent,
  type QualityCriterion,
} from './quality-criteria';

export type QualityCriteriaCommand =
  | Command<'AddQualityCriterion', { key: string; texts: CriterionText[] }>
  | Command<'RewordQualityCriterion', { key: string; texts: CriterionText[] }>
  | Command<'RetireQualityCriterion', { key: string }>;

export const QUALITY_ERRORS = {
  INVALID: 'QUALITY.INVALID',
  CRITERION_EXISTS: 'QUALITY.CRITERION_EXISTS',
  NO_SUCH_CRITERION: 'QUALITY.NO_SUCH_CRITERION',
  CRITERION_RETIRED: 'QUALITY.CRITERION_RETIRED',
  TOO_MANY_CRITERIA: 'QUALITY.TOO_MANY_CRITERIA',
  SUPPORT_UNIT_ONLY: 'QUALITY.SUPPORT_UNIT_ONLY',
} as const;

/** The texts, one per UN language, each with a title and a short explanation: the faults by field. */
export function textFaults(texts: CriterionText[]): Record<string, string> {
  const faults: Record<string, string> = {};
  const languages = texts.map((t) => t.language);
  texts.forEach((t, i) => {
    if (!(CRITERION_LANGUAGES as readonly string[]).includes(t.language)) faults[`texts.${i}.language`] = `must be one of ${CRITERION_LANGUAGES.join(', ')}`;
    else if (languages.indexOf(t.language) < i) faults[`texts.${i}.language`] = 'repeats the language of another text';
    const title = checkText(t.title, { max: CRITERION_LIMITS.title, required: true });
    if (title) faults[`texts.${i}.title`] = title;
    const explanation = checkText(t.explanation, { max: CRITERION_LIMITS.explanation, required: true });
    if (explanation) faults[`texts.${i}.explanation`] = explanation;
  });
  const missing = CRITERION_LANGUAGES.filter((l) => !languages.includes(l));
  if (missing.length) faults.texts = `must give a title and an explanation in each of the six UN languages; missing ${missing.join(', ')}`;
  return faults;
}

const ordered = (texts: CriterionText[]): CriterionText[] =>
  CRITERION_LANGUAGES.map((language) => texts.find((t) => t.language === language)!).map((t) => ({
    language: t.language,
    title: t.title.trim(),
    explanation: t.explanation.trim(),
  }));

function checkTexts(texts: CriterionText[]): CriterionText[] {
  const faults = textFaults(texts);
  if (Object.keys(faults).length) throw new ValidationError(QUALITY_ERRORS.INVALID, 'The criterion is not valid.', faults);
  return ordered(texts);
}

function named(state: QualityCriteria, key: string): QualityCriterion {
  const found = state.criteria.find((c) => c.key === key);
  if (!found) throw new NotFoundError(QUALITY_ERRORS.NO_SUCH_CRITERION, `There is no criterion ${JSON.stringify(key)}.`);
  if (found.status === 'RETIRED') throw new ValidationError(QUALITY_ERRORS.CRITERION_RETIRED, 'That criterion is retired.', { key: 'is retired' });
  return found;
}

/** The rules of the set; who may send each command is its policy's, which the pipeline runs first. */
export function decideQualityCriteria(command: QualityCriteriaCommand, state: QualityCriteria): QualityCriteriaEvent[] {
  if (!command.actor) throw new UnauthenticatedError();
  const { at } = command;
  switch (command.type) {
    case 'AddQualityCriterion': {
      const { key } = command.data;
      if (!CRITERION_KEY.test(key))
        throw new ValidationError(QUALITY_ERRORS.INVALID, 'The criterion is not valid.', {
          key: 'lower-case letters, digits and hyphens, 2 to 60, starting with a letter',
        });
      const texts = checkTexts(command.data.texts);
      if (state.criteria.some((c) => c.key === key)) throw new ConflictError(QUALITY_ERRORS.CRITERION_EXISTS, `There is already a criterion ${key}.`);
      if (state.criteria.filter((c) => c.status === 'ACTIVE').length >= CRITERION_LIMITS.criteria)
        throw new ValidationError(QUALITY_ERRORS.TOO_MANY_CRITERIA, `At most ${CRITERION_LIMITS.criteria} criteria are in use at once.`);
      return [{ type: 'QualityCriterionAdded', data: { key, texts, at } }];
    }
    case 'RewordQualityCriterion': {
      const criterion = named(state, command.data.key);
      const texts = checkTexts(command.data.texts);
      if (JSON.stringify(texts) === JSON.stringify(criterion.texts)) return [];
      return [{ type: 'QualityCriterionReworded', data: { key: criterion.key, texts, at } }];
    }
    case 'RetireQualityCriterion': {
      const criterion = named(state, command.data.key);
      return [{ type: 'QualityCriterionRetired', data: { key: criterion.key, at } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

const supportUnit = (actor: Parameters<typeof requireSignIn>[0]) =>
  all(requireSignIn(actor), () =>
    actor?.organizationKind === 'SUPPORT_UNIT' ? allow() : deny(QUALITY_ERRORS.SUPPORT_UNIT_ONLY, 'The Support Unit maintains the quality criteria.'),
  );

export const qualityCriteriaPolicies: Policies<QualityCriteria, QualityCriteriaCommand> = {
  AddQualityCriterion: supportUnit,
  RewordQualityCriterion: supportUnit,
  RetireQualityCriterion: supportUnit,
};

export const qualityCriteriaAggregate: Aggregate<QualityCriteria, QualityCriteriaCommand, QualityCriteriaEvent> = {
  category: QUALITY_CRITERIA_CATEGORY,
  initialState: initialQualityCriteria,
  decide: decideQualityCriteria,
  evolve: evolveQualityCriteria,
  policies: qualityCriteriaPolicies,
};

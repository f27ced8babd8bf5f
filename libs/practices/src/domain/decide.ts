import type { Actor, Command } from '@pfp/kernel';
import { checkText, ConflictError, isBlank, isPartialDate, NotFoundError, UnauthenticatedError, ValidationError } from '@pfp/kernel';
import { answerFaults, questionsReason, verdictFaults, type CriterionAnswer, type Verdict } from './assessment';
import { decideCoAuthors, type CoAuthorCommand } from './co-authors';
import { LANGUAGES, LIMITS, type ExistingPractice, type Language, type Practice, type PracticeContent, type PracticeEvent, type Translation } from './practice';

export type PracticeCommand =
  | Command<'DraftPractice', { practiceId: string; content: PracticeContent }>
  | Command<'RevisePractice', { content: PracticeContent }>
  /** `answers`: the owner's answers to the quality criteria; optional, and kept from the last submission when absent. */
  | Command<'SubmitPractice', { answers?: CriterionAnswer[] }>
  | Command<'AssessPractice', { verdicts: Verdict[] }>
  | Command<'PublishPractice'>
  | Command<'RequestPracticeChanges', { reason: string }>
  | Command<'ArchivePractice'>
  | Command<'AddPracticeTranslation', { translation: Translation }>
  | Command<'RevisePracticeTranslation', { translation: Translation }>
  | Command<'ExpressInterestInPractice'>
  | Command<'EraseContact', { subjectId: string }>
  | CoAuthorCommand;

const COUNTRY = /^[A-Z]{3}$/;
const PERIOD_FORMAT = 'must be a date that exists: YYYY, YYYY-MM or YYYY-MM-DD';

/** Lengths (in characters as a person counts them) and formats, refused on every write (drafts too). */
export function checkShape(content: Pick<PracticeContent, 'title' | 'summary' | 'body'> & Partial<PracticeContent>, prefix = ''): void {
  const fields: Record<string, string> = {};
  const text = (field: 'title' | 'summary' | 'body', required = false): void => {
    const reason = checkText(content[field], { max: LIMITS[field], required });
    if (reason) fields[`${prefix}${field}`] = reason;
  };
  text('title', true);
  text('summary');
  text('body');
  if (content.countries?.some((c) => !COUNTRY.test(c))) fields[`${prefix}countries`] = 'must be ISO 3166-1 alpha-3 codes';
  content.results?.forEach((result, i) => {
    if (isBlank(result.indicator)) fields[`${prefix}results.${i}.indicator`] = 'must not be empty: a result needs an indicator and a value';
    if (isBlank(result.value)) fields[`${prefix}results.${i}.value`] = 'must not be empty: a result needs an indicator and a value';
  });
  if (content.period) {
    const { start, end } = content.period;
    if (!isPartialDate(start)) fields[`${prefix}period.start`] = PERIOD_FORMAT;
    else if (end !== null && !isPartialDate(end)) fields[`${prefix}period.end`] = PERIOD_FORMAT;
    else if (end !== null && end.slice(0, Math.min(start.length, end.length)) < start.slice(0, Math.min(start.length, end.length))) {
      fields[`${prefix}period.end`] = 'must not be before the start';
    }
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('PRACTICE.INVALID', 'The practice is not valid.', fields);
}

/** What a submission needs on top of a valid shape. */
export function checkComplete(content: PracticeContent): void {
  const fields: Record<string, string> = {};
  if (isBlank(content.summary)) fields.summary = 'is required to submit';
  if (isBlank(content.body)) fields.body = 'is required to submit';
  if (content.themes.length === 0) fields.themes = 'at least one theme is required to submit';
  if (content.countries.length === 0) fields.countries = 'at least one country is required to submit';
  if (!content.period) fields.period = 'is required to submit';
  if (Object.keys(fields).length > 0) throw new ValidationError('PRACTICE.INCOMPLETE', 'The practice is missing what a submission needs.', fields);
}

function existing(state: Practice): ExistingPractice {
  if (state.status === 'NONE') throw new NotFoundError('PRACTICE.NOT_FOUND', 'No such practice.');
  return state;
}

function notArchived(state: ExistingPractice): void {
  if (state.status === 'ARCHIVED') throw new ValidationError('PRACTICE.ARCHIVED', 'The practice is archived.');
}

/**
 * The domain's rules; who may send each command is its policy's (./policies), which the
 * pipeline runs first. A command on a practice that does not exist is NOT_FOUND here.
 */
export function decide(command: PracticeCommand, state: Practice): PracticeEvent[] {
  const { at } = command;
  // the policies let no visitor through; this keeps decide total on its own
  const actor = (): Actor => {
    if (!command.actor) throw new UnauthenticatedError();
    return command.actor;
  };
  switch (command.type) {
    case 'DraftPractice': {
      if (state.status !== 'NONE') throw new ConflictError('PRACTICE.ALREADY_EXISTS', 'This practice already exists.');
      checkShape(command.data.content);
      return [
        {
          type: 'PracticeDrafted',
          data: {
            practiceId: command.data.practiceId,
            ownerOrganizationId: actor().organizationId,
            ownerCountry: actor().country ?? null,
            content: command.data.content,
            at,
          },
        },
      ];
    }
    case 'RevisePractice': {
      const practice = existing(state);
      notArchived(practice);
      if (practice.status === 'IN_REVIEW') throw new ValidationError('PRACTICE.IN_REVIEW', 'The practice is in review: wait for the Support Unit.');
      checkShape(command.data.content);
      const revised: PracticeEvent = { type: 'PracticeRevised', data: { content: command.data.content, at } };
      if (practice.status === 'PUBLISHED') {
        // The published text stays visible; the revision goes to review.
        checkComplete(command.data.content);
        return [revised, { type: 'PracticeSubmitted', data: { at } }];
      }
      return [revised];
    }
    case 'SubmitPractice': {
      const practice = existing(state);
      notArchived(practice);
      if (practice.status !== 'DRAFT' && practice.status !== 'CHANGES_REQUESTED') {
        throw new ValidationError('PRACTICE.NOT_SUBMITTABLE', `A practice that is ${practice.status} cannot be submitted.`);
      }
      checkShape(practice.working);
      checkComplete(practice.working);
      const answers = command.data?.answers;
      if (!answers) return [{ type: 'PracticeSubmitted', data: { at } }];
      const faults = answerFaults(answers);
      if (Object.keys(faults).length) throw new ValidationError('PRACTICE.INVALID', 'The answers to the quality criteria are not valid.', faults);
      const trimmed = answers.map((a) => ({ ...a, how: a.how.trim(), evidence: a.evidence.trim() }));
      return [{ type: 'PracticeSubmitted', data: { at, answers: trimmed } }];
    }
    case 'AssessPractice': {
      const practice = existing(state);
      if (practice.status !== 'IN_REVIEW') throw new ValidationError('PRACTICE.NOT_IN_REVIEW', 'Only a practice in review can be assessed.');
      const { verdicts } = command.data;
      const faults = verdictFaults(verdicts, practice.assessment);
      if (Object.keys(faults).length) throw new ValidationError('PRACTICE.INVALID', 'The assessment is not valid.', faults);
      const clean = verdicts.map((v) => ({ ...v, note: v.note.trim() }));
      const assessed: PracticeEvent = { type: 'PracticeAssessed', data: { verdicts: clean, at } };
      const reason = questionsReason(clean);
      if (!reason) return [assessed];
      const refused = checkText(reason, { max: LIMITS.reason });
      if (refused) throw new ValidationError('PRACTICE.INVALID', 'The questions are too long together.', { verdicts: refused });
      // A question sends the practice back, as a request for changes does, with the questions as its reason.
      return [assessed, { type: 'PracticeChangesRequested', data: { reason, at } }];
    }
    case 'PublishPractice':
    case 'RequestPracticeChanges': {
      const practice = existing(state);
      if (practice.status !== 'IN_REVIEW') throw new ValidationError('PRACTICE.NOT_IN_REVIEW', 'Only a practice in review can be published or sent back.');
      if (command.type === 'PublishPractice') return [{ type: 'PracticePublished', data: { at } }];
      const reason = command.data.reason.trim();
      if (isBlank(reason)) throw new ValidationError('PRACTICE.REASON_REQUIRED', 'Say what needs to change.', { reason: 'is required' });
      const refused = checkText(reason, { max: LIMITS.reason });
      if (refused) throw new ValidationError('PRACTICE.INVALID', 'The reason is not valid.', { reason: refused });
      return [{ type: 'PracticeChangesRequested', data: { reason, at } }];
    }
    case 'ArchivePractice': {
      const practice = existing(state);
      notArchived(practice);
      return [{ type: 'PracticeArchived', data: { at } }];
    }
    case 'AddPracticeTranslation':
    case 'RevisePracticeTranslation': {
      const practice = existing(state);
      notArchived(practice);
      const { translation } = command.data;
      if (!(LANGUAGES as readonly string[]).includes(translation.language)) {
        throw new ValidationError('PRACTICE.LANGUAGE_UNSUPPORTED', 'Translations are in a UN language.', {
          language: `must be one of ${LANGUAGES.join(', ')}`,
        });
      }
      if (translation.language === practice.working.language) {
        throw new ValidationError('PRACTICE.ORIGINAL_LANGUAGE', 'That is the original language of the practice.', { language: 'is the original language' });
      }
      checkShape(translation);
      const exists = practice.translations.some((t) => t.language === translation.language);
      if (command.type === 'AddPracticeTranslation' && exists) {
        throw new ConflictError('PRACTICE.TRANSLATION_EXISTS', `There is already a translation in ${translation.language}.`);
      }
      if (command.type === 'RevisePracticeTranslation' && !exists) {
        throw new NotFoundError('PRACTICE.NO_SUCH_TRANSLATION', `There is no translation in ${translation.language} to revise.`);
      }
      const type = command.type === 'AddPracticeTranslation' ? 'PracticeTranslationAdded' : 'PracticeTranslationRevised';
      return [{ type, data: { translation, at } }];
    }
    case 'ExpressInterestInPractice': {
      const practice = existing(state);
      if (practice.status === 'ARCHIVED' || practice.published === null)
        throw new ValidationError('PRACTICE.NOT_PUBLISHED', 'Only a published practice can be replicated.');
      if (practice.interestedOrganizations.includes(actor().organizationId)) {
        throw new ConflictError('PRACTICE.INTEREST_ALREADY_EXPRESSED', 'Your organisation has already expressed interest.');
      }
      return [{ type: 'PracticeInterestExpressed', data: { organizationId: actor().organizationId, at } }];
    }
    case 'EraseContact': {
      const practice = existing(state);
      const subjects = [practice.working.contact?.subjectId, practice.published?.contact?.subjectId];
      if (!subjects.includes(command.data.subjectId)) throw new NotFoundError('PRACTICE.NO_SUCH_CONTACT', 'The practice has no such contact.');
      return [{ type: 'PracticeContactErased', data: { subjectId: command.data.subjectId, at } }];
    }
    case 'InvitePracticeCoAuthor':
    case 'AcceptPracticeCoAuthorship':
    case 'DeclinePracticeCoAuthorship':
    case 'RemovePracticeCoAuthor': {
      const practice = existing(state);
      notArchived(practice);
      return decideCoAuthors(command, practice.coAuthors, actor());
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export type { Language };

import type { Actor } from '@pfp/kernel';
import { fold } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { sampleContent } from '../testing/practice-fixtures';
import { summarise, type CriterionAnswer } from './assessment';
import type { PracticeCommand } from './decide';
import type { PracticeEvent } from './practice';
import { practiceAggregate } from './practice-aggregate';

const mexico: Actor = { accountId: 'account-mx', organizationId: 'organization-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const honduras: Actor = { accountId: 'account-hn', organizationId: 'organization-hn', organizationKind: 'STATE', role: 'MEMBER', country: 'HND' };
const supportUnit: Actor = { accountId: 'account-su', organizationId: 'organization-su', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };
const at = '2011-11-20T10:00:00.000Z';
const id = 'practice-00000000-0000-4000-8000-000000000001';
const drafted: PracticeEvent = {
  type: 'PracticeDrafted',
  data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content: sampleContent(), at },
};
const answer = (criterionKey: string, extra: Partial<CriterionAnswer> = {}): CriterionAnswer => ({
  criterionKey,
  meets: true,
  how: `How it meets ${criterionKey}.`,
  evidence: 'An evaluation by the ministry.',
  links: ['https://www.gob.mx/evaluation'],
  ...extra,
});
const answers = [answer('evidence-of-results'), answer('replicability'), answer('innovation', { meets: false, how: 'Not new.' })];
const submittedWith = (a: CriterionAnswer[] = answers): PracticeEvent => ({ type: 'PracticeSubmitted', data: { at, answers: a } });
const confirmAll: PracticeEvent = {
  type: 'PracticeAssessed',
  data: { verdicts: answers.map((a) => ({ criterionKey: a.criterionKey, verdict: 'CONFIRMED' as const, note: '' })), at },
};

const spec = DeciderSpecification(practiceAggregate);
type WithoutTime<T> = T extends unknown ? Omit<T, 'at'> : never;
const cmd = (command: WithoutTime<PracticeCommand>): PracticeCommand => ({ at, ...command }) as PracticeCommand;
const faultsOf = (events: PracticeEvent[], command: PracticeCommand): Record<string, string> | undefined => {
  try {
    practiceAggregate.decide(command, fold(practiceAggregate, events));
  } catch (error) {
    return (error as { fields?: Record<string, string> }).fields;
  }
  return undefined;
};

describe('Practice quality assessment (issue 18)', () => {
  describe('SubmitPractice with answers', () => {
    it('carries the owner’s answer to each criterion, trimmed', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: { answers: answers.map((a) => ({ ...a, how: ` ${a.how} ` })) } }))
        .then([submittedWith()]));
    it('still submits without answers (they stay optional)', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .then([{ type: 'PracticeSubmitted', data: { at } }]));
    it('refuses malformed answers, naming each field', () =>
      expect(
        faultsOf(
          [drafted],
          cmd({
            type: 'SubmitPractice',
            actor: mexico,
            data: {
              answers: [
                answer('replicability', { links: ['http://insecure.example.org', 'not a url'] }),
                answer('replicability'),
                answer('Bad Key'),
                answer('innovation', { how: '  ' }),
              ],
            },
          }),
        ),
      ).toEqual({
        'answers.0.links.0': 'must be an https URL',
        'answers.0.links.1': 'must be an https URL',
        'answers.1.criterionKey': 'answers the same criterion twice',
        'answers.2.criterionKey': 'must be the key of a quality criterion',
        'answers.3.how': 'say how the practice meets the criterion',
      }));
    it('is refused to another state', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: honduras, data: { answers } }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
  });

  describe('AssessPractice', () => {
    it('records the Support Unit’s confirmations', () =>
      spec
        .given([drafted, submittedWith()])
        .when(
          cmd({
            type: 'AssessPractice',
            actor: supportUnit,
            data: { verdicts: answers.map((a) => ({ criterionKey: a.criterionKey, verdict: 'CONFIRMED', note: '' })) },
          }),
        )
        .then([confirmAll]));
    it('sends the practice back when it questions an answer, the questions as the reason', () =>
      spec
        .given([drafted, submittedWith()])
        .when(
          cmd({
            type: 'AssessPractice',
            actor: supportUnit,
            data: {
              verdicts: [
                { criterionKey: 'evidence-of-results', verdict: 'CONFIRMED', note: '' },
                { criterionKey: 'replicability', verdict: 'QUESTIONED', note: ' Name the three countries. ' },
              ],
            },
          }),
        )
        .then([
          {
            type: 'PracticeAssessed',
            data: {
              verdicts: [
                { criterionKey: 'evidence-of-results', verdict: 'CONFIRMED', note: '' },
                { criterionKey: 'replicability', verdict: 'QUESTIONED', note: 'Name the three countries.' },
              ],
              at,
            },
          },
          { type: 'PracticeChangesRequested', data: { reason: 'replicability: Name the three countries.', at } },
        ]));
    it('refuses a question without a note, an unanswered criterion and a repeated one, by field', () =>
      expect(
        faultsOf(
          [drafted, submittedWith()],
          cmd({
            type: 'AssessPractice',
            actor: supportUnit,
            data: {
              verdicts: [
                { criterionKey: 'replicability', verdict: 'QUESTIONED', note: ' ' },
                { criterionKey: 'sustainability', verdict: 'CONFIRMED', note: '' },
                { criterionKey: 'replicability', verdict: 'CONFIRMED', note: '' },
              ],
            },
          }),
        ),
      ).toEqual({
        'verdicts.0.note': 'say what the owner should answer',
        'verdicts.1.criterionKey': 'the owner gave no answer to this criterion',
        'verdicts.2.criterionKey': 'judges the same answer twice',
      }));
    it('refuses no verdict at all', () =>
      spec
        .given([drafted, submittedWith()])
        .when(cmd({ type: 'AssessPractice', actor: supportUnit, data: { verdicts: [] } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a practice that is not in review', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AssessPractice', actor: supportUnit, data: { verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED', note: '' }] } }))
        .thenThrows('PRACTICE.NOT_IN_REVIEW'));
    it('is the Support Unit’s only', () =>
      spec
        .given([drafted, submittedWith()])
        .when(cmd({ type: 'AssessPractice', actor: mexico, data: { verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED', note: '' }] } }))
        .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
    it('answers NOT_FOUND for a practice that does not exist', () =>
      spec
        .given([])
        .when(cmd({ type: 'AssessPractice', actor: supportUnit, data: { verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED', note: '' }] } }))
        .thenThrows('PRACTICE.NOT_FOUND', 'NOT_FOUND'));
  });

  describe('the assessment through the review', () => {
    const questioned: PracticeEvent = {
      type: 'PracticeAssessed',
      data: {
        verdicts: [
          { criterionKey: 'evidence-of-results', verdict: 'CONFIRMED', note: '' },
          { criterionKey: 'replicability', verdict: 'QUESTIONED', note: 'Name the countries.' },
        ],
        at,
      },
    };
    const sentBack: PracticeEvent = { type: 'PracticeChangesRequested', data: { reason: 'replicability: Name the countries.', at } };
    it('keeps a confirmation of an unchanged answer when the owner answers the question, and clears the question', () => {
      const reanswered = answers.map((a) => (a.criterionKey === 'replicability' ? { ...a, how: 'Replicated in Guatemala, Honduras and El Salvador.' } : a));
      const state = fold(practiceAggregate, [drafted, submittedWith(), questioned, sentBack, submittedWith(reanswered)]);
      if (state.status === 'NONE') throw new Error('no practice');
      expect(state.assessment.answers.map((a) => [a.criterionKey, a.verdict])).toEqual([
        ['evidence-of-results', 'CONFIRMED'],
        ['replicability', null],
        ['innovation', null],
      ]);
      expect(summarise(state.assessment).status).toBe('PARTLY_CONFIRMED');
    });
    it('publishes the assessment with the text: "meets 2 of 3 criteria, confirmed by the Support Unit"', () => {
      const state = fold(practiceAggregate, [drafted, submittedWith(), confirmAll, { type: 'PracticePublished', data: { at } }]);
      if (state.status === 'NONE' || !state.publishedAssessment) throw new Error('not published');
      expect(summarise(state.publishedAssessment)).toEqual({
        answered: 3,
        meets: 2,
        confirmed: 3,
        questioned: 0,
        status: 'CONFIRMED',
        label: 'meets 2 of 3 criteria, confirmed by the Support Unit',
      });
    });
    it('keeps the answers of the last submission when a resubmission gives none', () => {
      const state = fold(practiceAggregate, [drafted, submittedWith(), questioned, sentBack, { type: 'PracticeSubmitted', data: { at } }]);
      if (state.status === 'NONE') throw new Error('no practice');
      expect(state.assessment.answers.map((a) => a.verdict)).toEqual(['CONFIRMED', null, null]);
    });
  });
});

import { startTestApi, type TestApi } from '../authorization/harness';
import { draft, mexicoDraft, mutate, mutateRaw } from '@pfp/practices/testing';

type Refusal = { code: string; reason?: string; fields?: Record<string, string> };

/** Every refusal is a GraphQL error with extensions.code, and writes nothing. */
describe('practice refusals over HTTP GraphQL', () => {
  let api: TestApi;
  let mexico: string;
  let honduras: string;
  let iom: string;
  let supportUnit: string;
  let draftId: string;
  let inReviewId: string;
  let publishedId: string;

  const writes = async (): Promise<number[]> =>
    Promise.all([`SELECT count(*) FROM es_events WHERE stream_name LIKE 'practice-%'`, `SELECT count(*) FROM personal_data_keys`].map((sql) => api.count(sql)));

  /** Runs the call, expects one error with this code (and reason), and no new event or key. */
  async function refused(
    call: () => Promise<{ errors?: Array<{ message: string; extensions: Record<string, unknown> }>; data?: unknown }>,
    expected: Refusal,
  ): Promise<Refusal & { message: string }> {
    const before = await writes();
    const result = await call();
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0];
    expect(error.extensions.code).toBe(expected.code);
    if (expected.reason) expect(error.extensions.reason).toBe(expected.reason);
    if (expected.fields) expect(error.extensions.fields).toMatchObject(expected.fields);
    expect(error.message.length).toBeGreaterThan(5);
    expect(await writes()).toEqual(before);
    return { ...(error.extensions as Refusal), message: error.message };
  }

  beforeAll(async () => {
    api = await startTestApi();
    [mexico, honduras, iom, supportUnit] = await Promise.all(['mx', 'hn', 'iom', 'gfmd-support-unit'].map((id) => api.signInAsDemo(id)));
    draftId = (await draft(api, mexico, { ...mexicoDraft, summary: '' })).practice.id as string;
    inReviewId = (await draft(api, mexico)).practice.id as string;
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: inReviewId });
    publishedId = (await draft(api, mexico)).practice.id as string;
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: publishedId });
    await mutate(api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id: publishedId });
    await mutate(api, honduras, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id: publishedId });
    await mutate(api, mexico, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id: publishedId, language: 'es', title: 'Protección de niños' });
  });
  afterAll(() => api?.close());

  describe('wrong role', () => {
    it('a visitor may not draft', () =>
      refused(() => mutateRaw(api, null, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, contact: { name: 'N', email: 'n@example.org' } }), {
        code: 'UNAUTHENTICATED',
      }));
    it('a partner organisation may not draft, even with a contact (its key is discarded)', () =>
      refused(() => mutateRaw(api, iom, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, contact: { name: 'N', email: 'n@example.org' } }), {
        code: 'FORBIDDEN',
        reason: 'PRACTICE.STATES_ONLY',
      }));
    it('the Support Unit may not draft', () =>
      refused(() => mutateRaw(api, supportUnit, 'draftPractice', 'DraftPracticeInput', mexicoDraft), { code: 'FORBIDDEN', reason: 'PRACTICE.STATES_ONLY' }));
    it('another state may not revise', () =>
      refused(() => mutateRaw(api, honduras, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: draftId }), {
        code: 'FORBIDDEN',
        reason: 'PRACTICE.NOT_OWNER',
      }));
    it('another state may not submit', () =>
      refused(() => mutateRaw(api, honduras, 'submitPractice', 'SubmitPracticeInput', { id: draftId }), { code: 'FORBIDDEN', reason: 'PRACTICE.NOT_OWNER' }));
    it('the owner may not publish its own practice', () =>
      refused(() => mutateRaw(api, mexico, 'publishPractice', 'PublishPracticeInput', { id: inReviewId }), {
        code: 'FORBIDDEN',
        reason: 'AUTH.SUPPORT_UNIT_ONLY',
      }));
    it('a visitor may not request changes', () =>
      refused(() => mutateRaw(api, null, 'requestPracticeChanges', 'RequestPracticeChangesInput', { id: inReviewId, reason: 'x' }), {
        code: 'UNAUTHENTICATED',
      }));
    it('a partner may not archive', () =>
      refused(() => mutateRaw(api, iom, 'archivePractice', 'ArchivePracticeInput', { id: draftId }), { code: 'FORBIDDEN', reason: 'PRACTICE.NOT_OWNER' }));
    it('another state may not translate', () =>
      refused(() => mutateRaw(api, honduras, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id: publishedId, language: 'fr', title: 't' }), {
        code: 'FORBIDDEN',
        reason: 'PRACTICE.NOT_OWNER',
      }));
    it('the owner may not express interest in its own practice', () =>
      refused(() => mutateRaw(api, mexico, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id: publishedId }), {
        code: 'FORBIDDEN',
        reason: 'PRACTICE.OWN_PRACTICE',
      }));
    it('the owner may not erase a contact', () =>
      refused(() => mutateRaw(api, mexico, 'eraseContact', 'EraseContactInput', { id: publishedId }), { code: 'FORBIDDEN', reason: 'AUTH.SUPPORT_UNIT_ONLY' }));
  });

  describe('wrong state', () => {
    it('only a practice in review can be published', () =>
      refused(() => mutateRaw(api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id: draftId }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.NOT_IN_REVIEW',
      }));
    it('a practice in review cannot be submitted again', () =>
      refused(() => mutateRaw(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: inReviewId }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.NOT_SUBMITTABLE',
      }));
    it('a practice in review cannot be revised', () =>
      refused(() => mutateRaw(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: inReviewId }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.IN_REVIEW',
      }));
    it('interest needs a published practice', () =>
      refused(() => mutateRaw(api, honduras, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id: draftId }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.NOT_PUBLISHED',
      }));
    it('an unknown practice is NOT_FOUND', () =>
      refused(() => mutateRaw(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: 'practice-00000000-0000-4000-8000-000000000000' }), {
        code: 'NOT_FOUND',
        reason: 'PRACTICE.NOT_FOUND',
      }));
  });

  describe('missing fields and invalid values', () => {
    it('an incomplete draft cannot be submitted, and the error names what is missing', async () => {
      const refusal = await refused(() => mutateRaw(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: draftId }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.INCOMPLETE',
      });
      expect(Object.keys(refusal.fields!)).toEqual(['summary']);
    });
    it('a draft needs a title', () =>
      refused(() => mutateRaw(api, mexico, 'draftPractice', 'DraftPracticeInput', { summary: 'no title' }), { code: 'BAD_USER_INPUT' }));
    it('changes need a reason', () =>
      refused(() => mutateRaw(api, supportUnit, 'requestPracticeChanges', 'RequestPracticeChangesInput', { id: inReviewId, reason: '   ' }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.REASON_REQUIRED',
        fields: { reason: 'is required' },
      }));
    it('unknown themes and countries are refused', () =>
      refused(() => mutateRaw(api, mexico, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, themes: ['no-such-theme'], countries: ['XYZ'] }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.INVALID',
        fields: { themes: 'unknown themes: no-such-theme', countries: 'unknown ISO 3166-1 alpha-3 codes: XYZ' },
      }));
    it('a malformed contact email is refused', () =>
      refused(() => mutateRaw(api, mexico, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, contact: { name: 'N', email: 'not-an-email' } }), {
        code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
      }));
    it('a malformed id is refused', () =>
      refused(() => mutateRaw(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: 'callForAction-1' }), {
        code: 'BAD_USER_INPUT',
        reason: 'ID.MALFORMED',
      }));
    it('a translation in the original language is refused', () =>
      refused(() => mutateRaw(api, mexico, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id: publishedId, language: 'en', title: 't' }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.ORIGINAL_LANGUAGE',
      }));
  });

  describe('text too long', () => {
    it('title over 200 characters', () =>
      refused(() => mutateRaw(api, mexico, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, title: 'x'.repeat(201) }), {
        code: 'BAD_USER_INPUT',
        reason: 'PRACTICE.INVALID',
        fields: { title: 'must be at most 200 characters' },
      }));
    it('summary over 1,000 characters', () =>
      refused(() => mutateRaw(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: draftId, summary: 'x'.repeat(1001) }), {
        code: 'BAD_USER_INPUT',
        fields: { summary: 'must be at most 1000 characters' },
      }));
    it('body over 20,000 characters', () =>
      refused(() => mutateRaw(api, mexico, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, body: 'x'.repeat(20_001) }), {
        code: 'BAD_USER_INPUT',
        fields: { body: 'must be at most 20000 characters' },
      }));
  });

  describe('conflicts', () => {
    it('a stale expectedRevision is a CONFLICT', () =>
      refused(() => mutateRaw(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: draftId, expectedRevision: 7 }), {
        code: 'CONFLICT',
      }));
    it('two owners editing from the same revision: the second is a CONFLICT', async () => {
      const { practice } = await draft(api, mexico);
      await mutate(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: practice.id, title: 'first', expectedRevision: 0 });
      await refused(
        () => mutateRaw(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: practice.id, title: 'second', expectedRevision: 0 }),
        { code: 'CONFLICT' },
      );
    });
    it('interest twice is a CONFLICT', () =>
      refused(() => mutateRaw(api, honduras, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id: publishedId }), {
        code: 'CONFLICT',
        reason: 'PRACTICE.INTEREST_ALREADY_EXPRESSED',
      }));
    it('a second translation in one language is a CONFLICT', () =>
      refused(() => mutateRaw(api, mexico, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id: publishedId, language: 'es', title: 'otra' }), {
        code: 'CONFLICT',
        reason: 'PRACTICE.TRANSLATION_EXISTS',
      }));
  });
});

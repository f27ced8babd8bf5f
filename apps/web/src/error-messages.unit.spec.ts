import i18next from 'i18next';
import { ApiRequestError } from './api';
import { errorMessage, errorMessages, fieldMessage } from './error-messages';
import { CATALOGUES } from './i18n/catalogues';

const inLanguage = async (language: 'en' | 'fr' | 'ar') => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { [language]: { translation: CATALOGUES[language] } }, lng: language, keySeparator: false, nsSeparator: false });
  return i18n;
};

describe('API refusals in the reader language', () => {
  it('words a stable reason from the catalogue, and falls back to the server message', async () => {
    const fr = await inLanguage('fr');
    const notLead = { message: 'Only the lead organisation of the project may do this.', extensions: { code: 'FORBIDDEN', reason: 'PROJECT.NOT_LEAD' } };
    expect(errorMessage(notLead, fr)).toBe('Seule l’organisation chef de file du projet peut faire ceci.');
    expect(errorMessage({ message: 'A new rule.', extensions: { code: 'CONFLICT', reason: 'NEW.RULE' } }, fr)).toBe('A new rule.');
    expect(errorMessage({ message: 'HTTP 502', extensions: { code: 'NETWORK' } }, fr)).toMatch(/injoignable/);
    expect(errorMessage({ message: 'lost a race', extensions: { code: 'CONFLICT', reason: 'EVENT_STORE.CONCURRENCY' } }, fr)).toMatch(/entre-temps/);
    expect(errorMessages(new ApiRequestError([notLead, notLead]), fr)).toBe('Seule l’organisation chef de file du projet peut faire ceci.');
  });

  it("words a refused field by its reason when it is specific, and keeps the server's words for a mere 'not valid'", async () => {
    const ar = await inLanguage('ar');
    const video = new ApiRequestError([
      { message: 'no', extensions: { code: 'BAD_USER_INPUT', reason: 'PROJECT.VIDEO_URL_UNSUPPORTED', fields: { videoUrl: 'must be YouTube or Vimeo' } } },
    ]);
    expect(fieldMessage(video, 'videoUrl', 'must be YouTube or Vimeo', ar)).toBe(CATALOGUES.ar['error.PROJECT.VIDEO_URL_UNSUPPORTED']);
    const invalid = new ApiRequestError([
      { message: 'The input is not valid.', extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: { title: 'title must be shorter' } } },
    ]);
    expect(fieldMessage(invalid, 'title', 'title must be shorter', ar)).toBe('title must be shorter');
  });
});

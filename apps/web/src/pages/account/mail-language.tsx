import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { graphql } from '../../gql';
import { LANGUAGES } from '../../i18n';
import { useSession } from '../../session';
import { Select } from '../../ui';
import { ActionForm, useSend } from '../organizations/forms';

const SetAccountLanguageDocument = graphql(`
  mutation SetAccountLanguage($input: SetAccountLanguageInput!) {
    setAccountLanguage(input: $input) {
      account {
        id
        language
        mailLanguage
      }
    }
  }
`);

/** The language of the person's mails (digests, password resets, webhook notices): until they choose, the site's at their last sign-in. */
export function MailLanguageForm() {
  const { t } = useTranslation();
  const { viewer, refresh } = useSession();
  const form = useSend(
    { language: viewer?.mailLanguage ?? 'en' },
    async (values) => {
      const saved = (await request(SetAccountLanguageDocument, { input: values })).setAccountLanguage.account.mailLanguage;
      await refresh();
      return saved;
    },
    (language) => t('settings.mailLanguageSaved', { language: t(`language.${language}`) }),
    { keepValues: true },
  );
  return (
    <ActionForm
      id="mail-language"
      title={t('settings.mailLanguageTitle')}
      done={form.done}
      error={form.error}
      submitLabel={t('settings.mailLanguageSubmit')}
      onSubmit={form.submit}
    >
      <Select label={t('settings.mailLanguage')} hint={viewer?.language ? undefined : t('settings.mailLanguageHint')} {...form.bind('language')}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </Select>
    </ActionForm>
  );
}

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../countries';
import { joinList } from '../../intl';
import type { RecommendationReasonText } from './documents';

/** Who the reason speaks of: the reader's organisation (why it is recommended, or what it works on), a similar practice, another organisation. */
export type ReasonVoice = 'you' | 'self' | 'shares' | 'they';

function sentence(t: TFunction, voice: ReasonVoice, themes: string, places: string): string {
  switch (voice) {
    case 'you':
      return places ? t('recommendations.reason.youIn', { themes, places }) : t('recommendations.reason.you', { themes });
    case 'self':
      return places ? t('recommendations.reason.selfIn', { themes, places }) : t('recommendations.reason.self', { themes });
    case 'shares':
      return places ? t('recommendations.reason.sharesIn', { themes, places }) : t('recommendations.reason.shares', { themes });
    case 'they':
      return places ? t('recommendations.reason.theyIn', { themes, places }) : t('recommendations.reason.they', { themes });
    default: {
      const never: never = voice;
      return never;
    }
  }
}

/** "Because you work on diaspora policy in Western Africa": the themes, then the countries or, failing them, the regions, in the reader's language. */
export function useReasonText(): (reason: RecommendationReasonText, voice: ReasonVoice) => string {
  const { t, i18n } = useTranslation();
  return (reason, voice) => {
    const language = i18n.language;
    const names = reason.countries.length ? reason.countries.map((code) => countryName(code, language)) : reason.regions.map((region) => region.name);
    return sentence(
      t,
      voice,
      joinList(
        reason.themes.map((theme) => theme.label),
        language,
      ),
      names.length ? joinList(names, language) : '',
    );
  };
}

export function Reason({ reason, voice }: { reason: RecommendationReasonText; voice: ReasonVoice }) {
  const { i18n } = useTranslation();
  const text = useReasonText();
  return (
    <p className="meta recommendation-reason" lang={i18n.language}>
      {text(reason, voice)}
    </p>
  );
}

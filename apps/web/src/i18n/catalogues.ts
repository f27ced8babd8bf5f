import { LANGUAGES, type Language } from './languages';
import ar_common from './locales/ar/common.json';
import ar_figures from './locales/ar/figures.json';
import ar_practices from './locales/ar/practices.json';
import ar_calls from './locales/ar/calls.json';
import ar_projects from './locales/ar/projects.json';
import ar_organizations from './locales/ar/organizations.json';
import ar_errors from './locales/ar/errors.json';
import ar_open_data from './locales/ar/open-data.json';
import ar_discussion from './locales/ar/discussion.json';
import ar_newsletter from './locales/ar/newsletter.json';
import ar_policy_tools from './locales/ar/policy-tools.json';
import ar_webhooks from './locales/ar/webhooks.json';
import ar_recommendations from './locales/ar/recommendations.json';
import ar_search from './locales/ar/search.json';
import ar_quality from './locales/ar/quality.json';
import en_common from './locales/en/common.json';
import en_figures from './locales/en/figures.json';
import en_practices from './locales/en/practices.json';
import en_calls from './locales/en/calls.json';
import en_projects from './locales/en/projects.json';
import en_organizations from './locales/en/organizations.json';
import en_errors from './locales/en/errors.json';
import en_open_data from './locales/en/open-data.json';
import en_discussion from './locales/en/discussion.json';
import en_newsletter from './locales/en/newsletter.json';
import en_policy_tools from './locales/en/policy-tools.json';
import en_webhooks from './locales/en/webhooks.json';
import en_recommendations from './locales/en/recommendations.json';
import en_search from './locales/en/search.json';
import en_quality from './locales/en/quality.json';
import es_common from './locales/es/common.json';
import es_figures from './locales/es/figures.json';
import es_practices from './locales/es/practices.json';
import es_calls from './locales/es/calls.json';
import es_projects from './locales/es/projects.json';
import es_organizations from './locales/es/organizations.json';
import es_errors from './locales/es/errors.json';
import es_open_data from './locales/es/open-data.json';
import es_discussion from './locales/es/discussion.json';
import es_newsletter from './locales/es/newsletter.json';
import es_policy_tools from './locales/es/policy-tools.json';
import es_webhooks from './locales/es/webhooks.json';
import es_recommendations from './locales/es/recommendations.json';
import es_search from './locales/es/search.json';
import es_quality from './locales/es/quality.json';
import fr_common from './locales/fr/common.json';
import fr_figures from './locales/fr/figures.json';
import fr_practices from './locales/fr/practices.json';
import fr_calls from './locales/fr/calls.json';
import fr_projects from './locales/fr/projects.json';
import fr_organizations from './locales/fr/organizations.json';
import fr_errors from './locales/fr/errors.json';
import fr_open_data from './locales/fr/open-data.json';
import fr_discussion from './locales/fr/discussion.json';
import fr_newsletter from './locales/fr/newsletter.json';
import fr_policy_tools from './locales/fr/policy-tools.json';
import fr_webhooks from './locales/fr/webhooks.json';
import fr_recommendations from './locales/fr/recommendations.json';
import fr_search from './locales/fr/search.json';
import fr_quality from './locales/fr/quality.json';
import ru_common from './locales/ru/common.json';
import ru_figures from './locales/ru/figures.json';
import ru_practices from './locales/ru/practices.json';
import ru_calls from './locales/ru/calls.json';
import ru_projects from './locales/ru/projects.json';
import ru_organizations from './locales/ru/organizations.json';
import ru_errors from './locales/ru/errors.json';
import ru_open_data from './locales/ru/open-data.json';
import ru_discussion from './locales/ru/discussion.json';
import ru_newsletter from './locales/ru/newsletter.json';
import ru_policy_tools from './locales/ru/policy-tools.json';
import ru_webhooks from './locales/ru/webhooks.json';
import ru_recommendations from './locales/ru/recommendations.json';
import ru_search from './locales/ru/search.json';
import ru_quality from './locales/ru/quality.json';
import zh_common from './locales/zh/common.json';
import zh_figures from './locales/zh/figures.json';
import zh_practices from './locales/zh/practices.json';
import zh_calls from './locales/zh/calls.json';
import zh_projects from './locales/zh/projects.json';
import zh_organizations from './locales/zh/organizations.json';
import zh_errors from './locales/zh/errors.json';
import zh_open_data from './locales/zh/open-data.json';
import zh_discussion from './locales/zh/discussion.json';
import zh_newsletter from './locales/zh/newsletter.json';
import zh_policy_tools from './locales/zh/policy-tools.json';
import zh_webhooks from './locales/zh/webhooks.json';
import zh_recommendations from './locales/zh/recommendations.json';
import zh_search from './locales/zh/search.json';
import zh_quality from './locales/zh/quality.json';

export { LANGUAGES } from './languages';

/**
 * Each area's strings in locales/<language>/<area>.json (common: the shell, home, feed and the
 * words shared by all), merged into one catalogue per language. Keys are flat and start with
 * their area's prefix; an area adds keys to its own file only.
 */
export const CATALOGUE_PARTS = {
  ar: [ar_common, ar_figures, ar_practices, ar_calls, ar_projects, ar_organizations, ar_errors, ar_open_data, ar_newsletter, ar_discussion, ar_webhooks, ar_policy_tools, ar_quality, ar_search, ar_recommendations],
  en: [en_common, en_figures, en_practices, en_calls, en_projects, en_organizations, en_errors, en_open_data, en_newsletter, en_discussion, en_webhooks, en_policy_tools, en_quality, en_search, en_recommendations],
  es: [es_common, es_figures, es_practices, es_calls, es_projects, es_organizations, es_errors, es_open_data, es_newsletter, es_discussion, es_webhooks, es_policy_tools, es_quality, es_search, es_recommendations],
  fr: [fr_common, fr_figures, fr_practices, fr_calls, fr_projects, fr_organizations, fr_errors, fr_open_data, fr_newsletter, fr_discussion, fr_webhooks, fr_policy_tools, fr_quality, fr_search, fr_recommendations],
  ru: [ru_common, ru_figures, ru_practices, ru_calls, ru_projects, ru_organizations, ru_errors, ru_open_data, ru_newsletter, ru_discussion, ru_webhooks, ru_policy_tools, ru_quality, ru_search, ru_recommendations],
  zh: [zh_common, zh_figures, zh_practices, zh_calls, zh_projects, zh_organizations, zh_errors, zh_open_data, zh_newsletter, zh_discussion, zh_webhooks, zh_policy_tools, zh_quality, zh_search, zh_recommendations],
} satisfies Record<Language, Record<string, string>[]>;

/**
 * Every language's whole catalogue, merged (for the catalogue spec and tools: the site itself
 * loads one language's files at a time, see index.ts).
 */
export const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...CATALOGUE_PARTS[language]) as Record<string, string>]),
) as Record<Language, Record<string, string>>;

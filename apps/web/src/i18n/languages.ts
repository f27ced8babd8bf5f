/** The six UN languages, each with its name in itself (for the switcher). */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RTL: ReadonlySet<Language> = new Set<Language>(['ar']);

/** The writing direction of a text in that language (content can differ from the interface). */
export const dirOf = (language: string): 'rtl' | 'ltr' => (RTL.has(language as Language) ? 'rtl' : 'ltr');

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

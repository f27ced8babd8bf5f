import { applyToDocument, initialLanguage, type Language } from './i18n';

/** Said before any catalogue arrived, so kept here: the title and the button, in the six languages. */
const WORDS: Record<Language, [title: string, text: string, retry: string]> = {
  en: ['The site could not start', 'Part of it did not arrive. Check your connection and try again.', 'Try again'],
  fr: ['Le site n’a pas pu démarrer', 'Une partie n’est pas arrivée. Vérifiez votre connexion et réessayez.', 'Réessayer'],
  es: ['El sitio no pudo iniciarse', 'Una parte no llegó. Compruebe su conexión e inténtelo de nuevo.', 'Intentar de nuevo'],
  ar: ['تعذّر تشغيل الموقع', 'لم يصل جزء منه. تحقّق من اتصالك وحاول مرة أخرى.', 'حاول مرة أخرى'],
  ru: ['Не удалось запустить сайт', 'Часть сайта не загрузилась. Проверьте подключение и попробуйте ещё раз.', 'Попробовать ещё раз'],
  zh: ['网站无法启动', '部分内容未能送达。请检查网络连接后重试。', '重试'],
};

/**
 * The strings of the reader's language did not arrive (they come before the first render): a plain
 * page that says so and loads again on "Try again" or by itself when the connection is back,
 * instead of a blank window.
 */
export function showStartFailure(root: HTMLElement): void {
  const language = initialLanguage();
  const [title, text, retry] = WORDS[language];
  applyToDocument(language);
  document.title = title;
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'primary';
  button.textContent = retry;
  button.addEventListener('click', () => window.location.reload());
  main.append(heading, message, button);
  root.replaceChildren(main);
  window.addEventListener('online', () => window.location.reload(), { once: true });
}

import mjml2html from 'mjml';

/** The six UN languages every mail is written in. */
export const MAIL_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const isMailLanguage = (value: unknown): value is MailLanguage => typeof value === 'string' && (MAIL_LANGUAGES as readonly string[]).includes(value);
/** A language tag (`fr-CA`, `ar`) as one of the six, English when it is none of them. */
export const mailLanguageOf = (value: string | null | undefined): MailLanguage => {
  const base = (value ?? '').toLowerCase().split(/[-_]/)[0];
  return isMailLanguage(base) ? base : 'en';
};

/** One block of a mail, in reading order: the HTML part and the text part are both made from these. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  /** Text kept as written by a person (a decline reason, an issue's introduction): line breaks kept. */
  | { kind: 'quote'; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'heading'; text: string }
  | { kind: 'links'; items: Array<{ title: string; url: string; note?: string }> };

export interface MailContent {
  language: MailLanguage;
  subject: string;
  /** The first line of the mail (also the HTML preview text). */
  heading: string;
  blocks: MailBlock[];
  /** Small print under a rule: why the reader gets this mail, how to stop it. */
  footer: MailBlock[];
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML (and MJML, which passes it through): markup characters escaped. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** Only http(s) links reach a mail; anything else becomes '#'. */
export const safeUrl = (value: string): string => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
};

const FONT = "font-family=\"Helvetica, Arial, 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans SC', sans-serif\"";
const lines = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br/>');

function blockMjml(block: MailBlock, dir: 'ltr' | 'rtl', small = false): string {
  const align = dir === 'rtl' ? 'right' : 'left';
  const size = small ? 'font-size="12px" color="#555555"' : 'font-size="15px" color="#1a1a1a"';
  switch (block.kind) {
    case 'paragraph':
      return `<mj-text ${FONT} ${size} line-height="1.5" align="${align}">${lines(block.text)}</mj-text>`;
    case 'quote':
      return `<mj-text ${FONT} ${size} line-height="1.5" align="${align}" padding-left="32px" padding-right="32px">${lines(block.text)}</mj-text>`;
    case 'heading':
      return `<mj-text ${FONT} font-size="18px" font-weight="bold" color="#0b3d63" align="${align}">${escapeHtml(block.text)}</mj-text>`;
    case 'button':
      return `<mj-button ${FONT} background-color="#0b5cab" color="#ffffff" font-size="15px" align="${align}" href="${escapeHtml(safeUrl(block.url))}">${escapeHtml(block.label)}</mj-button>`;
    case 'links':
      return block.items
        .map(
          (item) =>
            `<mj-text ${FONT} ${size} line-height="1.4" align="${align}"><a href="${escapeHtml(safeUrl(item.url))}" style="color:#0b5cab;font-weight:bold">${escapeHtml(item.title)}</a>${
              item.note ? `<br/>${lines(item.note)}` : ''
            }</mj-text>`,
        )
        .join('\n');
    default: {
      const unknown: never = block;
      throw new Error(`Unknown mail block ${(unknown as MailBlock).kind}`);
    }
  }
}

/** The MJML of a mail: one column, the heading, the blocks, a rule, the footer; right to left in Arabic. */
export function mailMjml(content: MailContent): string {
  const dir = content.language === 'ar' ? 'rtl' : 'ltr';
  return `<mjml lang="${content.language}" dir="${dir}">
  <mj-head>
    <mj-title>${escapeHtml(content.subject)}</mj-title>
    <mj-preview>${escapeHtml(content.heading)}</mj-preview>
  </mj-head>
  <mj-body background-color="#f4f6f8">
    <mj-section background-color="#0b3d63" padding="12px 0">
      <mj-column><mj-text ${FONT} color="#ffffff" font-size="14px" align="${dir === 'rtl' ? 'right' : 'left'}">Platform for Partnerships</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff">
      <mj-column>
        ${blockMjml({ kind: 'heading', text: content.heading }, dir)}
        ${content.blocks.map((b) => blockMjml(b, dir)).join('\n        ')}
        <mj-divider border-width="1px" border-color="#dddddd"/>
        ${content.footer.map((b) => blockMjml(b, dir, true)).join('\n        ')}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'quote':
      return block.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n');
    case 'heading':
      return `${block.text}\n${'-'.repeat(Math.min(60, Array.from(block.text).length))}`;
    case 'button':
      return `${block.label}:\n${safeUrl(block.url)}`;
    case 'links':
      return block.items.map((item) => `* ${item.title}\n  ${safeUrl(item.url)}${item.note ? `\n  ${item.note.replace(/\r?\n/g, '\n  ')}` : ''}`).join('\n\n');
    default: {
      const unknown: never = block;
      throw new Error(`Unknown mail block ${(unknown as MailBlock).kind}`);
    }
  }
}

/** The plain-text part: the same blocks, links written out in full. */
export function mailText(content: MailContent): string {
  return [content.heading, '', ...content.blocks.flatMap((b) => [blockText(b), '']), '-- ', ...content.footer.flatMap((b) => [blockText(b), ''])].join('\n');
}

/** The subject, the HTML part (MJML, validated strictly: a template error fails loudly) and the text part. */
export async function renderContent(content: MailContent): Promise<RenderedMail> {
  const { html, errors } = await mjml2html(mailMjml(content), { validationLevel: 'strict' });
  if (errors.length > 0) throw new Error(`Mail template: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return { subject: content.subject, html, text: mailText(content) };
}

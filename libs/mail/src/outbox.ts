import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  /** The text body (the text/plain part of a multipart mail), decoded. */
  text: string;
  /** The text/html part, decoded, when the mail has one. */
  html: string | null;
  /** Every header of the mail, names in lower case, folded lines unfolded, encoded words decoded. */
  headers: Record<string, string>;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\n\n');
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body: split < 0 ? '' : raw.slice(split + 2) };
}

function decodeBody(part: Part): string {
  const encoding = part.headers['content-transfer-encoding'] ?? '';
  if (/quoted-printable/i.test(encoding)) return decodeQuotedPrintable(part.body);
  if (/base64/i.test(encoding)) return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}

/** The leaf parts of a (possibly nested) multipart body. */
function leaves(part: Part): Part[] {
  const boundary = /multipart\/[a-z]+;.*boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1];
  if (!boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leaves(parsePart(chunk.replace(/^\n/, ''))));
}

/** The .eml files of an outbox folder, oldest first: what tests and the demo read instead of an inbox. */
export async function readOutbox(outbox: string): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = (await readdir(outbox)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const mail = parsePart((await readFile(join(outbox, name), 'utf8')).replace(/\r\n/g, '\n'));
      const parts = leaves(mail);
      const of = (type: RegExp) => parts.find((p) => type.test(p.headers['content-type'] ?? 'text/plain'));
      const text = of(/text\/plain/);
      const html = of(/text\/html/);
      return {
        file: join(outbox, name),
        to: mail.headers.to ?? '',
        subject: mail.headers.subject ?? '',
        text: text ? decodeBody(text) : '',
        html: html ? decodeBody(html) : null,
        headers: mail.headers,
      };
    }),
  );
}

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  /** The text body, quoted-printable decoded. */
  text: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
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
      const raw = (await readFile(join(outbox, name), 'utf8')).replace(/\r\n/g, '\n');
      const split = raw.indexOf('\n\n');
      const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
      const body = raw.slice(split + 2);
      const header = (key: string): string => new RegExp(`^${key}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
      const qp = /quoted-printable/i.test(header('Content-Transfer-Encoding'));
      const b64 = /base64/i.test(header('Content-Transfer-Encoding'));
      const text = qp ? decodeQuotedPrintable(body) : b64 ? Buffer.from(body, 'base64').toString('utf8') : body;
      return { file: join(outbox, name), to: header('To'), subject: header('Subject'), text };
    }),
  );
}

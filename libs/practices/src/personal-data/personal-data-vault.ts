import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SealedContact } from '../domain/practice';

export interface Contact {
  name: string;
  email: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Personal data is sealed with AES-256-GCM under a key per person (subject), kept in
 * `personal_data_keys`, outside the event log. Erasing the key makes every copy of the
 * ciphertext, in events and read models alike, unreadable for good (crypto-shredding).
 */
@Injectable()
export class PersonalDataVault {
  constructor(private readonly dataSource: DataSource) {}

  /** Seals under the subject's key, creating subject and key when absent; `created` says whether a key was made. */
  async seal(contact: Contact, subjectId?: string | null): Promise<{ sealed: SealedContact; created: boolean }> {
    let key = subjectId ? await this.key(subjectId) : null;
    let created = false;
    if (!key || !subjectId) {
      subjectId = randomUUID();
      key = randomBytes(32);
      await this.dataSource.query(`INSERT INTO personal_data_keys (subject_id, key) VALUES ($1, $2)`, [subjectId, key]);
      created = true;
    }
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(subjectId));
    const body = Buffer.concat([cipher.update(JSON.stringify({ n: contact.name, e: contact.email }), 'utf8'), cipher.final()]);
    const ciphertext = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return { sealed: { subjectId, ciphertext }, created };
  }

  /** The contact, or null once its key is erased. */
  async open(sealed: SealedContact | null | undefined): Promise<Contact | null> {
    if (!sealed) return null;
    const key = await this.key(sealed.subjectId);
    if (!key) return null;
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(sealed.subjectId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = JSON.parse(Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')) as {
      n: string;
      e: string;
    };
    return { name: plain.n, email: plain.e };
  }

  async erase(subjectId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(subjectId)) return false;
    const deleted: unknown[] = await this.dataSource.query(`DELETE FROM personal_data_keys WHERE subject_id = $1 RETURNING subject_id`, [subjectId]);
    return deleted.length > 0;
  }

  private async key(subjectId: string): Promise<Buffer | null> {
    if (!/^[0-9a-f-]{36}$/i.test(subjectId)) return null;
    const rows: Array<{ key: Buffer }> = await this.dataSource.query(`SELECT key FROM personal_data_keys WHERE subject_id = $1`, [subjectId]);
    return rows[0]?.key ?? null;
  }
}

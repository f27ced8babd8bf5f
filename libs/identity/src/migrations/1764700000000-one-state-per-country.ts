import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One active STATE organisation per country: the check in createOrganization answers a
 * second one with CONFLICT, and this index keeps two concurrent creations from both
 * committing. A deactivated state no longer counts, so a country can be given a new one.
 */
export class OneStatePerCountry1764700000000 implements MigrationInterface {
  name = 'OneStatePerCountry1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const duplicates: Array<{ country: string; names: string }> = await q.query(`
      SELECT country, string_agg(name || ' (' || id || ')', ', ' ORDER BY created_at) AS names
      FROM organizations WHERE kind = 'STATE' AND deactivated_at IS NULL
      GROUP BY country HAVING count(*) > 1`);
    if (duplicates.length > 0) {
      const list = duplicates.map((d) => `${d.country}: ${d.names}`).join('; ');
      throw new Error(
        `Several active STATE organisations share a country (${list}). Deactivate all but one of each (deactivateOrganization), then start again.`,
      );
    }
    await q.query(`CREATE UNIQUE INDEX organizations_one_state_per_country ON organizations (country) WHERE kind = 'STATE' AND deactivated_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organizations_one_state_per_country`);
  }
}

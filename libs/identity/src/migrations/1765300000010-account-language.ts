import { sqlMigration } from '@pfp/database';

/**
 * Issue 16 point 6: an account's language for the mails it is sent. `language` is the one the
 * person chose (null: none chosen); `site_language` the one they last signed in with, the default.
 */
export const AccountLanguage1765300000010 = sqlMigration('AccountLanguage1765300000010', {
  up: [
    `ALTER TABLE accounts ADD COLUMN language text CHECK (language IN ('ar','en','es','fr','ru','zh')),
       ADD COLUMN site_language text CHECK (site_language IN ('ar','en','es','fr','ru','zh'))`,
  ],
  down: [`ALTER TABLE accounts DROP COLUMN language, DROP COLUMN site_language`],
});

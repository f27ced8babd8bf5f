import { sqlMigration } from '@pfp/database';

/** The discussion context's read models: comments per subject, conversations, moderation of published items. */
export const Discussion1764900000000 = sqlMigration('Discussion1764900000000', {
  up: [
    `CREATE TABLE discussion_comments (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, subject_id text NOT NULL,
       comment_ids text[] NOT NULL DEFAULT '{}', hidden_ids text[] NOT NULL DEFAULT '{}', reported_ids text[] NOT NULL DEFAULT '{}', author_ids text[] NOT NULL DEFAULT '{}')`,
    `CREATE INDEX discussion_comments_authors ON discussion_comments USING gin (author_ids)`,
    `CREATE UNIQUE INDEX discussion_comments_subject ON discussion_comments (subject_id)`,
    `CREATE INDEX discussion_comments_comment_ids ON discussion_comments USING gin (comment_ids)`,
    `CREATE INDEX discussion_comments_hidden ON discussion_comments USING gin (hidden_ids)`,
    `CREATE TABLE conversations (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, organization_ids text[] NOT NULL,
       message_ids text[] NOT NULL DEFAULT '{}', hidden_ids text[] NOT NULL DEFAULT '{}', reported_ids text[] NOT NULL DEFAULT '{}',
       author_ids text[] NOT NULL DEFAULT '{}', last_message_at timestamptz NOT NULL)`,
    `CREATE INDEX conversations_organizations ON conversations USING gin (organization_ids)`,
    `CREATE INDEX conversations_authors ON conversations USING gin (author_ids)`,
    `CREATE INDEX conversations_message_ids ON conversations USING gin (message_ids)`,
    `CREATE TABLE item_moderation (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, item_id text NOT NULL UNIQUE,
       hidden boolean NOT NULL, open_reports int NOT NULL)`,
  ],
  down: [`DROP TABLE item_moderation`, `DROP TABLE conversations`, `DROP TABLE discussion_comments`],
});

import { Controller, Get, Header } from '@nestjs/common';
import { Contributions, Moderation } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import type { DiscussionDocument } from '../comments/comments.projection';

interface CommentExportRow {
  id: string;
  subjectId: string;
  parentId: string | null;
  authorOrganizationId: string;
  body: string;
  postedAt: string;
  editedAt: string | null;
}

/**
 * Open data: the public discussion of public subjects. Never hidden comments, nor those on a
 * hidden subject; deleted ones are gone; no account, only organisations.
 */
@Controller('export')
export class CommentsExportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
    private readonly contributions: Contributions,
  ) {}

  /** Whether a visitor may read the subject (a project may be restricted to its partners). */
  private async isPublic(subjectId: string): Promise<boolean> {
    const subject = this.contributions.subjectOf(subjectId);
    return subject !== null && (await subject.mayFollow(subjectId, { accountId: '', organizationId: '', organizationKind: 'STATE', role: 'MEMBER' }));
  }

  @Get('comments.json')
  @Header('Cache-Control', 'public, max-age=300')
  async json(): Promise<{ license: string; generatedAt: string; comments: CommentExportRow[] }> {
    const docs: Array<{ doc: DiscussionDocument }> = await this.dataSource.query(`SELECT doc FROM discussion_comments ORDER BY subject_id`);
    const open = new Set<string>();
    for (const { doc } of docs) if (await this.isPublic(doc.subjectId)) open.add(doc.subjectId);
    const rows = docs
      .filter(({ doc }) => open.has(doc.subjectId))
      .flatMap(({ doc }) =>
        doc.comments
          .filter((c) => c.moderation.hidden === null && c.deletedAt === null)
          .map((c) => ({
            id: c.id,
            subjectId: doc.subjectId,
            parentId: c.parentId,
            authorOrganizationId: c.authorOrganizationId,
            body: c.body,
            postedAt: c.postedAt,
            editedAt: c.editedAt,
          })),
      );
    const comments = await this.moderation.visible(rows, (r) => [r.subjectId, ...(r.parentId ? [r.parentId] : [])]);
    return { license: 'CC BY 4.0', generatedAt: new Date().toISOString(), comments };
  }
}

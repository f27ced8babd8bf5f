import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@pfp/graphql';
import { Organization } from '@pfp/identity';
import { CO_AUTHOR_STATUSES, type CoAuthor, type CoAuthorStatus as Status } from '../domain/co-authors';

export const CoAuthorStatus = graphqlEnum('CoAuthorStatus', CO_AUTHOR_STATUSES, {
  description: 'INVITED: the owner state asked, no answer yet; ACCEPTED: credited as co-author; DECLINED: the invitation was declined.',
});
export type CoAuthorStatus = Status;

@ObjectType({
  description:
    'A partner organisation invited to co-author a state’s practice (issue 14). Co-authors are credited and read the working copy; only the owner state edits.',
})
export class PracticeCoAuthor {
  @Field(() => ID)
  organizationId!: string;

  /** Resolved by PracticeCoAuthorResolver. */
  organization?: Organization | null;

  @Field(() => CoAuthorStatus)
  status!: Status;

  @Field()
  invitedAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

export const presentCoAuthor = (c: CoAuthor): PracticeCoAuthor => ({
  organizationId: c.organizationId,
  status: c.status,
  invitedAt: new Date(c.invitedAt),
  answeredAt: c.answeredAt ? new Date(c.answeredAt) : null,
});

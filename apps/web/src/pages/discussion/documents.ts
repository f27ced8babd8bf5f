/** The discussion area's operations: comments of a subject, posting and reporting, the Support Unit's queue. */
import { graphql } from '../../gql';

export const DiscussionComment = graphql(`
  fragment DiscussionComment on Comment {
    id
    parentId
    body
    bodyHtml
    postedAt
    editedAt
    editableUntil
    deleted
    hidden
    hiddenReason
    viewerIsAuthor
    authorOrganization {
      id
      name
    }
  }
`);

export const CommentsDocument = graphql(`
  query Comments($subjectId: ID!, $first: Int) {
    comments(subjectId: $subjectId, first: $first) {
      totalCount
      edges {
        node {
          ...DiscussionComment
          replies {
            ...DiscussionComment
          }
        }
      }
    }
  }
`);

export const PostCommentDocument = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      revision
    }
  }
`);

export const EditCommentDocument = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      revision
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      revision
    }
  }
`);

export const ReportContentDocument = graphql(`
  mutation ReportContent($input: ModerationReasonInput!) {
    reportContent(input: $input) {
      revision
    }
  }
`);

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($first: Int) {
    moderationQueue(first: $first) {
      totalCount
      edges {
        node {
          contentId
          kind
          subjectId
          authorOrganizationId
          excerpt
          reports {
            reason
            reporterOrganizationId
            reportedAt
          }
        }
      }
    }
  }
`);

export const HideContentDocument = graphql(`
  mutation HideContent($input: ModerationReasonInput!) {
    hideContent(input: $input) {
      revision
    }
  }
`);

export const DismissReportDocument = graphql(`
  mutation DismissReport($input: DismissReportInput!) {
    dismissReport(input: $input) {
      revision
    }
  }
`);

export const ConversationsDocument = graphql(`
  query Conversations($first: Int) {
    conversations(first: $first) {
      totalCount
      edges {
        node {
          id
          subjectId
          starterOrganizationId
          withOrganizationId
          lastMessageAt
          messages {
            id
            senderOrganizationId
            bodyHtml
            sentAt
            hidden
            hiddenReason
          }
        }
      }
    }
  }
`);

export const StartConversationDocument = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      conversation {
        id
      }
    }
  }
`);

export const SendMessageDocument = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      revision
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganizationName on Organization {\n    id\n    name\n  }\n": typeof types.OrganizationNameFragmentDoc,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageCursorFragmentDoc,
    "\n  fragment FollowState on FollowPayload {\n    following\n    subjectId\n  }\n": typeof types.FollowStateFragmentDoc,
    "\n  query Followed {\n    followedSubjects\n  }\n": typeof types.FollowedDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      ...FollowState\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      ...FollowState\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  fragment FeedEntry on FeedItem {\n    id\n    type\n    text\n    occurredAt\n    read\n    subjectId\n    subjectKind\n    subjectTitle\n  }\n": typeof types.FeedEntryFragmentDoc,
    "\n  query Feed($first: Int) {\n    feed(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          ...FeedEntry\n        }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  subscription LiveFeed {\n    feed {\n      ...FeedEntry\n    }\n  }\n": typeof types.LiveFeedDocument,
    "\n  query NotificationPreference {\n    notificationPreference\n  }\n": typeof types.NotificationPreferenceDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      frequency\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query PlatformStats {\n    platformStats {\n      practicesPublished\n      statesSharingPractices\n      callsForAction\n      activeProjects\n      callsConvertedToProjects\n      updatesLast30Days\n    }\n  }\n": typeof types.PlatformStatsDocument,
    "\n  fragment CallSummary on CallForAction {\n    id\n    title\n    kind\n    status\n    countries\n    deadline\n    posters {\n      organizationId\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": typeof types.CallSummaryFragmentDoc,
    "\n  fragment CallRevision on CallForActionPayload {\n    revision\n    callForAction {\n      id\n    }\n  }\n": typeof types.CallRevisionFragmentDoc,
    "\n  query Calls($filter: CallsForActionFilter, $first: Int) {\n    callsForAction(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CallSummary\n        }\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  query Call($id: ID!) {\n    callForAction(id: $id) {\n      ...CallSummary\n      description\n      revision\n      postedAt\n      projectId\n      responses {\n        organizationId\n        organization {\n          ...OrganizationName\n        }\n        offerKind\n        message\n        respondedAt\n        status\n      }\n    }\n  }\n": typeof types.CallDocument,
    "\n  mutation PostCall($input: PostCallForActionInput!) {\n    postCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n": typeof types.PostCallDocument,
    "\n  mutation RespondToCall($input: RespondToCallForActionInput!) {\n    respondToCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n": typeof types.RespondToCallDocument,
    "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n": typeof types.InviteAccountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment PracticeSummary on Practice {\n    id\n    title\n    summary\n    status\n    countries\n    language\n    publishedAt\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n  }\n": typeof types.PracticeSummaryFragmentDoc,
    "\n  fragment PracticeText on Practice {\n    title\n    summary\n    body\n    results {\n      indicator\n      value\n    }\n  }\n": typeof types.PracticeTextFragmentDoc,
    "\n  fragment WorklistItem on Practice {\n    id\n    title\n    status\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n    changesRequested\n    hasPendingRevision\n    updatedAt\n  }\n": typeof types.WorklistItemFragmentDoc,
    "\n  fragment PracticeRevision on PracticePayload {\n    revision\n    practice {\n      id\n      status\n    }\n  }\n": typeof types.PracticeRevisionFragmentDoc,
    "\n  fragment FacetEntry on FacetCount {\n    value\n    label\n    count\n  }\n": typeof types.FacetEntryFragmentDoc,
    "\n  query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {\n    practices(search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      facets {\n        theme {\n          ...FacetEntry\n        }\n        country {\n          ...FacetEntry\n        }\n        region {\n          ...FacetEntry\n        }\n        implementationStatus {\n          ...FacetEntry\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...PracticeSummary\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query Practice($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      ...PracticeSummary\n      ...PracticeText\n      revision\n      bodyHtml\n      themes {\n        id\n        label\n      }\n      themeIds\n      implementingPartnerIds\n      period {\n        start\n        end\n      }\n      implementationStatus\n      resources {\n        title\n        url\n        kind\n      }\n      translations {\n        language\n        title\n        summary\n        body\n      }\n      changesRequested\n      hasPendingRevision\n      interestCount\n      updatedAt\n    }\n  }\n": typeof types.PracticeDocument,
    "\n  query PracticeAsOf($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      revision\n      ...PracticeText\n    }\n  }\n": typeof types.PracticeAsOfDocument,
    "\n  query PracticeHistory($id: ID!) {\n    history(id: $id) {\n      type\n      revision\n      occurredAt\n      reason\n      actor {\n        organizationId\n      }\n    }\n  }\n": typeof types.PracticeHistoryDocument,
    "\n  query Themes {\n    themes {\n      id\n      kind\n      label\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  query PartnerNames {\n    organizations(first: 100) {\n      edges {\n        node {\n          ...OrganizationName\n        }\n      }\n    }\n  }\n": typeof types.PartnerNamesDocument,
    "\n  mutation DraftPractice($input: DraftPracticeInput!) {\n    draftPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": typeof types.DraftPracticeDocument,
    "\n  mutation RevisePractice($input: RevisePracticeInput!) {\n    revisePractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": typeof types.RevisePracticeDocument,
    "\n  mutation SubmitPractice($input: SubmitPracticeInput!) {\n    submitPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": typeof types.SubmitPracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {\n    requestPracticeChanges(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": typeof types.RequestPracticeChangesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {\n    expressInterestInPractice(input: $input) {\n      revision\n      practice {\n        id\n        interestCount\n      }\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query PracticeWorklist($statuses: [PracticeStatus!], $first: Int, $after: String) {\n    practiceWorklist(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...WorklistItem\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.PracticeWorklistDocument,
    "\n  fragment ProjectSummary on PartnershipProject {\n    id\n    title\n    summary\n    status\n    countries\n    inactive\n    leadOrganizationId\n    partners {\n      organizationId\n      role\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": typeof types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectUpdateEntry on ProjectUpdate {\n    id\n    text\n    postedAt\n    videoUrl\n    organizationId\n    metrics {\n      indicator\n      value\n    }\n  }\n": typeof types.ProjectUpdateEntryFragmentDoc,
    "\n  query Projects($filter: PartnershipProjectsFilter, $first: Int) {\n    partnershipProjects(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query Project($id: ID!) {\n    partnershipProject(id: $id) {\n      ...ProjectSummary\n      objectives\n      startsOn\n      endsOn\n      revision\n      fromCallId\n      milestones {\n        id\n        title\n        plannedOn\n        reachedOn\n      }\n      updates {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  subscription ProjectUpdated($projectId: ID!) {\n    projectUpdated(projectId: $projectId) {\n      type\n      update {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n": typeof types.ProjectUpdatedDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment OrganizationName on Organization {\n    id\n    name\n  }\n": types.OrganizationNameFragmentDoc,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageCursorFragmentDoc,
    "\n  fragment FollowState on FollowPayload {\n    following\n    subjectId\n  }\n": types.FollowStateFragmentDoc,
    "\n  query Followed {\n    followedSubjects\n  }\n": types.FollowedDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      ...FollowState\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      ...FollowState\n    }\n  }\n": types.UnfollowDocument,
    "\n  fragment FeedEntry on FeedItem {\n    id\n    type\n    text\n    occurredAt\n    read\n    subjectId\n    subjectKind\n    subjectTitle\n  }\n": types.FeedEntryFragmentDoc,
    "\n  query Feed($first: Int) {\n    feed(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          ...FeedEntry\n        }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  subscription LiveFeed {\n    feed {\n      ...FeedEntry\n    }\n  }\n": types.LiveFeedDocument,
    "\n  query NotificationPreference {\n    notificationPreference\n  }\n": types.NotificationPreferenceDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      frequency\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query PlatformStats {\n    platformStats {\n      practicesPublished\n      statesSharingPractices\n      callsForAction\n      activeProjects\n      callsConvertedToProjects\n      updatesLast30Days\n    }\n  }\n": types.PlatformStatsDocument,
    "\n  fragment CallSummary on CallForAction {\n    id\n    title\n    kind\n    status\n    countries\n    deadline\n    posters {\n      organizationId\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": types.CallSummaryFragmentDoc,
    "\n  fragment CallRevision on CallForActionPayload {\n    revision\n    callForAction {\n      id\n    }\n  }\n": types.CallRevisionFragmentDoc,
    "\n  query Calls($filter: CallsForActionFilter, $first: Int) {\n    callsForAction(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CallSummary\n        }\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  query Call($id: ID!) {\n    callForAction(id: $id) {\n      ...CallSummary\n      description\n      revision\n      postedAt\n      projectId\n      responses {\n        organizationId\n        organization {\n          ...OrganizationName\n        }\n        offerKind\n        message\n        respondedAt\n        status\n      }\n    }\n  }\n": types.CallDocument,
    "\n  mutation PostCall($input: PostCallForActionInput!) {\n    postCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n": types.PostCallDocument,
    "\n  mutation RespondToCall($input: RespondToCallForActionInput!) {\n    respondToCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n": types.RespondToCallDocument,
    "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n": types.InviteAccountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment PracticeSummary on Practice {\n    id\n    title\n    summary\n    status\n    countries\n    language\n    publishedAt\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n  }\n": types.PracticeSummaryFragmentDoc,
    "\n  fragment PracticeText on Practice {\n    title\n    summary\n    body\n    results {\n      indicator\n      value\n    }\n  }\n": types.PracticeTextFragmentDoc,
    "\n  fragment WorklistItem on Practice {\n    id\n    title\n    status\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n    changesRequested\n    hasPendingRevision\n    updatedAt\n  }\n": types.WorklistItemFragmentDoc,
    "\n  fragment PracticeRevision on PracticePayload {\n    revision\n    practice {\n      id\n      status\n    }\n  }\n": types.PracticeRevisionFragmentDoc,
    "\n  fragment FacetEntry on FacetCount {\n    value\n    label\n    count\n  }\n": types.FacetEntryFragmentDoc,
    "\n  query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {\n    practices(search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      facets {\n        theme {\n          ...FacetEntry\n        }\n        country {\n          ...FacetEntry\n        }\n        region {\n          ...FacetEntry\n        }\n        implementationStatus {\n          ...FacetEntry\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...PracticeSummary\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.PracticesDocument,
    "\n  query Practice($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      ...PracticeSummary\n      ...PracticeText\n      revision\n      bodyHtml\n      themes {\n        id\n        label\n      }\n      themeIds\n      implementingPartnerIds\n      period {\n        start\n        end\n      }\n      implementationStatus\n      resources {\n        title\n        url\n        kind\n      }\n      translations {\n        language\n        title\n        summary\n        body\n      }\n      changesRequested\n      hasPendingRevision\n      interestCount\n      updatedAt\n    }\n  }\n": types.PracticeDocument,
    "\n  query PracticeAsOf($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      revision\n      ...PracticeText\n    }\n  }\n": types.PracticeAsOfDocument,
    "\n  query PracticeHistory($id: ID!) {\n    history(id: $id) {\n      type\n      revision\n      occurredAt\n      reason\n      actor {\n        organizationId\n      }\n    }\n  }\n": types.PracticeHistoryDocument,
    "\n  query Themes {\n    themes {\n      id\n      kind\n      label\n    }\n  }\n": types.ThemesDocument,
    "\n  query PartnerNames {\n    organizations(first: 100) {\n      edges {\n        node {\n          ...OrganizationName\n        }\n      }\n    }\n  }\n": types.PartnerNamesDocument,
    "\n  mutation DraftPractice($input: DraftPracticeInput!) {\n    draftPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": types.DraftPracticeDocument,
    "\n  mutation RevisePractice($input: RevisePracticeInput!) {\n    revisePractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": types.RevisePracticeDocument,
    "\n  mutation SubmitPractice($input: SubmitPracticeInput!) {\n    submitPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": types.SubmitPracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": types.PublishPracticeDocument,
    "\n  mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {\n    requestPracticeChanges(input: $input) {\n      ...PracticeRevision\n    }\n  }\n": types.RequestPracticeChangesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {\n    expressInterestInPractice(input: $input) {\n      revision\n      practice {\n        id\n        interestCount\n      }\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  query PracticeWorklist($statuses: [PracticeStatus!], $first: Int, $after: String) {\n    practiceWorklist(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...WorklistItem\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.PracticeWorklistDocument,
    "\n  fragment ProjectSummary on PartnershipProject {\n    id\n    title\n    summary\n    status\n    countries\n    inactive\n    leadOrganizationId\n    partners {\n      organizationId\n      role\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n": types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectUpdateEntry on ProjectUpdate {\n    id\n    text\n    postedAt\n    videoUrl\n    organizationId\n    metrics {\n      indicator\n      value\n    }\n  }\n": types.ProjectUpdateEntryFragmentDoc,
    "\n  query Projects($filter: PartnershipProjectsFilter, $first: Int) {\n    partnershipProjects(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query Project($id: ID!) {\n    partnershipProject(id: $id) {\n      ...ProjectSummary\n      objectives\n      startsOn\n      endsOn\n      revision\n      fromCallId\n      milestones {\n        id\n        title\n        plannedOn\n        reachedOn\n      }\n      updates {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n": types.ProjectDocument,
    "\n  subscription ProjectUpdated($projectId: ID!) {\n    projectUpdated(projectId: $projectId) {\n      type\n      update {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n": types.ProjectUpdatedDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationName on Organization {\n    id\n    name\n  }\n"): typeof import('./graphql').OrganizationNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): typeof import('./graphql').PageCursorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowState on FollowPayload {\n    following\n    subjectId\n  }\n"): typeof import('./graphql').FollowStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Followed {\n    followedSubjects\n  }\n"): typeof import('./graphql').FollowedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      ...FollowState\n    }\n  }\n"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      ...FollowState\n    }\n  }\n"): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedEntry on FeedItem {\n    id\n    type\n    text\n    occurredAt\n    read\n    subjectId\n    subjectKind\n    subjectTitle\n  }\n"): typeof import('./graphql').FeedEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int) {\n    feed(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          ...FeedEntry\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveFeed {\n    feed {\n      ...FeedEntry\n    }\n  }\n"): typeof import('./graphql').LiveFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreference {\n    notificationPreference\n  }\n"): typeof import('./graphql').NotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      frequency\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStats {\n    platformStats {\n      practicesPublished\n      statesSharingPractices\n      callsForAction\n      activeProjects\n      callsConvertedToProjects\n      updatesLast30Days\n    }\n  }\n"): typeof import('./graphql').PlatformStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallSummary on CallForAction {\n    id\n    title\n    kind\n    status\n    countries\n    deadline\n    posters {\n      organizationId\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n"): typeof import('./graphql').CallSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRevision on CallForActionPayload {\n    revision\n    callForAction {\n      id\n    }\n  }\n"): typeof import('./graphql').CallRevisionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($filter: CallsForActionFilter, $first: Int) {\n    callsForAction(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...CallSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) {\n    callForAction(id: $id) {\n      ...CallSummary\n      description\n      revision\n      postedAt\n      projectId\n      responses {\n        organizationId\n        organization {\n          ...OrganizationName\n        }\n        offerKind\n        message\n        respondedAt\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostCall($input: PostCallForActionInput!) {\n    postCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n"): typeof import('./graphql').PostCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCall($input: RespondToCallForActionInput!) {\n    respondToCallForAction(input: $input) {\n      ...CallRevision\n    }\n  }\n"): typeof import('./graphql').RespondToCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int) {\n    organizations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      account {\n        id\n        email\n      }\n      invitationExpiresAt\n    }\n  }\n"): typeof import('./graphql').InviteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeSummary on Practice {\n    id\n    title\n    summary\n    status\n    countries\n    language\n    publishedAt\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n  }\n"): typeof import('./graphql').PracticeSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeText on Practice {\n    title\n    summary\n    body\n    results {\n      indicator\n      value\n    }\n  }\n"): typeof import('./graphql').PracticeTextFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistItem on Practice {\n    id\n    title\n    status\n    ownerOrganizationId\n    owner {\n      ...OrganizationName\n    }\n    changesRequested\n    hasPendingRevision\n    updatedAt\n  }\n"): typeof import('./graphql').WorklistItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeRevision on PracticePayload {\n    revision\n    practice {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PracticeRevisionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetEntry on FacetCount {\n    value\n    label\n    count\n  }\n"): typeof import('./graphql').FacetEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {\n    practices(search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      facets {\n        theme {\n          ...FacetEntry\n        }\n        country {\n          ...FacetEntry\n        }\n        region {\n          ...FacetEntry\n        }\n        implementationStatus {\n          ...FacetEntry\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...PracticeSummary\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PracticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practice($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      ...PracticeSummary\n      ...PracticeText\n      revision\n      bodyHtml\n      themes {\n        id\n        label\n      }\n      themeIds\n      implementingPartnerIds\n      period {\n        start\n        end\n      }\n      implementationStatus\n      resources {\n        title\n        url\n        kind\n      }\n      translations {\n        language\n        title\n        summary\n        body\n      }\n      changesRequested\n      hasPendingRevision\n      interestCount\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').PracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeAsOf($id: ID!, $asOf: DateTime) {\n    practice(id: $id, asOf: $asOf) {\n      revision\n      ...PracticeText\n    }\n  }\n"): typeof import('./graphql').PracticeAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeHistory($id: ID!) {\n    history(id: $id) {\n      type\n      revision\n      occurredAt\n      reason\n      actor {\n        organizationId\n      }\n    }\n  }\n"): typeof import('./graphql').PracticeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      id\n      kind\n      label\n    }\n  }\n"): typeof import('./graphql').ThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNames {\n    organizations(first: 100) {\n      edges {\n        node {\n          ...OrganizationName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftPractice($input: DraftPracticeInput!) {\n    draftPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n"): typeof import('./graphql').DraftPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePractice($input: RevisePracticeInput!) {\n    revisePractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n"): typeof import('./graphql').RevisePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPractice($input: SubmitPracticeInput!) {\n    submitPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n"): typeof import('./graphql').SubmitPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) {\n      ...PracticeRevision\n    }\n  }\n"): typeof import('./graphql').PublishPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {\n    requestPracticeChanges(input: $input) {\n      ...PracticeRevision\n    }\n  }\n"): typeof import('./graphql').RequestPracticeChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {\n    expressInterestInPractice(input: $input) {\n      revision\n      practice {\n        id\n        interestCount\n      }\n    }\n  }\n"): typeof import('./graphql').ExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeWorklist($statuses: [PracticeStatus!], $first: Int, $after: String) {\n    practiceWorklist(statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...WorklistItem\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PracticeWorklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectSummary on PartnershipProject {\n    id\n    title\n    summary\n    status\n    countries\n    inactive\n    leadOrganizationId\n    partners {\n      organizationId\n      role\n      organization {\n        ...OrganizationName\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectUpdateEntry on ProjectUpdate {\n    id\n    text\n    postedAt\n    videoUrl\n    organizationId\n    metrics {\n      indicator\n      value\n    }\n  }\n"): typeof import('./graphql').ProjectUpdateEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: PartnershipProjectsFilter, $first: Int) {\n    partnershipProjects(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    partnershipProject(id: $id) {\n      ...ProjectSummary\n      objectives\n      startsOn\n      endsOn\n      revision\n      fromCallId\n      milestones {\n        id\n        title\n        plannedOn\n        reachedOn\n      }\n      updates {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectUpdated($projectId: ID!) {\n    projectUpdated(projectId: $projectId) {\n      type\n      update {\n        ...ProjectUpdateEntry\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      role\n      organization {\n        id\n        name\n        kind\n        country\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

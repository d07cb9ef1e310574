/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query AdminTaxonomy {\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n": typeof types.AdminTaxonomyDocument,
    "\n  mutation AdminCreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        cohortId\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.AdminCreateInvitationDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n": typeof types.AdminCreateTopicDocument,
    "\n  mutation AdminRenameTopic($slug: String!, $name: String!) {\n    renameTopic(slug: $slug, name: $name) {\n      ...TopicFields\n    }\n  }\n": typeof types.AdminRenameTopicDocument,
    "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": typeof types.AdminCreateCohortDocument,
    "\n  fragment ReportFields on Report {\n    id\n    subjectType\n    subjectId\n    reason\n    content\n    status\n    action\n    resolutionNote\n    createdAt\n    resolvedAt\n    groupId\n    reporter {\n      id\n      displayName\n    }\n    subjectMember {\n      id\n      displayName\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query AdminReports($status: ReportStatus, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminReportsDocument,
    "\n  mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": typeof types.AdminResolveReportDocument,
    "\n  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {\n    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)\n  }\n": typeof types.AdminRestoreContentDocument,
    "\n  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason)\n  }\n": typeof types.AdminSuspendMemberDocument,
    "\n  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason)\n  }\n": typeof types.AdminReinstateMemberDocument,
    "\n  mutation ReportSomething($input: ReportInput!) {\n    report(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportSomethingDocument,
    "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          subjectType\n          subjectId\n          reason\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query HomeDashboard {\n    me {\n      id\n      groups {\n        id\n        slug\n        name\n      }\n    }\n    myThreads(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          unreadCount\n          group {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myEvents(first: 3) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsAt\n          timezone\n          format\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n    suggestedPeers(first: 3) {\n      member {\n        id\n        displayName\n        headline\n      }\n      reasons\n    }\n  }\n": typeof types.HomeDashboardDocument,
    "\n  query AdminMemberName($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.AdminMemberNameDocument,
    "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment PageBothWays on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.PageBothWaysFragmentDoc,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    pinned\n    locked\n    messageCount\n    unreadCount\n    lastActivityAt\n    participants {\n      ...PersonFields\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query GroupThreads($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": typeof types.GroupThreadsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation LockThread($threadId: ID!, $locked: Boolean!) {\n    lockThread(threadId: $threadId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  fragment MessagePermissionFields on MessagePermissions {\n    edit\n    delete\n    report\n  }\n": typeof types.MessagePermissionFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      ...PersonFields\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    viewerCan {\n      ...MessagePermissionFields\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ThreadPermissionFields on ThreadPermissions {\n    read\n    post\n    moderate\n  }\n": typeof types.ThreadPermissionFieldsFragmentDoc,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummaryFields\n      viewerCan {\n        ...ThreadPermissionFields\n      }\n      group {\n        ...GroupSummaryFields\n        viewerCan {\n          post\n          join\n        }\n      }\n      messages(last: 30) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query OlderMessages($id: ID!, $before: String) {\n    thread(id: $id) {\n      id\n      messages(last: 30, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  query MyThreads($after: String) {\n    myThreads(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": typeof types.MyThreadsDocument,
    "\n  mutation StartDirectThread($memberId: ID!) {\n    startDirectThread(memberId: $memberId) {\n      id\n    }\n  }\n": typeof types.StartDirectThreadDocument,
    "\n  query FindMembers($text: String) {\n    members(filter: { text: $text }, first: 10) {\n      edges {\n        cursor\n        node {\n          ...PersonFields\n          headline\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": typeof types.FindMembersDocument,
    "\n  query MemberName($id: ID!) {\n    member(id: $id) {\n      ...PersonFields\n    }\n  }\n": typeof types.MemberNameDocument,
    "\n  fragment RsvpFields on Rsvp {\n    status\n    waitlistPosition\n  }\n": typeof types.RsvpFieldsFragmentDoc,
    "\n  fragment EventSummaryFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    format\n    venue\n    status\n    capacity\n    goingCount\n    waitlistCount\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    viewerRsvp {\n      ...RsvpFields\n    }\n  }\n": typeof types.EventSummaryFieldsFragmentDoc,
    "\n  fragment AttendeeFields on Attendee {\n    memberId\n    displayName\n    handle\n    leaderType\n    status\n    waitlistPosition\n  }\n": typeof types.AttendeeFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    onlineUrl\n    cancelReason\n    rsvpDeadline\n    attendeesVisible\n    calendarUrl\n    organiser {\n      id\n      displayName\n    }\n    group {\n      id\n      slug\n      name\n    }\n    viewerCan {\n      rsvp\n      rsvpGoing\n      manage\n      edit\n    }\n    announcements {\n      id\n      message\n      createdAt\n    }\n    attendees {\n      balanceSummary\n      going {\n        ...AttendeeFields\n      }\n      waitlisted {\n        ...AttendeeFields\n      }\n    }\n  }\n": typeof types.EventDetailFieldsFragmentDoc,
    "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query MyEvents($first: Int, $after: String) {\n    myEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventChoices {\n    viewerCan {\n      createPlatformEvent\n    }\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    groups(filter: { joinedOnly: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCan {\n            createEvent\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventChoicesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {\n    rsvp(eventId: $eventId, status: $status) {\n      ...RsvpFields\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  mutation AnnounceEvent($eventId: ID!, $message: String!) {\n    announceEvent(eventId: $eventId, message: $message) {\n      id\n      message\n      createdAt\n    }\n  }\n": typeof types.AnnounceEventDocument,
    "\n  query EventAttendeesCsv($eventId: ID!) {\n    eventAttendeesCsv(eventId: $eventId)\n  }\n": typeof types.EventAttendeesCsvDocument,
    "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          summary\n          excerpt\n          link\n          count\n          readAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      channel\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      role\n      status\n    }\n  }\n": typeof types.GroupSummaryFieldsFragmentDoc,
    "\n  query Groups($filter: GroupFilterInput, $first: Int, $after: String) {\n    groups(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupSummaryFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  query Group($slug: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      viewerCan {\n        read\n        post\n        join\n        joinNeedsApproval\n        leave\n        moderate\n        own\n      }\n      rules\n      region {\n        ...RegionFields\n      }\n      topics {\n        ...TopicFields\n      }\n      events(first: 10) {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  fragment MembershipFields on Membership {\n    id\n    role\n    status\n    message\n    createdAt\n    member {\n      ...PersonFields\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  query GroupMembers($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query JoinRequests($slug: String, $after: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      joinRequests(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": typeof types.JoinRequestsDocument,
    "\n  mutation JoinGroup($groupId: ID!, $message: String) {\n    joinGroup(groupId: $groupId, message: $message) {\n      id\n      status\n      role\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation AcceptGroupInvitation($groupId: ID!) {\n    acceptGroupInvitation(groupId: $groupId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptGroupInvitationDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {\n    inviteToGroup(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetGroupRoleDocument,
    "\n  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {\n    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)\n  }\n": typeof types.RemoveFromGroupDocument,
    "\n  query GroupTaxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n  }\n": typeof types.GroupTaxonomyDocument,
    "\n  fragment ViewerFields on Member {\n    id\n    handle\n    displayName\n    role\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    member {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PlatformPermissions {\n    viewerCan {\n      administer\n    }\n  }\n": typeof types.PlatformPermissionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment MemberSummaryFields on Member {\n    id\n    handle\n    displayName\n    headline\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    openToPairing\n  }\n": typeof types.MemberSummaryFieldsFragmentDoc,
    "\n  fragment MemberProfileFields on Member {\n    ...MemberSummaryFields\n    pronouns\n    bio\n    livedExperience\n    leaderType\n    organisation\n    jobTitle\n    cohort {\n      ...CohortFields\n    }\n    avatarUrl\n    joinedAt\n  }\n": typeof types.MemberProfileFieldsFragmentDoc,
    "\n  fragment MyProfileFields on Member {\n    ...MemberProfileFields\n    listedInDirectory\n    visibility {\n      field\n      visibility\n    }\n    consents {\n      kind\n      givenAt\n      withdrawnAt\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  fragment PairingFields on PairingRequest {\n    id\n    status\n    message\n    createdAt\n    respondedAt\n    requester {\n      id\n      displayName\n      headline\n    }\n    recipient {\n      id\n      displayName\n      headline\n    }\n  }\n": typeof types.PairingFieldsFragmentDoc,
    "\n  query Taxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n": typeof types.TaxonomyDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n    consentWording(kind: LIVED_EXPERIENCE)\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation WithdrawLivedExperienceConsent {\n    withdrawConsent(kind: LIVED_EXPERIENCE) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.WithdrawLivedExperienceConsentDocument,
    "\n  query Directory($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MemberSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        regions {\n          value\n          count\n        }\n        topics {\n          value\n          count\n        }\n        leaderTypes {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SuggestedPeers($first: Int) {\n    suggestedPeers(first: $first) {\n      score\n      reasons\n      member {\n        ...MemberSummaryFields\n      }\n    }\n  }\n": typeof types.SuggestedPeersDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      ...MemberProfileFields\n      visibility {\n        field\n        visibility\n      }\n      pairedWith {\n        id\n        displayName\n      }\n      groups {\n        id\n        slug\n        name\n        viewerMembership {\n          status\n        }\n      }\n    }\n    blockedMembers {\n      id\n    }\n    myPairings {\n      ...PairingFields\n    }\n  }\n": typeof types.MemberDocument,
    "\n  mutation RequestPairing($memberId: ID!, $message: String) {\n    requestPairing(memberId: $memberId, message: $message) {\n      ...PairingFields\n    }\n  }\n": typeof types.RequestPairingDocument,
    "\n  mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {\n    respondToPairing(requestId: $requestId, accept: $accept) {\n      ...PairingFields\n    }\n  }\n": typeof types.RespondToPairingDocument,
    "\n  query MyPairings {\n    myPairings {\n      ...PairingFields\n    }\n  }\n": typeof types.MyPairingsDocument,
    "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(memberId: $memberId)\n  }\n": typeof types.BlockMemberDocument,
    "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(memberId: $memberId)\n  }\n": typeof types.UnblockMemberDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment RegionFields on Region {\n    code\n    name\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  fragment TopicFields on Topic {\n    slug\n    name\n  }\n": typeof types.TopicFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    name\n    year\n  }\n": typeof types.CohortFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query AdminTaxonomy {\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n": types.AdminTaxonomyDocument,
    "\n  mutation AdminCreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        cohortId\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.AdminCreateInvitationDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n": types.AdminCreateTopicDocument,
    "\n  mutation AdminRenameTopic($slug: String!, $name: String!) {\n    renameTopic(slug: $slug, name: $name) {\n      ...TopicFields\n    }\n  }\n": types.AdminRenameTopicDocument,
    "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": types.AdminCreateCohortDocument,
    "\n  fragment ReportFields on Report {\n    id\n    subjectType\n    subjectId\n    reason\n    content\n    status\n    action\n    resolutionNote\n    createdAt\n    resolvedAt\n    groupId\n    reporter {\n      id\n      displayName\n    }\n    subjectMember {\n      id\n      displayName\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query AdminReports($status: ReportStatus, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminReportsDocument,
    "\n  mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": types.AdminResolveReportDocument,
    "\n  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {\n    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)\n  }\n": types.AdminRestoreContentDocument,
    "\n  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason)\n  }\n": types.AdminSuspendMemberDocument,
    "\n  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason)\n  }\n": types.AdminReinstateMemberDocument,
    "\n  mutation ReportSomething($input: ReportInput!) {\n    report(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportSomethingDocument,
    "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          subjectType\n          subjectId\n          reason\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query HomeDashboard {\n    me {\n      id\n      groups {\n        id\n        slug\n        name\n      }\n    }\n    myThreads(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          unreadCount\n          group {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myEvents(first: 3) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsAt\n          timezone\n          format\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n    suggestedPeers(first: 3) {\n      member {\n        id\n        displayName\n        headline\n      }\n      reasons\n    }\n  }\n": types.HomeDashboardDocument,
    "\n  query AdminMemberName($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.AdminMemberNameDocument,
    "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment PageBothWays on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.PageBothWaysFragmentDoc,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    pinned\n    locked\n    messageCount\n    unreadCount\n    lastActivityAt\n    participants {\n      ...PersonFields\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query GroupThreads($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": types.GroupThreadsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation LockThread($threadId: ID!, $locked: Boolean!) {\n    lockThread(threadId: $threadId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": types.LockThreadDocument,
    "\n  fragment MessagePermissionFields on MessagePermissions {\n    edit\n    delete\n    report\n  }\n": types.MessagePermissionFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      ...PersonFields\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    viewerCan {\n      ...MessagePermissionFields\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ThreadPermissionFields on ThreadPermissions {\n    read\n    post\n    moderate\n  }\n": types.ThreadPermissionFieldsFragmentDoc,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummaryFields\n      viewerCan {\n        ...ThreadPermissionFields\n      }\n      group {\n        ...GroupSummaryFields\n        viewerCan {\n          post\n          join\n        }\n      }\n      messages(last: 30) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query OlderMessages($id: ID!, $before: String) {\n    thread(id: $id) {\n      id\n      messages(last: 30, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  query MyThreads($after: String) {\n    myThreads(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": types.MyThreadsDocument,
    "\n  mutation StartDirectThread($memberId: ID!) {\n    startDirectThread(memberId: $memberId) {\n      id\n    }\n  }\n": types.StartDirectThreadDocument,
    "\n  query FindMembers($text: String) {\n    members(filter: { text: $text }, first: 10) {\n      edges {\n        cursor\n        node {\n          ...PersonFields\n          headline\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": types.FindMembersDocument,
    "\n  query MemberName($id: ID!) {\n    member(id: $id) {\n      ...PersonFields\n    }\n  }\n": types.MemberNameDocument,
    "\n  fragment RsvpFields on Rsvp {\n    status\n    waitlistPosition\n  }\n": types.RsvpFieldsFragmentDoc,
    "\n  fragment EventSummaryFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    format\n    venue\n    status\n    capacity\n    goingCount\n    waitlistCount\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    viewerRsvp {\n      ...RsvpFields\n    }\n  }\n": types.EventSummaryFieldsFragmentDoc,
    "\n  fragment AttendeeFields on Attendee {\n    memberId\n    displayName\n    handle\n    leaderType\n    status\n    waitlistPosition\n  }\n": types.AttendeeFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    onlineUrl\n    cancelReason\n    rsvpDeadline\n    attendeesVisible\n    calendarUrl\n    organiser {\n      id\n      displayName\n    }\n    group {\n      id\n      slug\n      name\n    }\n    viewerCan {\n      rsvp\n      rsvpGoing\n      manage\n      edit\n    }\n    announcements {\n      id\n      message\n      createdAt\n    }\n    attendees {\n      balanceSummary\n      going {\n        ...AttendeeFields\n      }\n      waitlisted {\n        ...AttendeeFields\n      }\n    }\n  }\n": types.EventDetailFieldsFragmentDoc,
    "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query MyEvents($first: Int, $after: String) {\n    myEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": types.EventDocument,
    "\n  query EventChoices {\n    viewerCan {\n      createPlatformEvent\n    }\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    groups(filter: { joinedOnly: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCan {\n            createEvent\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventChoicesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventDetailFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetailFields\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {\n    rsvp(eventId: $eventId, status: $status) {\n      ...RsvpFields\n    }\n  }\n": types.RsvpDocument,
    "\n  mutation AnnounceEvent($eventId: ID!, $message: String!) {\n    announceEvent(eventId: $eventId, message: $message) {\n      id\n      message\n      createdAt\n    }\n  }\n": types.AnnounceEventDocument,
    "\n  query EventAttendeesCsv($eventId: ID!) {\n    eventAttendeesCsv(eventId: $eventId)\n  }\n": types.EventAttendeesCsvDocument,
    "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          summary\n          excerpt\n          link\n          count\n          readAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      channel\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      role\n      status\n    }\n  }\n": types.GroupSummaryFieldsFragmentDoc,
    "\n  query Groups($filter: GroupFilterInput, $first: Int, $after: String) {\n    groups(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupSummaryFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  query Group($slug: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      viewerCan {\n        read\n        post\n        join\n        joinNeedsApproval\n        leave\n        moderate\n        own\n      }\n      rules\n      region {\n        ...RegionFields\n      }\n      topics {\n        ...TopicFields\n      }\n      events(first: 10) {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  fragment MembershipFields on Membership {\n    id\n    role\n    status\n    message\n    createdAt\n    member {\n      ...PersonFields\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  query GroupMembers($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query JoinRequests($slug: String, $after: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      joinRequests(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n": types.JoinRequestsDocument,
    "\n  mutation JoinGroup($groupId: ID!, $message: String) {\n    joinGroup(groupId: $groupId, message: $message) {\n      id\n      status\n      role\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation AcceptGroupInvitation($groupId: ID!) {\n    acceptGroupInvitation(groupId: $groupId) {\n      id\n      status\n    }\n  }\n": types.AcceptGroupInvitationDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {\n    inviteToGroup(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetGroupRoleDocument,
    "\n  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {\n    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)\n  }\n": types.RemoveFromGroupDocument,
    "\n  query GroupTaxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n  }\n": types.GroupTaxonomyDocument,
    "\n  fragment ViewerFields on Member {\n    id\n    handle\n    displayName\n    role\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    member {\n      ...ViewerFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query PlatformPermissions {\n    viewerCan {\n      administer\n    }\n  }\n": types.PlatformPermissionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment MemberSummaryFields on Member {\n    id\n    handle\n    displayName\n    headline\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    openToPairing\n  }\n": types.MemberSummaryFieldsFragmentDoc,
    "\n  fragment MemberProfileFields on Member {\n    ...MemberSummaryFields\n    pronouns\n    bio\n    livedExperience\n    leaderType\n    organisation\n    jobTitle\n    cohort {\n      ...CohortFields\n    }\n    avatarUrl\n    joinedAt\n  }\n": types.MemberProfileFieldsFragmentDoc,
    "\n  fragment MyProfileFields on Member {\n    ...MemberProfileFields\n    listedInDirectory\n    visibility {\n      field\n      visibility\n    }\n    consents {\n      kind\n      givenAt\n      withdrawnAt\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  fragment PairingFields on PairingRequest {\n    id\n    status\n    message\n    createdAt\n    respondedAt\n    requester {\n      id\n      displayName\n      headline\n    }\n    recipient {\n      id\n      displayName\n      headline\n    }\n  }\n": types.PairingFieldsFragmentDoc,
    "\n  query Taxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n": types.TaxonomyDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n    consentWording(kind: LIVED_EXPERIENCE)\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation WithdrawLivedExperienceConsent {\n    withdrawConsent(kind: LIVED_EXPERIENCE) {\n      ...MyProfileFields\n    }\n  }\n": types.WithdrawLivedExperienceConsentDocument,
    "\n  query Directory($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MemberSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        regions {\n          value\n          count\n        }\n        topics {\n          value\n          count\n        }\n        leaderTypes {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query SuggestedPeers($first: Int) {\n    suggestedPeers(first: $first) {\n      score\n      reasons\n      member {\n        ...MemberSummaryFields\n      }\n    }\n  }\n": types.SuggestedPeersDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      ...MemberProfileFields\n      visibility {\n        field\n        visibility\n      }\n      pairedWith {\n        id\n        displayName\n      }\n      groups {\n        id\n        slug\n        name\n        viewerMembership {\n          status\n        }\n      }\n    }\n    blockedMembers {\n      id\n    }\n    myPairings {\n      ...PairingFields\n    }\n  }\n": types.MemberDocument,
    "\n  mutation RequestPairing($memberId: ID!, $message: String) {\n    requestPairing(memberId: $memberId, message: $message) {\n      ...PairingFields\n    }\n  }\n": types.RequestPairingDocument,
    "\n  mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {\n    respondToPairing(requestId: $requestId, accept: $accept) {\n      ...PairingFields\n    }\n  }\n": types.RespondToPairingDocument,
    "\n  query MyPairings {\n    myPairings {\n      ...PairingFields\n    }\n  }\n": types.MyPairingsDocument,
    "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(memberId: $memberId)\n  }\n": types.BlockMemberDocument,
    "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(memberId: $memberId)\n  }\n": types.UnblockMemberDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment RegionFields on Region {\n    code\n    name\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  fragment TopicFields on Topic {\n    slug\n    name\n  }\n": types.TopicFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    name\n    year\n  }\n": types.CohortFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTaxonomy {\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  query AdminTaxonomy {\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        cohortId\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        cohortId\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      ...TopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameTopic($slug: String!, $name: String!) {\n    renameTopic(slug: $slug, name: $name) {\n      ...TopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRenameTopic($slug: String!, $name: String!) {\n    renameTopic(slug: $slug, name: $name) {\n      ...TopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    id\n    subjectType\n    subjectId\n    reason\n    content\n    status\n    action\n    resolutionNote\n    createdAt\n    resolvedAt\n    groupId\n    reporter {\n      id\n      displayName\n    }\n    subjectMember {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on Report {\n    id\n    subjectType\n    subjectId\n    reason\n    content\n    status\n    action\n    resolutionNote\n    createdAt\n    resolvedAt\n    groupId\n    reporter {\n      id\n      displayName\n    }\n    subjectMember {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReports($status: ReportStatus, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReports($status: ReportStatus, $first: Int, $after: String) {\n    reports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {\n    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)\n  }\n"): (typeof documents)["\n  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {\n    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSomething($input: ReportInput!) {\n    report(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportSomething($input: ReportInput!) {\n    report(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          subjectType\n          subjectId\n          reason\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          subjectType\n          subjectId\n          reason\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeDashboard {\n    me {\n      id\n      groups {\n        id\n        slug\n        name\n      }\n    }\n    myThreads(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          unreadCount\n          group {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myEvents(first: 3) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsAt\n          timezone\n          format\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n    suggestedPeers(first: 3) {\n      member {\n        id\n        displayName\n        headline\n      }\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query HomeDashboard {\n    me {\n      id\n      groups {\n        id\n        slug\n        name\n      }\n    }\n    myThreads(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          unreadCount\n          group {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myEvents(first: 3) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsAt\n          timezone\n          format\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n    suggestedPeers(first: 3) {\n      member {\n        id\n        displayName\n        headline\n      }\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMemberName($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AdminMemberName($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n"): (typeof documents)["\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageBothWays on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageBothWays on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    pinned\n    locked\n    messageCount\n    unreadCount\n    lastActivityAt\n    participants {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    pinned\n    locked\n    messageCount\n    unreadCount\n    lastActivityAt\n    participants {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupThreads($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupThreads($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      threads(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadSummaryFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($threadId: ID!, $locked: Boolean!) {\n    lockThread(threadId: $threadId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($threadId: ID!, $locked: Boolean!) {\n    lockThread(threadId: $threadId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagePermissionFields on MessagePermissions {\n    edit\n    delete\n    report\n  }\n"): (typeof documents)["\n  fragment MessagePermissionFields on MessagePermissions {\n    edit\n    delete\n    report\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      ...PersonFields\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    viewerCan {\n      ...MessagePermissionFields\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      ...PersonFields\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    viewerCan {\n      ...MessagePermissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadPermissionFields on ThreadPermissions {\n    read\n    post\n    moderate\n  }\n"): (typeof documents)["\n  fragment ThreadPermissionFields on ThreadPermissions {\n    read\n    post\n    moderate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummaryFields\n      viewerCan {\n        ...ThreadPermissionFields\n      }\n      group {\n        ...GroupSummaryFields\n        viewerCan {\n          post\n          join\n        }\n      }\n      messages(last: 30) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummaryFields\n      viewerCan {\n        ...ThreadPermissionFields\n      }\n      group {\n        ...GroupSummaryFields\n        viewerCan {\n          post\n          join\n        }\n      }\n      messages(last: 30) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($id: ID!, $before: String) {\n    thread(id: $id) {\n      id\n      messages(last: 30, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderMessages($id: ID!, $before: String) {\n    thread(id: $id) {\n      id\n      messages(last: 30, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyThreads($after: String) {\n    myThreads(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyThreads($after: String) {\n    myThreads(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDirectThread($memberId: ID!) {\n    startDirectThread(memberId: $memberId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartDirectThread($memberId: ID!) {\n    startDirectThread(memberId: $memberId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindMembers($text: String) {\n    members(filter: { text: $text }, first: 10) {\n      edges {\n        cursor\n        node {\n          ...PersonFields\n          headline\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindMembers($text: String) {\n    members(filter: { text: $text }, first: 10) {\n      edges {\n        cursor\n        node {\n          ...PersonFields\n          headline\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberName($id: ID!) {\n    member(id: $id) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query MemberName($id: ID!) {\n    member(id: $id) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpFields on Rsvp {\n    status\n    waitlistPosition\n  }\n"): (typeof documents)["\n  fragment RsvpFields on Rsvp {\n    status\n    waitlistPosition\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummaryFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    format\n    venue\n    status\n    capacity\n    goingCount\n    waitlistCount\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    viewerRsvp {\n      ...RsvpFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventSummaryFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    format\n    venue\n    status\n    capacity\n    goingCount\n    waitlistCount\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    viewerRsvp {\n      ...RsvpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendeeFields on Attendee {\n    memberId\n    displayName\n    handle\n    leaderType\n    status\n    waitlistPosition\n  }\n"): (typeof documents)["\n  fragment AttendeeFields on Attendee {\n    memberId\n    displayName\n    handle\n    leaderType\n    status\n    waitlistPosition\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    onlineUrl\n    cancelReason\n    rsvpDeadline\n    attendeesVisible\n    calendarUrl\n    organiser {\n      id\n      displayName\n    }\n    group {\n      id\n      slug\n      name\n    }\n    viewerCan {\n      rsvp\n      rsvpGoing\n      manage\n      edit\n    }\n    announcements {\n      id\n      message\n      createdAt\n    }\n    attendees {\n      balanceSummary\n      going {\n        ...AttendeeFields\n      }\n      waitlisted {\n        ...AttendeeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    onlineUrl\n    cancelReason\n    rsvpDeadline\n    attendeesVisible\n    calendarUrl\n    organiser {\n      id\n      displayName\n    }\n    group {\n      id\n      slug\n      name\n    }\n    viewerCan {\n      rsvp\n      rsvpGoing\n      manage\n      edit\n    }\n    announcements {\n      id\n      message\n      createdAt\n    }\n    attendees {\n      balanceSummary\n      going {\n        ...AttendeeFields\n      }\n      waitlisted {\n        ...AttendeeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvents($first: Int, $after: String) {\n    myEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEvents($first: Int, $after: String) {\n    myEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventChoices {\n    viewerCan {\n      createPlatformEvent\n    }\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    groups(filter: { joinedOnly: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCan {\n            createEvent\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventChoices {\n    viewerCan {\n      createPlatformEvent\n    }\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    groups(filter: { joinedOnly: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCan {\n            createEvent\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {\n    rsvp(eventId: $eventId, status: $status) {\n      ...RsvpFields\n    }\n  }\n"): (typeof documents)["\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {\n    rsvp(eventId: $eventId, status: $status) {\n      ...RsvpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceEvent($eventId: ID!, $message: String!) {\n    announceEvent(eventId: $eventId, message: $message) {\n      id\n      message\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnnounceEvent($eventId: ID!, $message: String!) {\n    announceEvent(eventId: $eventId, message: $message) {\n      id\n      message\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendeesCsv($eventId: ID!) {\n    eventAttendeesCsv(eventId: $eventId)\n  }\n"): (typeof documents)["\n  query EventAttendeesCsv($eventId: ID!) {\n    eventAttendeesCsv(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          summary\n          excerpt\n          link\n          count\n          readAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          summary\n          excerpt\n          link\n          count\n          readAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($filter: GroupFilterInput, $first: Int, $after: String) {\n    groups(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($filter: GroupFilterInput, $first: Int, $after: String) {\n    groups(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupSummaryFields\n        }\n      }\n      pageInfo {\n        ...PageBothWays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($slug: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      viewerCan {\n        read\n        post\n        join\n        joinNeedsApproval\n        leave\n        moderate\n        own\n      }\n      rules\n      region {\n        ...RegionFields\n      }\n      topics {\n        ...TopicFields\n      }\n      events(first: 10) {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($slug: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      viewerCan {\n        read\n        post\n        join\n        joinNeedsApproval\n        leave\n        moderate\n        own\n      }\n      rules\n      region {\n        ...RegionFields\n      }\n      topics {\n        ...TopicFields\n      }\n      events(first: 10) {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    id\n    role\n    status\n    message\n    createdAt\n    member {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on Membership {\n    id\n    role\n    status\n    message\n    createdAt\n    member {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($slug: String, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinRequests($slug: String, $after: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      joinRequests(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinRequests($slug: String, $after: String) {\n    group(slug: $slug) {\n      ...GroupSummaryFields\n      joinRequests(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MembershipFields\n          }\n        }\n        pageInfo {\n          ...PageBothWays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!, $message: String) {\n    joinGroup(groupId: $groupId, message: $message) {\n      id\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupId: ID!, $message: String) {\n    joinGroup(groupId: $groupId, message: $message) {\n      id\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptGroupInvitation($groupId: ID!) {\n    acceptGroupInvitation(groupId: $groupId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptGroupInvitation($groupId: ID!) {\n    acceptGroupInvitation(groupId: $groupId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {\n    inviteToGroup(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {\n    inviteToGroup(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {\n    decideJoinRequest(membershipId: $membershipId, approve: $approve) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {\n    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)\n  }\n"): (typeof documents)["\n  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {\n    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupTaxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n  }\n"): (typeof documents)["\n  query GroupTaxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Member {\n    id\n    handle\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Member {\n    id\n    handle\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    member {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    member {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformPermissions {\n    viewerCan {\n      administer\n    }\n  }\n"): (typeof documents)["\n  query PlatformPermissions {\n    viewerCan {\n      administer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummaryFields on Member {\n    id\n    handle\n    displayName\n    headline\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    openToPairing\n  }\n"): (typeof documents)["\n  fragment MemberSummaryFields on Member {\n    id\n    handle\n    displayName\n    headline\n    region {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    openToPairing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberProfileFields on Member {\n    ...MemberSummaryFields\n    pronouns\n    bio\n    livedExperience\n    leaderType\n    organisation\n    jobTitle\n    cohort {\n      ...CohortFields\n    }\n    avatarUrl\n    joinedAt\n  }\n"): (typeof documents)["\n  fragment MemberProfileFields on Member {\n    ...MemberSummaryFields\n    pronouns\n    bio\n    livedExperience\n    leaderType\n    organisation\n    jobTitle\n    cohort {\n      ...CohortFields\n    }\n    avatarUrl\n    joinedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on Member {\n    ...MemberProfileFields\n    listedInDirectory\n    visibility {\n      field\n      visibility\n    }\n    consents {\n      kind\n      givenAt\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on Member {\n    ...MemberProfileFields\n    listedInDirectory\n    visibility {\n      field\n      visibility\n    }\n    consents {\n      kind\n      givenAt\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingFields on PairingRequest {\n    id\n    status\n    message\n    createdAt\n    respondedAt\n    requester {\n      id\n      displayName\n      headline\n    }\n    recipient {\n      id\n      displayName\n      headline\n    }\n  }\n"): (typeof documents)["\n  fragment PairingFields on PairingRequest {\n    id\n    status\n    message\n    createdAt\n    respondedAt\n    requester {\n      id\n      displayName\n      headline\n    }\n    recipient {\n      id\n      displayName\n      headline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  query Taxonomy {\n    regions {\n      ...RegionFields\n    }\n    topics {\n      ...TopicFields\n    }\n    cohorts {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n    consentWording(kind: LIVED_EXPERIENCE)\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n    consentWording(kind: LIVED_EXPERIENCE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawLivedExperienceConsent {\n    withdrawConsent(kind: LIVED_EXPERIENCE) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawLivedExperienceConsent {\n    withdrawConsent(kind: LIVED_EXPERIENCE) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MemberSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        regions {\n          value\n          count\n        }\n        topics {\n          value\n          count\n        }\n        leaderTypes {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MemberSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        regions {\n          value\n          count\n        }\n        topics {\n          value\n          count\n        }\n        leaderTypes {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedPeers($first: Int) {\n    suggestedPeers(first: $first) {\n      score\n      reasons\n      member {\n        ...MemberSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedPeers($first: Int) {\n    suggestedPeers(first: $first) {\n      score\n      reasons\n      member {\n        ...MemberSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) {\n      ...MemberProfileFields\n      visibility {\n        field\n        visibility\n      }\n      pairedWith {\n        id\n        displayName\n      }\n      groups {\n        id\n        slug\n        name\n        viewerMembership {\n          status\n        }\n      }\n    }\n    blockedMembers {\n      id\n    }\n    myPairings {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) {\n      ...MemberProfileFields\n      visibility {\n        field\n        visibility\n      }\n      pairedWith {\n        id\n        displayName\n      }\n      groups {\n        id\n        slug\n        name\n        viewerMembership {\n          status\n        }\n      }\n    }\n    blockedMembers {\n      id\n    }\n    myPairings {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPairing($memberId: ID!, $message: String) {\n    requestPairing(memberId: $memberId, message: $message) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPairing($memberId: ID!, $message: String) {\n    requestPairing(memberId: $memberId, message: $message) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {\n    respondToPairing(requestId: $requestId, accept: $accept) {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {\n    respondToPairing(requestId: $requestId, accept: $accept) {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPairings {\n    myPairings {\n      ...PairingFields\n    }\n  }\n"): (typeof documents)["\n  query MyPairings {\n    myPairings {\n      ...PairingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation BlockMember($memberId: ID!) {\n    blockMember(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment RegionFields on Region {\n    code\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicFields on Topic {\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment TopicFields on Topic {\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortFields on Cohort {\n    id\n    name\n    year\n  }\n"): (typeof documents)["\n  fragment CohortFields on Cohort {\n    id\n    name\n    year\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
// The one place the web app derives a permission: for messages that came over the socket, which carry no viewerCan.
import type { MessagePermissions, ThreadPermissions } from '../../graphql/discussions-operations';
import type { LiveMessage } from './live-thread-state';

/**
 * What the viewer may do with a message that arrived live (socket payloads are the same for everyone, so they carry
 * no `viewerCan`): from the thread's `viewerCan` and whether the message is the viewer's own, mirroring the server's
 * `messagePermissions` (libs/discussions discussion.policy.ts). For live messages only.
 */
export function liveMessagePermissions(
  thread: ThreadPermissions,
  message: Pick<LiveMessage, 'author' | 'deleted'>,
  viewerId: string,
): MessagePermissions {
  const live = thread.read && !message.deleted;
  const mine = message.author?.id === viewerId;
  return { edit: live && mine, delete: live && (mine || thread.moderate), report: live && !mine };
}

/** A message loaded by GraphQL answers with its own `viewerCan`; one that arrived live, as `liveMessagePermissions`. */
export function messagePermissionsOf(
  message: LiveMessage,
  thread: ThreadPermissions,
  viewerId: string,
): MessagePermissions {
  return message.viewerCan ?? liveMessagePermissions(thread, message, viewerId);
}

/**
 * The job enqueued with messages that may concern someone besides their thread's room (a mention, a reply, a
 * message in a direct conversation), in the transaction that stores them. Discussions only announce it; the
 * notifications domain does the work.
 */
export const MESSAGES_WRITTEN_JOB = 'discussions.messages-written';

export interface MessagesWritten {
  messageIds: string[];
}

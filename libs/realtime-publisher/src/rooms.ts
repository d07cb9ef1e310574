/** The room of every socket of one member, on whichever replica it is connected. */
export const memberRoom = (memberId: string): string => `member:${memberId}`;
/** The room of the sockets opened with one session (one signed-in device). */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
/** The room of the sockets that joined a thread. */
export const threadRoom = (threadId: string): string => `thread:${threadId}`;

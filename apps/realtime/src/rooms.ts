/** Every socket of a member joins this room, on whichever replica it is connected. */
export const memberRoom = (memberId: string): string => `member:${memberId}`;

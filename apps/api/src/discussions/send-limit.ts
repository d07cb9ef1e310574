import type { Limit } from '#libs/rate-limits';

/**
 * Messages one member posts through GraphQL: REALTIME_SEND_LIMIT a minute, as on the socket, but counted in the
 * shared throttle, so that every API replica spends from the same budget.
 */
export function sendLimit(memberId: string, perMinute: number): Limit {
  return {
    key: `send:${memberId}`,
    limit: perMinute,
    windowSeconds: 60,
    message: (wait) => `You are sending very quickly. Please wait ${wait} and try again.`,
  };
}

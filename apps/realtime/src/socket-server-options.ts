import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';
import type { Config } from '#libs/config';

export type SocketServerLimits = Partial<Pick<ServerOptions, 'maxHttpBufferSize' | 'cors' | 'allowRequest'>>;

/** The largest event a client may send: a 10,000-character message with room to spare. */
export const MAX_EVENT_BYTES = 64 * 1024;

/**
 * How the socket server accepts connections. A browser always sends `Origin`: only the public origin and
 * ALLOWED_ORIGINS may connect (a page elsewhere cannot open sockets with a member's token). Clients that are not
 * browsers send no `Origin` and are let through to authentication like any other.
 */
export function socketServerOptions(config: Pick<Config, 'allowedOrigins'>): SocketServerLimits {
  const allowed = new Set(config.allowedOrigins);
  return {
    maxHttpBufferSize: MAX_EVENT_BYTES,
    cors: { origin: [...allowed] },
    allowRequest: (request: IncomingMessage, callback: (error: string | null, ok: boolean) => void) => {
      const origin = request.headers.origin;
      callback(null, origin === undefined || allowed.has(origin));
    },
  };
}

import { Inject, Logger } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { ErrorCode, UnauthenticatedError } from '#libs/errors';
import { AuthenticationService, type Viewer } from '#libs/identity';
import { MAX_SOCKETS_PER_MEMBER } from '#libs/rate-limits';
import { memberRoom, sessionRoom } from './rooms.js';
import type { ClientToServer, ServerToClient } from '#libs/realtime-contract';

export interface SocketData {
  viewer: Viewer;
  /** When the access token the socket connected with expires (ms since the epoch). */
  expiresAt?: number;
}

/** setTimeout's longest delay (about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The `exp` of a token already verified (a JWT's payload is its second part), in ms; undefined when it has none. */
function expiryOf(token: string): number | undefined {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** A socket with the contract's typed events (schema/realtime.asyncapi.yaml, typed in socket-contract.ts). */
export type ConferSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
export type ConferServer = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/** A connection refused past MAX_SOCKETS_PER_MEMBER: `connect_error` "RATE_LIMITED", with the contract's Error. */
function tooManySockets(): Error {
  return Object.assign(new Error(ErrorCode.RATE_LIMITED), {
    data: {
      code: ErrorCode.RATE_LIMITED,
      message:
        `You have Confer open in ${MAX_SOCKETS_PER_MEMBER} windows or devices at once, the most we allow. ` +
        'Close one and try again.',
      retryAfter: 60,
    },
  });
}

/**
 * Handshake authentication with the same function as the API: `io(url, { auth: { token } })`.
 * A missing, forged or expired token fails the connection with `connect_error` "UNAUTHENTICATED"; a member's
 * socket beyond MAX_SOCKETS_PER_MEMBER open on this replica, with "RATE_LIMITED".
 */
@WebSocketGateway()
export class ConnectionGateway implements OnGatewayInit<ConferServer>, OnGatewayConnection<ConferSocket> {
  private readonly logger = new Logger('Realtime');
  /** Each member's open sockets on this replica. */
  private readonly openSockets = new Map<string, number>();

  @WebSocketServer()
  server!: ConferServer;

  constructor(@Inject(AuthenticationService) private readonly authentication: AuthenticationService) {}

  afterInit(server: ConferServer): void {
    server.use((socket: ConferSocket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token =
        typeof auth?.token === 'string'
          ? auth.token
          : AuthenticationService.bearerToken(socket.handshake.headers.authorization);
      this.authentication.authenticate(token).then(
        (viewer) => {
          if (!this.opened(socket, viewer.memberId)) return next(tooManySockets());
          socket.data.viewer = viewer;
          socket.data.expiresAt = expiryOf(token!);
          next();
        },
        (error: unknown) => {
          if (!(error instanceof UnauthenticatedError))
            this.logger.error(`Socket authentication failed: ${String(error)}`);
          next(
            new Error(
              error instanceof UnauthenticatedError
                ? ErrorCode.UNAUTHENTICATED
                : ErrorCode.INTERNAL_SERVER_ERROR,
            ),
          );
        },
      );
    });
  }

  /** Counts the socket as open until its connection closes; false (not counted) when the member has too many. */
  private opened(socket: ConferSocket, memberId: string): boolean {
    const open = this.openSockets.get(memberId) ?? 0;
    if (open >= MAX_SOCKETS_PER_MEMBER) return false;
    this.openSockets.set(memberId, open + 1);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      const left = (this.openSockets.get(memberId) ?? 1) - 1;
      if (left > 0) this.openSockets.set(memberId, left);
      else this.openSockets.delete(memberId);
    };
    socket.once('disconnect', close);
    socket.conn.once('close', close);
    return true;
  }

  /**
   * Joins the member's and the session's rooms (through which a logout, a suspension or a password change closes
   * the socket at once), and closes the socket when its access token expires: a socket is never worth more than
   * the token it was opened with. The client connects again with a fresh token and catches up.
   */
  async handleConnection(socket: ConferSocket): Promise<void> {
    const expiresAt = socket.data.expiresAt;
    if (expiresAt !== undefined) {
      const timer = setTimeout(
        () => socket.disconnect(true),
        Math.min(Math.max(0, expiresAt - Date.now()), LONGEST_TIMER_MS),
      );
      timer.unref();
      socket.once('disconnect', () => clearTimeout(timer));
    }
    await socket.join([memberRoom(socket.data.viewer.memberId), sessionRoom(socket.data.viewer.sessionId)]);
  }
}

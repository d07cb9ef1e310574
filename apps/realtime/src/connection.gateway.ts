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

/**
 * Handshake authentication with the same function as the API: `io(url, { auth: { token } })`.
 * A missing, forged or expired token fails the connection with `connect_error` "UNAUTHENTICATED".
 */
@WebSocketGateway()
export class ConnectionGateway implements OnGatewayInit<ConferServer>, OnGatewayConnection<ConferSocket> {
  private readonly logger = new Logger('Realtime');

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

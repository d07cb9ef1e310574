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

export interface SocketData {
  viewer: Viewer;
}

export type ConferSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

/**
 * Handshake authentication with the same function as the API: `io(url, { auth: { token } })`.
 * A missing, forged or expired token fails the connection with `connect_error` "UNAUTHENTICATED".
 */
@WebSocketGateway({ cors: { origin: true }, maxHttpBufferSize: 64 * 1024 })
export class ConnectionGateway implements OnGatewayInit<Server>, OnGatewayConnection<ConferSocket> {
  private readonly logger = new Logger('Realtime');

  @WebSocketServer()
  server!: Server;

  constructor(@Inject(AuthenticationService) private readonly authentication: AuthenticationService) {}

  afterInit(server: Server): void {
    server.use((socket: ConferSocket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token =
        typeof auth?.token === 'string'
          ? auth.token
          : AuthenticationService.bearerToken(socket.handshake.headers.authorization);
      this.authentication.authenticate(token).then(
        (viewer) => {
          socket.data.viewer = viewer;
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

  async handleConnection(socket: ConferSocket): Promise<void> {
    await socket.join([memberRoom(socket.data.viewer.memberId), sessionRoom(socket.data.viewer.sessionId)]);
  }
}

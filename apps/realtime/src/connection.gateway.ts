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

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { loadConfig, type Config } from '#libs/config';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createRealtimeApp } from '../../apps/realtime/src/bootstrap.js';
import { tracked } from './started.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const ADMIN = { email: 'admin@confer.test', password: 'a long admin passphrase' };

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{
    message: string;
    extensions: { code: string; fields?: Record<string, string>; [key: string]: unknown };
  }>;
}

export interface TestPlatform {
  config: Config;
  db: TestDatabase;
  apiUrl: string;
  realtimeUrl: string;
  api: INestApplication;
  realtime: INestApplication;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  /** Signs in; returns the access token. */
  login(email: string, password: string): Promise<string>;
  connectSocket(token: string | undefined): Socket;
  close(): Promise<void>;
}

/**
 * The API and the realtime service over a database of this test file's own, listening on free ports, or with
 * `onConfiguredPorts` on API_PORT and REALTIME_PORT (which `env` then gives: the web app finds the realtime service
 * by its port).
 */
export function startTestPlatform(
  env: Record<string, string> = {},
  options: { onConfiguredPorts?: boolean } = {},
): Promise<TestPlatform> {
  return tracked(launchTestPlatform(env, options));
}

async function launchTestPlatform(
  env: Record<string, string>,
  { onConfiguredPorts = false }: { onConfiguredPorts?: boolean },
): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PUBLIC_URL: 'http://confer.test',
    JOBS_POLL_SECONDS: '0.5',
    // Tests build many groups, events and threads as one member; the abuse-limits tests set it back to 1.
    WRITE_LIMIT_SCALE: '100',
    ...env,
  });
  const apps: INestApplication[] = [];
  let api: INestApplication;
  let realtime: INestApplication;
  try {
    api = await createApiApp(config, db.url);
    apps.push(api);
    await api.listen(onConfiguredPorts ? config.apiPort : 0, '127.0.0.1');
    realtime = await createRealtimeApp(config, db.url);
    apps.push(realtime);
    await realtime.listen(onConfiguredPorts ? config.realtimePort : 0, '127.0.0.1');
    if (!(realtime.getHttpServer() as Server).listening)
      throw new Error('the realtime service is not listening');
  } catch (error) {
    for (const app of apps.reverse()) await app.close();
    await db.drop();
    throw error;
  }
  const apiUrl = `http://127.0.0.1:${((api.getHttpServer() as Server).address() as AddressInfo).port}`;
  const realtimeUrl = `http://127.0.0.1:${((realtime.getHttpServer() as Server).address() as AddressInfo).port}`;
  const sockets: Socket[] = [];

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };

  return {
    config,
    db,
    apiUrl,
    realtimeUrl,
    api,
    realtime,
    graphql,
    login: async (email, password) => {
      const result = await graphql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password } },
      );
      if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    connectSocket: (token) => {
      const socket = io(realtimeUrl, {
        auth: token === undefined ? {} : { token },
        transports: ['websocket'],
        reconnection: false,
      });
      sockets.push(socket);
      return socket;
    },
    close: async () => {
      sockets.forEach((socket) => socket.disconnect());
      try {
        await realtime.close();
      } finally {
        await api.close(); // its job queue stopped before the database goes
        await db.drop();
      }
    },
  };
}

/** Resolves on `connect`, rejects with the `connect_error` message. */
export function socketOutcome(socket: Socket): Promise<'connected'> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => reject(error));
  });
}

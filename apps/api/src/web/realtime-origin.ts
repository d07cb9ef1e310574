import type { IncomingMessage } from 'node:http';
import type { Config } from '#libs/config';

/**
 * Where the browser that sent `request` reaches the realtime service: PUBLIC_REALTIME_URL when set, otherwise the
 * realtime port on the host the page came from (a page at http://localhost:3000 talks to http://localhost:3001).
 */
export function realtimeOriginFor(
  config: Pick<Config, 'publicRealtimeUrl' | 'publicUrl' | 'realtimePort'>,
  request: IncomingMessage,
): string {
  if (config.publicRealtimeUrl) return config.publicRealtimeUrl;
  const fallback = new URL(config.publicUrl);
  let hostname = fallback.hostname;
  try {
    if (request.headers.host) hostname = new URL(`http://${request.headers.host}`).hostname;
  } catch {
    // a Host header that is not a host: keep PUBLIC_URL's
  }
  return `${fallback.protocol}//${hostname}:${config.realtimePort}`;
}

/** The same origin as a WebSocket address (ws:// or wss://), for the Content-Security-Policy's connect-src. */
export function webSocketOriginOf(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

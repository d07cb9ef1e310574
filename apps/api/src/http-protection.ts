import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '#libs/config';
import { ErrorCode } from '#libs/errors';
import { realtimeOriginFor, webSocketOriginOf } from './web/realtime-origin.js';

/** The largest request body the API reads (JSON or form): a 10,000-character message with room to spare. */
export const MAX_BODY_BYTES = 100 * 1024;

const logger = new Logger('Http');

/**
 * What stands before every route of the API, in this order: the client's address as TRUST_PROXY allows, security
 * headers (helmet), browsers only from PUBLIC_URL's origin and ALLOWED_ORIGINS (the same rule as the realtime
 * service's), and bodies of at most MAX_BODY_BYTES, with plain answers when a body is too large or not JSON.
 */
export function protectHttp(
  app: NestExpressApplication,
  config: Pick<Config, 'trustProxy' | 'allowedOrigins' | 'publicUrl' | 'publicRealtimeUrl' | 'realtimePort'>,
): void {
  app.set('trust proxy', config.trustProxy);
  const realtime = (request: IncomingMessage) => realtimeOriginFor(config, request);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The web app: its own scripts and styles only; it talks to this origin and to the realtime service.
          scriptSrc: ["'self'"],
          // (inline style attributes stay allowed: the unsubscribe page uses one; they cannot run code)
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: [
            "'self'",
            (request) => realtime(request),
            (request) => webSocketOriginOf(realtime(request)),
          ],
          // Members' pictures are https addresses of their choosing.
          imgSrc: ["'self'", 'data:', 'https:'],
          // Over plain http (development) nothing can be upgraded.
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
    }),
  );
  app.use(refuseForeignOrigins(config.allowedOrigins));
  app.enableCors({ origin: config.allowedOrigins, credentials: false, maxAge: 600 });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useBodyParser('urlencoded', { limit: MAX_BODY_BYTES, extended: true });
  app.use(bodyErrors);
}

/**
 * A browser always says which page sends a request (`Origin`); only Confer's own pages may call the API, so a page
 * elsewhere cannot act with a member's token. Clients that are not browsers send no `Origin` and go on.
 */
function refuseForeignOrigins(origins: string[]) {
  const allowed = new Set(origins);
  return (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    if (origin === undefined || allowed.has(origin)) return next();
    logger.warn(`Refused a request to ${request.path} from the web page origin ${origin}`);
    sendError(
      request,
      response,
      403,
      ErrorCode.FORBIDDEN,
      'Confer does not answer requests from web pages on this address.',
    );
  };
}

/** body-parser's refusals (too large, not JSON, unknown encoding) as plain answers, never an HTML stack trace. */
function bodyErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  if (type === 'entity.too.large') {
    logger.warn(`Refused a ${request.headers['content-length'] ?? 'large'}-byte body to ${request.path}`);
    return sendError(
      request,
      response,
      413,
      ErrorCode.BAD_USER_INPUT,
      `This request is too large: at most ${MAX_BODY_BYTES / 1024} kB is accepted.`,
    );
  }
  if (type === 'entity.parse.failed') {
    return sendError(request, response, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendError(request, response, status, ErrorCode.BAD_USER_INPUT, 'This request could not be read.');
  }
  next(error);
}

/** GraphQL's shape on /graphql, the plain routes' `{code, message}` elsewhere. */
function sendError(
  request: Request,
  response: Response,
  status: number,
  code: string,
  message: string,
): void {
  response
    .status(status)
    .json(
      request.path.startsWith('/graphql')
        ? { errors: [{ message, extensions: { code } }] }
        : { code, message },
    );
}

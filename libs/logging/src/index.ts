import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LogLevel } from '#libs/config';
import { requestWithoutSecrets } from './log-secrets.js';

export { Logger as PinoLogger } from 'nestjs-pino';

const REQUEST_ID_HEADER = 'x-request-id';

/**
 * JSON logs on stdout (pino), one line per request with a request id: taken from `X-Request-Id`
 * when a proxy set one, otherwise made here, and echoed back in the response. No credentials: neither the
 * Authorization header nor the secrets some links carry (log-secrets.ts).
 */
export function loggingModule(app: string, level: LogLevel): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { app },
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const given = request.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
        response.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // Links with secrets in them (calendar feeds, unsubscribe, invitation and reset codes) are logged without them.
      serializers: { req: requestWithoutSecrets },
      autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
    },
  });
}

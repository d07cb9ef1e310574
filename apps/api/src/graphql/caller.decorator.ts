import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SignInCaller } from '#libs/identity';
import { requestOf } from './viewer.decorator.js';

/**
 * Where the request came from, for the limits that count per address (see bootstrap's `trust proxy`), and the
 * browser or app making it (its User-Agent), to name a new session and to notice a device not seen before.
 */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SignInCaller => {
    const request = requestOf(context);
    const userAgent = request.headers['user-agent'];
    return { address: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : undefined };
  },
);

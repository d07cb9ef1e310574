import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from '#libs/identity';
import { requestOf } from './viewer.decorator.js';

/** Where the request came from, for the limits that count per address (see bootstrap's `trust proxy`). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => ({
  address: requestOf(context).ip,
}));

import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '#libs/errors';
import { toGraphqlError } from './error-mapping.js';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** The one place where errors become responses: GraphQL errors with codes, or JSON for plain routes. */
@Catch()
export class ExceptionsFilter implements GqlExceptionFilter, ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return toGraphqlError(exception);
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      return response.status(exception.getStatus()).json(exception.getResponse());
    }
    if (exception instanceof DomainError) {
      return response
        .status(HTTP_STATUS[exception.code] ?? 500)
        .json({ code: exception.code, message: exception.message, ...exception.details });
    }
    const error = toGraphqlError(exception);
    return response.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: error.message });
  }
}

import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '#libs/errors';

const logger = new Logger('Errors');
const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';
const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for requests that are malformed: to a client they are bad input. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

const APOLLO_BAD_INPUT = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
]);

/** A domain error as a GraphQL error with `extensions.code`; anything unexpected is logged and hidden. */
export function toGraphqlError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

/**
 * Apollo's last word on every error: only the contract's codes leave the server, and never a stack
 * trace or an internal message.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  // Errors thrown by field resolvers reach Apollo without passing the exception filter: map them here too.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original && !(original instanceof GraphQLError)) {
    const mapped = toGraphqlError(original);
    return {
      message: mapped.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: mapped.extensions,
    };
  }
  const raw = formatted.extensions?.code;
  // graphql-js stops after 50 bad variable values with an uncoded error of its own (which Apollo then marks as
  // internal): it is the caller's input too.
  const code = TOO_MANY_VARIABLE_ERRORS.test(formatted.message)
    ? 'BAD_USER_INPUT'
    : typeof raw === 'string'
      ? raw
      : '';
  if (APOLLO_BAD_INPUT.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const fields =
      extensions.fields ??
      fieldsOfCoercionError(formatted.message) ??
      (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)
        ? { variables: 'More than 50 values were wrong: correct the ones named above and send again.' }
        : undefined);
    return {
      ...formatted,
      extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, ...(fields ? { fields } : {}) },
    };
  }
  if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Apollo's words for a request that is not one GraphQL operation, in plainer ones. */
const PLAIN_MESSAGES: Record<string, string> = {
  'Operation batching disabled.':
    'Send one GraphQL operation per request: lists of operations (batches) are not accepted.',
};

/** Every error as formatGraphqlError shapes it, with Apollo's request errors in plain words. */
export function formatPlainGraphqlError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const shaped = formatGraphqlError(formatted, error);
  const plain = PLAIN_MESSAGES[shaped.message];
  return plain ? { ...shaped, message: plain } : shaped;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * In production: as formatPlainGraphqlError, without GraphQL's "Did you mean ...?" hints, which would teach a
 * stranger the schema that introspection no longer shows (Apollo strips them from validation errors only).
 */
export function formatGraphqlErrorHidingSchema(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const shaped = formatPlainGraphqlError(formatted, error);
  const fields = shaped.extensions?.fields as Record<string, string> | undefined;
  return {
    ...shaped,
    message: shaped.message.replace(SUGGESTION, ''),
    ...(fields
      ? {
          extensions: {
            ...shaped.extensions,
            fields: Object.fromEntries(
              Object.entries(fields).map(([field, reason]) => [field, reason.replace(SUGGESTION, '')]),
            ),
          },
        }
      : {}),
  };
}

/**
 * GraphQL's own variable errors name the field in their message ('... at "input.role"; Value "KING" does
 * not exist ...', or 'Field "email" of required type "String!" was not provided.'): lift it into `fields`
 * so that clients show every input error next to its field, whoever found it.
 */
export function fieldsOfCoercionError(message: string): Record<string, string> | undefined {
  const reason = message.includes('; ') ? message.slice(message.indexOf('; ') + 2) : message;
  const at = /^Variable "\$\w+" got invalid value .* at "([\w.[\]]+)";/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  // A top-level variable: 'Variable "$memberId" of required type "ID!" was not provided.', '... got invalid value ...'.
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  const field =
    missing ??
    at
      ?.split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ??
    variable;
  return field ? { [field]: reason } : undefined;
}

import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What went wrong with a form's request, in words for the person using it. */
export interface FormProblem {
  /** The error's code (`BAD_USER_INPUT`, `UNAUTHENTICATED`, ...), or `NETWORK` when Confer could not be reached. */
  code: string;
  /** Said at the top of the form; empty when every problem belongs to a field. */
  message: string;
  /** Per input field (its name in the operation's input, e.g. `email`): what is wrong with it. */
  fields: Record<string, string>;
}

/**
 * Reads a failed request. The API's errors carry `extensions.code` and, for bad input, `extensions.fields`
 * (`{ "<field>": "<what is wrong>" }`; a nested name such as `input.email` is taken by its last part).
 */
export function formProblemOf(error: unknown): FormProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    const messages: string[] = [];
    let code = 'INTERNAL_SERVER_ERROR';
    for (const graphqlError of error.errors) {
      const extensions = graphqlError.extensions ?? {};
      code = typeof extensions.code === 'string' ? extensions.code : code;
      const named = extensions.fields as Record<string, string> | undefined;
      if (named && Object.keys(named).length > 0) {
        for (const [field, reason] of Object.entries(named)) fields[field.split('.').pop() ?? field] = reason;
      } else if (code === 'RATE_LIMITED' && typeof extensions.retryAfter === 'number') {
        messages.push(`${graphqlError.message} ${waitWords(extensions.retryAfter)}`);
      } else {
        messages.push(graphqlError.message);
      }
    }
    return { code, message: messages.join(' '), fields };
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return {
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side. Please try again in a moment.',
      fields: {},
    };
  }
  return {
    code: 'NETWORK',
    message: 'We could not reach Confer. Check your internet connection and try again.',
    fields: {},
  };
}

/** The API's error code of a failed query (`NOT_FOUND`, `FORBIDDEN`, ...), `NETWORK`, or '' without an error. */
export function errorCodeOf(error: unknown): string {
  return error ? formProblemOf(error).code : '';
}

function waitWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60
    ? `Please wait ${seconds} seconds.`
    : `Please wait ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

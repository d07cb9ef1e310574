import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { badTexts, ErrorCode, textProblem, withPlainLineBreaks } from '#libs/errors';

/**
 * Refuses, before anything runs, a request whose texts cannot be stored: NUL characters (PostgreSQL refuses them) or
 * broken UTF-16 (lone surrogates), in variables or written in the query. BAD_USER_INPUT naming each field. The
 * variables' "\r\n" line breaks become "\n" (a carriage return left alone is refused by the domains' checks).
 */
export function textHygienePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          if (request.variables) request.variables = withPlainLineBreaks(request.variables);
          const fields = { ...variableProblems(request.variables ?? {}), ...literalProblems(document) };
          if (Object.keys(fields).length === 0) return Promise.resolve();
          return Promise.reject(
            new GraphQLError('Some of the details given are not valid.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, fields, http: { status: 400 } },
            }),
          );
        },
      });
    },
  };
}

/**
 * Texts in the variables, by field as the domains name them: inside an input object by the path within it
 * (`body`, `preferences.0.kind`), a variable of its own by its name (`ids.2`).
 */
function variableProblems(variables: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    const inside = value !== null && typeof value === 'object' && !Array.isArray(value);
    Object.assign(found, badTexts(value, inside ? '' : name));
  }
  return found;
}

/** Texts written in the query itself, by the name of the argument or input field that holds them. */
function literalProblems(document: DocumentNode): Record<string, string> {
  const found: Record<string, string> = {};
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if (node.value.kind === Kind.STRING) {
        const problem = textProblem(node.value.value);
        if (problem) found[node.name.value] = problem;
      }
    },
    [Kind.OBJECT_FIELD]: (node) => {
      if (node.value.kind === Kind.STRING) {
        const problem = textProblem(node.value.value);
        if (problem) found[node.name.value] = problem;
      }
    },
  });
  return found;
}

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphqlError } from './error-mapping.js';

export const MAX_PAGE_SIZE = 100;

/** GraphQL at /graphql, code-first; the schema is printed to schema/schema.graphql by `npm run schema`. */
export function graphqlModule(): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    context: ({ req }: { req: unknown }) => ({ req }),
  });
}

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Config } from '#libs/config';
import { formatGraphqlErrorHidingSchema, formatPlainGraphqlError } from './error-mapping.js';
import { capLists } from './list-caps.js';
import { MAX_TOKENS, queryLimitsPlugin } from './query-limits.js';
import { textHygienePlugin } from './text-hygiene.plugin.js';

export const MAX_PAGE_SIZE = 100;

/**
 * GraphQL at /graphql, code-first; the schema is printed to schema/schema.graphql by `npm run schema`. Each request
 * is one operation (no batches), within the depth, alias, cost and once-only limits of query-limits.ts. In
 * production the schema is not told to strangers: no introspection and no "Did you mean" hints.
 */
export function graphqlModule(config: Pick<Config, 'environment'>): DynamicModule {
  const production = config.environment === 'production';
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    nodeEnv: config.environment,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [queryLimitsPlugin(), textHygienePlugin()],
    // Lists without paging answer at most their cap (list-caps.ts), as the cost limit prices them.
    transformSchema: capLists,
    formatError: production ? formatGraphqlErrorHidingSchema : formatPlainGraphqlError,
    context: ({ req }: { req: unknown }) => ({ req }),
  });
}

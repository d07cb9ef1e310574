// GraphQL Code Generator: the web app's documents (`graphql()` calls in apps/web/src) typed against the committed
// schema, written to apps/web/src/graphql/generated. `npm run codegen` after `npm run schema` or a changed document;
// test/web/graphql-codegen.spec.ts fails when the committed output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      // Screens read fragments' fields directly (no useFragment unmasking).
      presetConfig: { fragmentMasking: false },
      config: {
        // Only the types the documents use: enums as string unions, no runtime enum objects.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
      },
    },
  },
  silent: true,
};

export default config;

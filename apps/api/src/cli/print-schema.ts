// `npm run schema`: writes schema/schema.graphql from the resolvers (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { buildSchemaSdl } from '../schema-sdl.js';

writeFileSync('schema/schema.graphql', await buildSchemaSdl());
console.log('Wrote schema/schema.graphql');

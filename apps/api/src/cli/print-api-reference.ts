// `npm run docs:api`: rewrites the generated part of docs/API.md from the committed contracts, then formats it as
// Prettier would (so that the format check and test/platform/docs.spec.ts agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { withApiReference } from './api-reference.js';

const file = 'docs/API.md';
const document = withApiReference(
  readFileSync(file, 'utf8'),
  readFileSync('schema/schema.graphql', 'utf8'),
  readFileSync('schema/realtime.asyncapi.yaml', 'utf8'),
);
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(document, { ...options, filepath: file }));
console.log(`Wrote ${file}`);

import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchemaSdl } from '../../apps/api/src/schema-sdl.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync('schema/schema.graphql', 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});

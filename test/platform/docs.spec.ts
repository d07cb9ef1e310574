// The documents say what the code does: docs/API.md names every operation and socket event of the contracts,
// docs/ARCHITECTURE.md's library graph is the graph of the imports, the README documents every setting, and
// nothing links outside the repository. Pure: files read as text, no database.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { format, resolveConfig } from 'prettier';
import { rootFieldNames, socketEventNames, withApiReference } from '../../apps/api/src/cli/api-reference.js';

const root = process.cwd();
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** Every file under a folder whose name ends with one of the endings, skipping what is built or installed. */
function filesUnder(folder: string, endings: string[]): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !/(^|\/)(node_modules|dist|\.data)\//.test(file));
}

describe('docs/API.md', () => {
  const api = read('docs/API.md');
  const sdl = read('schema/schema.graphql');
  const asyncapi = read('schema/realtime.asyncapi.yaml');

  it.each(['Query', 'Mutation'] as const)('names every %s field of schema/schema.graphql', (type) => {
    const names = rootFieldNames(sdl, type);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !api.includes(`\`${name}`))).toEqual([]);
  });

  it('names every event of schema/realtime.asyncapi.yaml', () => {
    const names = socketEventNames(asyncapi);
    expect(names).toContain('message:send');
    expect(names.filter((name) => !api.includes(`\`${name}\``))).toEqual([]);
  });

  it('holds the lists generated from the contracts as they are now (else run `npm run docs:api`)', async () => {
    const options = (await resolveConfig(join(root, 'docs/API.md'))) ?? {};
    const regenerated = await format(withApiReference(api, sdl, asyncapi), {
      ...options,
      filepath: 'docs/API.md',
    });
    expect(api).toBe(regenerated);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  /** library -> the libraries it imports, from every `#libs/<name>` in libs/<library>/src. */
  function importedLibraries(): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    for (const library of readdirSync(join(root, 'libs')).sort()) {
      const imports = new Set<string>();
      for (const file of filesUnder(`libs/${library}/src`, ['.ts'])) {
        for (const match of read(file).matchAll(/['"]#libs\/([a-z-]+)['"]/g)) {
          if (match[1] !== library) imports.add(match[1]);
        }
      }
      graph.set(library, [...imports].sort());
    }
    return graph;
  }

  /** The table under "The library graph": | `library` | a, b, c | (or "(none)"). */
  function documentedLibraries(): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    for (const match of read('docs/ARCHITECTURE.md').matchAll(/^\| `([a-z-]+)` +\| (.*?) *\|$/gm)) {
      const imports = match[2] === '(none)' ? [] : match[2].split(',').map((name) => name.trim());
      graph.set(match[1], imports.sort());
    }
    return graph;
  }

  it('draws the library graph as the imports are', () => {
    const code = importedLibraries();
    expect(code.get('discussions')).toContain('groups');
    expect(Object.fromEntries(documentedLibraries())).toEqual(Object.fromEntries(code));
  });
});

describe('the settings', () => {
  it('are each documented in the README', () => {
    const config = read('libs/config/src/config.ts');
    const read_ = [
      ...config.matchAll(/(?:blank|port|positiveInteger|url)\('([A-Z][A-Z_]*)'|env\.([A-Z][A-Z_]*)/g),
    ];
    const settings = [...new Set(read_.map((match) => match[1] ?? match[2]))];
    expect(settings).toEqual(expect.arrayContaining(['DATABASE_URL', 'ADMIN_PASSWORD', 'NODE_ENV']));
    const readme = read('README.md');
    expect(settings.filter((name) => !new RegExp(`^\\|[^\\n]*\`${name}\``, 'm').test(readme))).toEqual([]);
  });
});

describe('the documents', () => {
  it('keep the README a front door (at most 250 lines)', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('never point outside the repository', () => {
    const files = [
      'README.md',
      ...['docs', 'apps', 'libs', 'test', 'bench'].flatMap((folder) =>
        filesUnder(folder, ['.md', '.ts', '.tsx']),
      ),
    ];
    const outside = files.filter((file) => /\.\.\/shared\/|\/work\/shared/.test(read(file)));
    expect(outside).toEqual([]);
  });
});

// The web app's GraphQL documents are static and their generated types are current (codegen.ts, `npm run codegen`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import config from '../../codegen.js';

const root = join(import.meta.dirname, '../..');
const webSource = join(root, 'apps/web/src');
const generated = join(webSource, 'graphql/generated');

/**
 * codegen.ts as `npm run codegen` runs it, with the client preset given as the module itself: the CLI's loading of a
 * preset by name goes through require(), which Jest's ES-module mode cannot follow into its ESM-only dependencies.
 */
const generation: CodegenConfig = {
  ...config,
  generates: Object.fromEntries(
    Object.entries(config.generates).map(([output, target]) => [
      output,
      'preset' in target && target.preset === 'client' ? { ...target, preset: clientPreset } : target,
    ]),
  ),
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === generated ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the web app GraphQL documents', () => {
  it('generate what apps/web/src/graphql/generated holds (run `npm run codegen` after `npm run schema` or a changed document)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...generation, cwd: root, silent: true },
      false,
    );
    const expected = Object.fromEntries(
      outputs.map((output) => [relative(generated, join(root, output.filename)), output.content]),
    );
    const committed = Object.fromEntries(
      readdirSync(generated).map((file) => [file, readFileSync(join(generated, file), 'utf8')]),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, content] of Object.entries(expected))
      expect([file, committed[file]]).toEqual([file, content]);
  });

  it('are static: written with the generated graphql(), none pieced together from strings or with gql', () => {
    const pieced: string[] = [];
    for (const file of sourceFiles(webSource)) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file);
      if (/\bgql\b/.test(text)) pieced.push(`${name}: gql`);
      for (const [, document] of text.matchAll(/\bgraphql\(\s*`([^`]*)`/g)) {
        if (document.includes('${')) pieced.push(`${name}: ${document.trim().split('\n')[0]}`);
      }
      for (const [call] of text.matchAll(/\bgraphql\(\s*[^`\s]/g)) pieced.push(`${name}: ${call}`);
    }
    expect(pieced).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, root), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };

/**
 * The version of a dependency installed in node_modules, and the one package.json asks for: the tests of code that
 * patches a library's internals check both against the version the patch was written for.
 */
export function packageVersions(name: string): { installed: string; wanted: string } {
  return {
    installed: read(`node_modules/${name}/package.json`).version,
    wanted: read('package.json').dependencies[name],
  };
}

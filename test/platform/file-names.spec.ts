// One naming rule for the server's code: a file that holds one class is named after it (ThreadAccess in
// thread-access.ts), and a role suffix names what Nest makes of it: `.service.ts` holds a class named ...Service,
// `.resolver.ts` a ...Resolver, `.module.ts` a ...Module, `.controller.ts` a ...Controller, `.gateway.ts` a ...Gateway.
// `.entity.ts` holds a TypeORM entity (named as its table's rows: Message in message.entity.ts). Files of several
// classes (`.types.ts`: the GraphQL types of one domain) or of a class with functions are named for what they gather.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SUFFIXES = ['service', 'resolver', 'controller', 'gateway'] as const;

const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** What is wrong with the name of `path` (undefined: nothing). */
function misnamed(path: string, source: string): string | undefined {
  // Error classes go with what throws them; a file that also exports functions is named for what they do together.
  const classes = [...source.matchAll(/^export (?:abstract )?class (\w+)\b(?! extends \w*Error)/gm)].map(
    (m) => m[1],
  );
  const functions = /^export (?:async )?function /m.test(source);
  const file = basename(path, '.ts');
  const [stem, role] = file.split('.');
  for (const suffix of SUFFIXES) {
    const claims = role === suffix;
    const named = classes.filter((c) => c.endsWith(suffix[0].toUpperCase() + suffix.slice(1)));
    if (claims && named.length === 0)
      return `${path}: a .${suffix}.ts file without a class named ...${suffix}`;
  }
  if (classes.length !== 1 || functions || role === 'types') return undefined;
  const [only] = classes;
  const expected = role && role !== 'entity' ? kebab(only).replace(new RegExp(`-${role}$`), '') : kebab(only);
  const roleSuffix = SUFFIXES.find((suffix) => kebab(only).endsWith(`-${suffix}`));
  if (roleSuffix && role !== roleSuffix)
    return `${path}: ${only} belongs in ${kebab(only).replace(new RegExp(`-${roleSuffix}$`), '')}.${roleSuffix}.ts`;
  if (stem !== expected) return `${path}: holds ${only}, so it is ${expected}${role ? `.${role}` : ''}.ts`;
  return undefined;
}

describe('file names', () => {
  it('name the class they hold, and .service.ts (and the other role suffixes) only what has that role', () => {
    const files = execFileSync('git', ['ls-files', 'apps/*.ts', 'libs/*.ts'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !/\.(spec|db-spec|e2e-spec)\.ts$/.test(f) && !f.startsWith('apps/web/'))
      .filter((f) => !f.includes('/migrations/'));
    const problems = files
      .map((f) => misnamed(f, readFileSync(f, 'utf8')))
      .filter((problem): problem is string => problem !== undefined);
    expect(problems).toEqual([]);
  });
});

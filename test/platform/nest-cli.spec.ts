// nest-cli.json (Nest's monorepo projects) describes every app and library of the repository, as they are: an app per
// folder of apps/ with a main.ts (the web app is built by Vite, not Nest), a library per folder of libs/ with its one
// public index.ts. A folder added without its project, or a project left after its folder went, fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

interface NestProject {
  type: 'application' | 'library';
  root: string;
  entryFile: string;
  sourceRoot: string;
}

const root = process.cwd();
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** What nest-cli.json should say of each folder: apps by their folder's name, libraries too unless an app has it. */
function expectedProjects(): Record<string, NestProject> {
  const apps = folders('apps').filter((app) => existsSync(join(root, 'apps', app, 'src', 'main.ts')));
  const projects: Record<string, NestProject> = {};
  for (const app of apps)
    projects[app] = {
      type: 'application',
      root: `apps/${app}`,
      entryFile: 'main',
      sourceRoot: `apps/${app}/src`,
    };
  for (const lib of folders('libs')) {
    expect(existsSync(join(root, 'libs', lib, 'src', 'index.ts'))).toBe(true);
    projects[apps.includes(lib) ? `${lib}-lib` : lib] = {
      type: 'library',
      root: `libs/${lib}`,
      entryFile: 'index',
      sourceRoot: `libs/${lib}/src`,
    };
  }
  return projects;
}

describe('nest-cli.json', () => {
  it('describes every app and library of the repository as it is, and nothing else', () => {
    const nest = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8')) as {
      monorepo: boolean;
      projects: Record<string, NestProject>;
    };
    expect(nest.monorepo).toBe(true);
    expect(nest.projects).toEqual(expectedProjects());
  });
});

/** Jest in native ESM mode (NestJS 12 is ESM-only); see README "Developing". */
import { existsSync } from 'node:fs';
import process from 'node:process';

// The web app's tests (test/web) drive Debian's Chromium. Without one they are left out of the run, with a note,
// rather than registered and skipped; CI sets CONFER_REQUIRE_BROWSER=1, and then a missing Chromium fails them.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium) || process.env.CONFER_REQUIRE_BROWSER === '1';
// `--selectProjects unit api` leaves the browser tests out anyway: no note then.
const selection = process.argv.indexOf('--selectProjects');
const browserSelected = selection < 0 || process.argv.slice(selection + 1).includes('browser');
if (!browserTests && browserSelected) {
  process.emitWarning(
    `No Chromium at ${chromium}: the browser tests (test/web) are left out. ` +
      'Install Debian\'s "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH to run them.',
  );
}

const TEST_TIMEOUT = 30000;

/** What every project shares: TypeScript through ts-jest, as ES modules. */
const typescript = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#libs/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: TEST_TIMEOUT,
};

/**
 * One PostgreSQL for the whole run, for the projects that need it. A project's global setup runs only when the run
 * holds some of its tests, so `npm run test:unit` starts no database. Every file must stop the job queues it starts.
 */
const withPostgres = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/no-queue-outlives-its-file.ts'],
};

export default {
  projects: [
    {
      // Pure tests: `*.spec.ts` beside the code (and the few in test/ that read files only), no database.
      ...typescript,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
    },
    {
      // Tests over PostgreSQL: the API, realtime and worker processes (test/**/*.e2e-spec.ts) and the
      // `*.db-spec.ts` beside the code that need a database of their own.
      ...typescript,
      ...withPostgres,
      displayName: 'api',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/{apps,libs}/**/*.db-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/web/'],
    },
    {
      // The web app in Chromium, over the whole platform.
      ...typescript,
      ...withPostgres,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/web/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...(browserTests ? [] : ['<rootDir>/test/web/'])],
    },
  ],
  maxWorkers: 2,
  testTimeout: TEST_TIMEOUT,
};

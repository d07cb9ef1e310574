/** Jest in native ESM mode (NestJS 12 is ESM-only); see README "Developing". */
import { existsSync } from 'node:fs';
import process from 'node:process';

// The web app's tests (test/web) drive Debian's Chromium. Without one they are left out of the run, with a note,
// rather than registered and skipped; CI sets CONFER_REQUIRE_BROWSER=1, and then a missing Chromium fails them.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium) || process.env.CONFER_REQUIRE_BROWSER === '1';
if (!browserTests) {
  process.emitWarning(
    `No Chromium at ${chromium}: the browser tests (test/web) are left out. ` +
      'Install Debian\'s "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH to run them.',
  );
}

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#libs/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(browserTests ? [] : ['<rootDir>/test/web/'])],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
};

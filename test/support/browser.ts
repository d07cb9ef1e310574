// Browser tests: the platform (API serving the built web app, realtime) on a fresh database, driven by Debian's
// Chromium through playwright-core. Without Chromium jest.config.js leaves test/web out of the run with a note,
// unless CONFER_REQUIRE_BROWSER=1 (CI), where a missing browser fails the run.
import { existsSync, mkdirSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '#libs/database';
import { ensureWebBuild } from './browser-build.js';
import { ADMIN, startTestPlatform, type TestPlatform } from './test-platform.js';

export { ADMIN };
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM_PATH);

/** The flags this machine's Chromium needs (headless is added by Playwright; each launch gets a new empty profile). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` for tests that need Chromium. Without one, jest.config.js leaves test/web out of the run (with a note)
 * unless CONFER_REQUIRE_BROWSER=1; a suite that runs anyway without a browser fails, saying what to install.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasBrowser) return describe(name, body);
  const why = `no Chromium at ${CHROMIUM_PATH}: install Debian's "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH`;
  describe(name, () =>
    it('has a browser to run in', () => {
      throw new Error(`The browser tests must run here, but there is ${why}.`);
    }),
  );
}

export interface BrowserPlatform extends Pick<
  TestPlatform,
  'config' | 'db' | 'realtimeUrl' | 'graphql' | 'login'
> {
  /** The API's address, which serves the web app too (PUBLIC_URL). */
  baseUrl: string;
  browser: Browser;
  /** A new browser context (its own storage: another person) at 1280 × 800, or the width given. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the web app if needed, starts the API and realtime service (test-platform.ts) on free ports over a new
 * database, with PUBLIC_URL the API's own address (so the browser's origin is allowed) and PUBLIC_REALTIME_URL left
 * to its default (the realtime port on the page's host), and launches Chromium.
 */
export async function startBrowserPlatform(env: Record<string, string> = {}): Promise<BrowserPlatform> {
  await ensureWebBuild();
  const [apiPort, realtimePort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const platform = await startTestPlatform(
    { API_PORT: String(apiPort), REALTIME_PORT: String(realtimePort), PUBLIC_URL: baseUrl, ...env },
    { onConfiguredPorts: true },
  );
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  } catch (error) {
    await platform.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    config: platform.config,
    db: platform.db,
    baseUrl,
    realtimeUrl: platform.realtimeUrl,
    browser,
    graphql: platform.graphql.bind(platform),
    login: platform.login.bind(platform),
    newPage: async ({ width = 1280, height = 800 } = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height } });
      contexts.push(context);
      return context.newPage();
    },
    close: async () => {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await platform.close();
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page as it is; fails on any serious or critical violation, naming each and where. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate<AxeViolation[]>(
    'axe.run(document, { resultTypes: ["violations"] }).then((results) => results.violations)',
  );
  const grave = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (grave.length > 0) {
    const list = grave.map(
      (v) =>
        `  - ${v.impact} ${v.id}: ${v.help} (at ${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    throw new Error(`Accessibility problems on ${page.url()}:\n${list.join('\n')}`);
  }
}

/** Saves docs/screenshots/<name>.png, only when CONFER_SCREENSHOTS=1 (so that test runs leave the tree as it was). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONFER_SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`(() => {
    const style = getComputedStyle(document.activeElement);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  })()`);
}

export interface FocusedElement {
  tag: string;
  name: string;
  id: string;
  text: string;
}

/** Describes the focused element for assertions: its tag, name attribute, id and text. */
export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate<FocusedElement>(`(() => {
    const el = document.activeElement;
    return { tag: el.tagName.toLowerCase(), name: el.getAttribute('name') ?? '', id: el.id, text: (el.textContent ?? '').trim() };
  })()`);
}

/**
 * Waits until an element with this tag (lower case) has the focus. It polls from the test's side: page.waitForFunction
 * would evaluate its predicate inside the page, which the app's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
export async function waitForFocusOn(page: Page, tag: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const element = await focused(page);
    if (element.tag === tag) return;
    if (Date.now() > deadline) {
      throw new Error(
        `waited ${timeoutMs} ms for a focused <${tag}>; the focus is on <${element.tag}> "${element.text}"`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// How the API serves the web app (no browser needed): pages, files, caching, the CSP and /app-config.json.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveWebApp } from '../../apps/api/src/web/web-app.js';
import { ensureWebBuild } from '../support/browser-build.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

jest.setTimeout(60_000);

describe('the API serving the web app', () => {
  let platform: TestPlatform;
  const page = (path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    fetch(`${platform.apiUrl}${path}`, { headers: { accept } });

  beforeAll(async () => {
    await ensureWebBuild();
    platform = await startTestPlatform({ REALTIME_PORT: '4101' });
  });
  afterAll(() => platform?.close());

  it("answers every page of the app with index.html, never cached, and leaves the API's routes alone", async () => {
    for (const path of [
      '/',
      '/sign-in',
      '/register?invitation=abc',
      '/reset-password?token=abc',
      '/events/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10',
      '/groups/carers/requests',
      '/threads/1',
      '/notifications',
      '/pairings',
    ]) {
      const response = await page(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    const calendar = await page('/events/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10.ics');
    expect(await calendar.text()).not.toContain('<div id="root">');
    for (const path of ['/health/live', '/unsubscribe?token=x', '/graphql', '/metrics', '/calendar/x.ics']) {
      const response = await page(path);
      expect({ path, app: (await response.text()).includes('<div id="root">') }).toEqual({
        path,
        app: false,
      });
    }
    // Not a page: a request for JSON, a POST, a missing file.
    expect((await page('/sign-in', 'application/json')).status).toBe(404);
    expect((await fetch(`${platform.apiUrl}/sign-in`, { method: 'POST' })).status).toBe(404);
    expect((await page('/assets/missing.js', '*/*')).status).toBe(404);
  });

  it('serves the hashed files with a long cache', async () => {
    const [script] = readdirSync('dist/web/assets').filter((file) => file.endsWith('.js'));
    const response = await page(`/assets/${script}`, '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it("allows the app's own scripts and the realtime service in the Content-Security-Policy", async () => {
    const policy = (await page('/')).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4101 ws://127.0.0.1:4101");
  });

  it('tells the app where the realtime service is: the realtime port on the same host by default', async () => {
    const response = await page('/app-config.json', 'application/json');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ realtimeUrl: 'http://127.0.0.1:4101' });
  });
});

describe('PUBLIC_REALTIME_URL', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ PUBLIC_REALTIME_URL: 'https://live.confer.example.org/' });
  });
  afterAll(() => platform?.close());

  it('is where the app is told to connect, and what the CSP allows', async () => {
    const response = await fetch(`${platform.apiUrl}/app-config.json`);
    expect(await response.json()).toEqual({ realtimeUrl: 'https://live.confer.example.org' });
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://live.confer.example.org wss://live.confer.example.org",
    );
  });
});

describe('without a web build', () => {
  @Module({})
  class EmptyModule {}

  it('still starts, and answers pages with 404', async () => {
    const app = await NestFactory.create<NestExpressApplication>(EmptyModule, { logger: false });
    serveWebApp(app, '/nonexistent/confer-web-build');
    await app.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${await app.getUrl()}/events/1`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('WebApp');

/** Paths the API answers itself: never the web app, even for a browser asking for HTML. */
const SERVER_PATHS = ['/graphql', '/health', '/metrics', '/unsubscribe', '/calendar', '/socket.io'];

/**
 * The built web app (`npm run build` writes it to dist/web): found from this file, which runs from the sources in
 * tests and from dist/ when deployed, by going up to the folder that holds package.json.
 */
export function webBuildFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return join(folder, 'dist', 'web');
}

/**
 * Serves the web app at `/` from the same origin as GraphQL: its hashed files (`/assets/...`) with a year's cache,
 * and index.html, never cached, for every other GET that asks for HTML and is not one of the API's own routes, so
 * that links such as /events/<id> or /register?invitation=... open the app. Without a build the API still runs.
 */
export function serveWebApp(app: NestExpressApplication, folder = webBuildFolder()): void {
  const indexFile = join(folder, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn(
      `The web app is not built (${indexFile} is missing), so / answers 404 until it is: run "npm run build". GraphQL and the other routes work without it.`,
    );
  }
  // Set up even without a build: a build made while the API runs (npm run build:web) is served at once. Only
  // /assets/ reaches the disk for files (the build has no others), so the API's own routes never wait on it.
  app.useStaticAssets(join(folder, 'assets'), {
    prefix: '/assets/',
    index: false,
    redirect: false,
    immutable: true,
    maxAge: '1y',
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!wantsTheApp(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile, (error: NodeJS.ErrnoException | undefined) => {
      // Not built (yet): as if the app were not there.
      if (error?.code === 'ENOENT' && !response.headersSent) response.removeHeader('Cache-Control');
      if (error) next(error.code === 'ENOENT' ? undefined : error);
    });
  });
}

/** A page of the app: a GET (or HEAD) for HTML, not an API route, not a file (`/events/<id>.ics`). */
function wantsTheApp(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.path;
  if (SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  if (/\.[A-Za-z0-9]+$/.test(path)) return false;
  return request.accepts(['html', 'json']) === 'html' && (request.headers.accept ?? '').includes('text/html');
}

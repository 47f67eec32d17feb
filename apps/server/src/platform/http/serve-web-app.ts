import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built web app (apps/web/dist) beside the API: hashed assets cached for good, every other GET that
 * is not /api and wants HTML gets index.html (the app's own routes, e.g. /inbox). Without a build it does nothing.
 */
export function serveWebApp(app: INestApplication, webDir: string): boolean {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  const express = app as NestExpressApplication;
  express.useStaticAssets(path.join(webDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', fallthrough: false });
  express.useStaticAssets(webDir, { index: false });
  express.use((req: Request, res: Response, next: NextFunction) => {
    const api = req.path === '/api' || req.path.startsWith('/api/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || api || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache'); // a new deployment's index.html names new asset files
    res.sendFile(index);
  });
  return true;
}

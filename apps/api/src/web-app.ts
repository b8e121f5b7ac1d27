import { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the server answers itself; everything else that asks for HTML is a page of the app (including /admin/users). */
const SERVER_PATHS = /^\/(api|health|admin\/queues)(\/|$)/;

/**
 * Serves the built browser app: its files, and index.html for any other page the browser asks
 * for (client-side routes survive a reload). API, admin and health paths are never touched.
 */
export function serveWebApp(app: INestApplication, webDist: string): void {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(root, { index: false, maxAge: '1h', fallthrough: true });
  // An API request never looks for a file on disk first.
  app.use((req: Request, res: Response, next: NextFunction) => (SERVER_PATHS.test(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !SERVER_PATHS.test(req.path) && req.accepts('html');
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

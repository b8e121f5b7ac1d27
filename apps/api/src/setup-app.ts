import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig } from '@sqmy/config';
import { answerClientErrors } from '@sqmy/http';
import { Logger } from 'nestjs-pino';
import { API_DOCUMENT_TITLE, createApiDocument } from './api-document';
import { serveWebApp } from './web-app';

/** Everything main.ts does to the app besides listening — shared with the e2e tests so they test the same app. */
export function setupApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', 'loopback');
  express.useBodyParser('json', { limit: '2mb' });
  answerClientErrors(app.getHttpServer());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Bull Board and Swagger UI use inline scripts and styles; the SPA needs nothing looser than this.
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  serveWebApp(app, app.get(AppConfig).env.WEB_DIST);
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, createApiDocument(app), { customSiteTitle: API_DOCUMENT_TITLE });
  return app;
}

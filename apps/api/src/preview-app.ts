import { INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory, RouterModule, Routes } from '@nestjs/core';
import { ROUTES } from '@nestjs/core/router/router-module';

/** Placeholders for the variables validated at import; preview mode never connects to them. */
const PREVIEW_ENV = {
  DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
  REDIS_URL: 'redis://127.0.0.1:1',
  JWT_SECRET: 'preview-only-preview-only-preview-only',
};

/**
 * The API's module graph with no provider made, so no connection is opened: enough to describe
 * the routes (the OpenAPI document) without PostgreSQL or Redis. Close it when done.
 */
export async function createPreviewApp(): Promise<INestApplication> {
  for (const [name, value] of Object.entries(PREVIEW_ENV)) process.env[name] ??= value;
  const { AppModule } = await import('./app.module');
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  // RouterModule gives the modules their prefix (api/v1) when it is made; in preview nothing is, so make it here.
  const modules = app.get(ModulesContainer);
  for (const module of modules.values()) {
    if (module.metatype === RouterModule) new RouterModule(modules, module.getProviderByKey<Routes>(ROUTES).instance);
  }
  return app;
}

/**
 * Writes the OpenAPI document (docs/openapi.json) and the view schemas it answers with
 * (libs/http/src/openapi/view-schemas.json), from the code alone: no PostgreSQL, no Redis.
 *   npm run openapi            refresh both files
 *   npm run openapi -- --check fail when either differs from what the code gives (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApiDocument, sortKeys } from '../apps/api/src/api-document';
import { createPreviewApp } from '../apps/api/src/preview-app';
import { generateViewSchemas } from './lib/view-schemas';

const root = resolve(__dirname, '..');
const DOCUMENT_FILE = 'docs/openapi.json';
const VIEW_SCHEMAS_FILE = 'libs/http/src/openapi/view-schemas.json';

/** The schema names the document points to that no DTO class gave: the views to generate. */
function viewNamesIn(document: OpenAPIObject): string[] {
  const defined = new Set(Object.keys(document.components?.schemas ?? {}));
  const referenced = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(([, name]) => name);
  return [...new Set(referenced)].filter((name) => !defined.has(name)).sort();
}

const asText = (value: unknown) => `${JSON.stringify(sortKeys(value), null, 2)}\n`;

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const app = await createPreviewApp();
  const views = generateViewSchemas(viewNamesIn(createApiDocument(app, {})));
  const files = { [VIEW_SCHEMAS_FILE]: asText(views), [DOCUMENT_FILE]: asText(createApiDocument(app, views)) };
  await app.close();
  const stale = Object.keys(files).filter((file) => readFileSync(resolve(root, file), 'utf8') !== files[file]);
  if (check) {
    if (stale.length === 0) return;
    process.stderr.write(`OpenAPI 文档与代码不一致：${stale.join('、')}。请运行 npm run openapi 并提交这些文件。\n`);
    process.exitCode = 1;
    return;
  }
  for (const file of stale) writeFileSync(resolve(root, file), files[file]);
  process.stdout.write(stale.length ? `已更新 ${stale.join('、')}\n` : 'OpenAPI 文档已是最新\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The web bundles this lib: it may import nothing but its own files (no Nest, no TypeORM, no node:). */
describe('the contract lib', () => {
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'));

  it.each(files)('%s imports only files of the contract', (name) => {
    const imports = [...readFileSync(join(__dirname, name), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    const outside = imports.filter((path) => !path.startsWith('.') || !resolve(__dirname, dirname(name), path).startsWith(__dirname));
    expect(outside).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The tables one source file reads and writes, by name. */
export interface TableAccess {
  reads: Set<string>;
  writes: Set<string>;
}

export interface SourceFile {
  path: string;
  text: string;
}

const SQL_WRITES = [/\bINSERT\s+INTO\s+"?([a-z_]+)/gi, /\bUPDATE\s+"?([a-z_]+)/gi, /\bDELETE\s+FROM\s+"?([a-z_]+)/gi, /\bTRUNCATE\s+"?([a-z_]+)/gi];
const SQL_READS = [/\b(?:FROM|JOIN)\s+"?([a-z_]+)/gi, /\.(?:from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\('([a-z_]+)'/g];
const ORM_WRITE = 'save|insert|update|upsert|delete|remove|softDelete|increment|decrement';
const ORM_WRITES = [
  new RegExp(`\\.(?:${ORM_WRITE})\\(\\s*([A-Z]\\w*)`, 'g'),
  new RegExp(`getRepository\\(([A-Z]\\w*)\\)\\s*\\.(?:${ORM_WRITE})\\(`, 'g'),
  /\.(?:insert\(\)\s*\.into|delete\(\)\s*\.from)\(([A-Z]\w*)/g,
];
const ORM_READS = [/\.\w+\(\s*([A-Z]\w*)/g, /@InjectRepository\(([A-Z]\w*)\)/g];
const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

function namesMatched(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/** Writes through a repository held in a variable: `const repository = …getRepository(Organisation)` then `repository.save(…)`. */
function heldRepositoryWrites(text: string): string[] {
  const held = [...text.matchAll(/\bconst (\w+) = [\w.]*getRepository\(([A-Z]\w*)\)/g)];
  return held.filter(([, name]) => new RegExp(`\\b${name}\\.(?:${ORM_WRITE})\\(`).test(text)).map(([, , entity]) => entity);
}

/**
 * The tables a TypeScript source reads and writes: table names in its SQL (INSERT INTO, UPDATE, DELETE FROM,
 * TRUNCATE; FROM and JOIN) and the tables of the entities it writes or reads through TypeORM. Only names in
 * `tableOf` (the entities' tables) or `known` (every table) count, so columns and words elsewhere never match.
 * TypeORM calls are seen where they name the entity class (`manager.insert(Item, …)`), not through an instance
 * (`manager.save(issue)`).
 */
export function tableAccess(source: string, tableOf: Map<string, string>, known: Set<string>): TableAccess {
  const text = source.replace(COMMENTS, '');
  const inSql = (patterns: RegExp[]) => namesMatched(text, patterns).filter((name) => known.has(name));
  const ofEntities = (names: string[]) => names.flatMap((name) => tableOf.get(name) ?? []);
  const writes = new Set([...inSql(SQL_WRITES), ...ofEntities([...namesMatched(text, ORM_WRITES), ...heldRepositoryWrites(text)])]);
  const reads = new Set([...inSql(SQL_READS), ...ofEntities(namesMatched(text, ORM_READS))]);
  return { reads, writes };
}

/** Each entity class name and its table, from `@Entity('table')` … `export class Name` in the sources. */
export function entityTables(sources: SourceFile[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/@Entity\('([a-z_]+)'[\s\S]*?export class (\w+)/g)) map.set(match[2], match[1]);
  }
  return map;
}

/** The tables the migrations create. */
export function createdTables(migrationSources: string[]): string[] {
  return migrationSources.flatMap((text) => [...text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)].map((match) => match[1]));
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The non-spec TypeScript sources of each lib under libsDir, with paths relative to the repository. */
export function readLibSources(libsDir: string): Map<string, SourceFile[]> {
  const root = join(libsDir, '..');
  const sources = new Map<string, SourceFile[]>();
  for (const lib of readdirSync(libsDir)) {
    sources.set(lib, typeScriptFiles(join(libsDir, lib, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })));
  }
  return sources;
}

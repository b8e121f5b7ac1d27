import { resolve } from 'node:path';
import { Config, createFormatter, createParser, SchemaGenerator } from 'ts-json-schema-generator';
import * as ts from 'typescript';

/**
 * Where the views the API answers are declared: the interfaces may live in any lib (today beside
 * their services and in *.view.ts files, tomorrow in libs/contract), so the whole server is read and
 * a view is found by its name, which must be unique among the exported types.
 */
export const VIEW_SOURCES = { include: ['libs/*/src/**/*.ts', 'apps/api/src/**/*.ts'], exclude: ['**/*.spec.ts'] };

type Schema = Record<string, unknown>;

const root = resolve(__dirname, '../..');

function viewProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json 无法读取');
  const files = ts.sys.readDirectory(root, ['.ts'], VIEW_SOURCES.exclude, VIEW_SOURCES.include);
  return ts.createProgram(files, config.options);
}

/** Every exported type name of the server with the files declaring it, to refuse a name that means two things. */
function exportedTypes(program: ts.Program): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of program.getSourceFiles()) {
    if (file.fileName.includes('/node_modules/') || file.isDeclarationFile) continue;
    for (const statement of file.statements) {
      const named = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement);
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!named || !exported || !statement.name) continue;
      const name = statement.name.text;
      found.set(name, [...(found.get(name) ?? []), file.fileName.replace(`${root}/`, '')]);
    }
  }
  return found;
}

/**
 * JSON Schema (draft 7, as OpenAPI 3.1 takes it) for each named view and the named types it uses, refs
 * pointing into components.schemas. Objects stay open (no `additionalProperties: false`), so a field
 * added to an answer later does not break a client generated today.
 */
export function generateViewSchemas(names: string[]): Record<string, Schema> {
  const program = viewProgram();
  const declared = exportedTypes(program);
  const config: Config = { expose: 'export', topRef: true, jsDoc: 'basic', skipTypeCheck: true, additionalProperties: true };
  const generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
  const schemas: Record<string, Schema> = {};
  for (const name of [...names].sort()) {
    const places = declared.get(name) ?? [];
    if (places.length !== 1) throw new Error(`视图 ${name}：${places.length ? `同名类型有 ${places.length} 个（${places.join('、')}），请改名` : '找不到这个导出的类型'}`);
    const { definitions = {} } = generator.createSchema(name) as { definitions?: Record<string, Schema> };
    for (const [definition, schema] of Object.entries(definitions)) {
      const text = JSON.stringify(schema).replaceAll('"#/definitions/', '"#/components/schemas/');
      if (definition in schemas && JSON.stringify(schemas[definition]) !== text) {
        throw new Error(`视图 ${name} 用到的类型 ${definition} 与另一个同名类型不同，请改名其一`);
      }
      schemas[definition] = JSON.parse(text) as Schema;
    }
  }
  return schemas;
}

import { randomUUID } from 'node:crypto';

/**
 * Bad requests generated from the OpenAPI document: every operation × every mutation class
 * (wrong type, deep nesting, NUL, lone surrogate, null for a required value, numbers out of range,
 * impossible dates, overlong text, unknown fields, malformed JSON, bad path ids, oversized headers).
 * Each request starts from a valid one and breaks one thing, so a refusal is the mutation's.
 */

interface Schema {
  type?: string;
  $ref?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maxLength?: number;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
export interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: string;
  template: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body's schema; undefined when the operation takes no JSON body. */
  body?: Schema;
  multipart: boolean;
}

export interface BadRequest {
  operation: Operation;
  /** Mutation class and what it broke, e.g. `nul body.title`. */
  label: string;
  /** The field a refusal should name, when one field was broken. */
  field?: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** Real ids for path and body fields, by name; unknown names get a fresh UUID (a 404, after validation). */
export type Ids = (name: string, template: string) => string;

export function operationsOf(document: OpenApi): Operation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const parameters = spec.parameters ?? [];
      const content = spec.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        template,
        pathParams: parameters.filter((p) => p.in === 'path'),
        query: parameters.filter((p) => p.in === 'query'),
        body: json ? resolve(document, json) : undefined,
        multipart: Boolean(content['multipart/form-data']),
      };
    }),
  );
}

function resolve(document: OpenApi, schema: Schema): Schema {
  if (schema.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.items) return { ...schema, items: resolve(document, schema.items) };
  return schema;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDateField = (name: string, schema: Schema) => (typeof schema.example === 'string' && DATE.test(schema.example)) || /(On|From|To)$|^date$/.test(name);
const isIdField = (name: string) => /Ids?$/.test(name);
const isNumber = (schema: Schema) => schema.type === 'number' || schema.type === 'integer';

/** A valid value for a field, as far as the document tells. */
function valid(name: string, schema: Schema, ids: Ids, template: string): unknown {
  if (schema.enum) return schema.enum[0];
  if (isIdField(name)) return name.endsWith('Ids') ? [ids(name, template), ids(`${name}#2`, template)] : ids(name, template);
  if (schema.type === 'array') return schema.items?.properties ? [validObject(schema.items, ids, template)] : schema.items?.enum ? [schema.items.enum[0]] : [];
  if (schema.type === 'object' && schema.properties) return validObject(schema, ids, template);
  if (schema.example !== undefined) return schema.example;
  if (isDateField(name, schema)) return '2024-03-05';
  if (isNumber(schema)) return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  if (/password/i.test(name)) return 'Whatever2026';
  return '测试';
}

function validObject(schema: Schema, ids: Ids, template: string): Record<string, unknown> {
  return Object.fromEntries((schema.required ?? []).map((name) => [name, valid(name, schema.properties![name], ids, template)]));
}

const deep = (depth: number, open: string, close: string, inner = '1') => open.repeat(depth) + inner + close.repeat(depth);

const NUL = ['a\u0000b', '\u0000', 'x'.repeat(10) + '\u0000', '\u0000x', '测\u0000试', '\u0000'.repeat(3)];
const SURROGATES = ['\ud800', 'a\udfffb', '\ud83d', 'x\ude00', '\ude00\ud83d', '测试\udbff', '\udc00'];
const HUGE = ['1e308', '-1e308', '1e309', '-1e309', String(2 ** 53 + 1), String(-(2 ** 53) - 1), '2147483648', '-2147483649', '4294967296', '1e20', '-1', '0.5', '1.0000001', '1e-320', '99999999999999999999', '1.7976931348623157e308'];
const BAD_DATES = ['2024-02-30', '-2024-01-01', '2023-02-29', '2100-02-29', '2024-04-31', '2024-06-31', '2024-09-31', '2024-11-31', '2024-13-01', '2024-00-10', '2024-01-00', '+002024-01-01', '99999-01-01', '0000-00-00', '0000-01-01', '1899-12-31', '3000-01-01', '2024-1-1', '2024/03/05', '20240305', '2024-03-05T00:00:00Z', '2024-01-01T25:00:00Z', ' 2024-03-05', '２０２４-01-01'];

/** Raw JSON texts for one field (a string, so `1e309` and lone surrogates reach the parser as sent). */
function fieldMutations(name: string, schema: Schema, required: boolean, validValue: unknown): [cls: string, json: string][] {
  const v = JSON.stringify(validValue);
  const out: [string, string][] = [];
  const isString = schema.type === 'string' || (schema.type === 'object' && typeof schema.example === 'string');
  if (schema.type !== 'array') out.push(['wrong-type', `[${v}]`], ['wrong-type', '[]'], ['wrong-type', `{"a":${v}}`]);
  if (schema.type !== 'array' && schema.type !== 'object') out.push(['wrong-type', '{}']);
  if (schema.type === 'array') out.push(['wrong-type', v.slice(1, -1) || '"x"'], ['wrong-type', '{"0":1}'], ['wrong-type', `[${v}]`], ['wrong-type', '[{}]'], ['wrong-type', '[null]']);
  if (isString || isNumber(schema)) out.push(['wrong-type', 'true'], ['wrong-type', 'false'], ['wrong-type', '[[]]'], ['wrong-type', '{"$gt":""}']);
  if (isString) out.push(['wrong-type', '12'], ['wrong-type', '-1.5']);
  if (isNumber(schema)) out.push(['wrong-type', '"12"'], ['wrong-type', '"abc"']);
  out.push(['deep-nesting', deep(5000, '[', ']')], ['deep-nesting', deep(40, '{"a":', '}')], ['deep-nesting', deep(100, '[', ']')], ['deep-nesting', deep(33, '{"a":', '}')]);
  if (isString || schema.type === 'array') {
    for (const s of NUL) out.push(['nul', JSON.stringify(schema.type === 'array' ? [s] : s)]);
    for (const s of SURROGATES) out.push(['surrogate', JSON.stringify(schema.type === 'array' ? [s] : s)]);
  }
  if (required) out.push(['null-required', 'null']);
  if (isNumber(schema)) for (const n of HUGE) out.push(['huge-number', n]);
  if (isDateField(name, schema)) for (const d of BAD_DATES) out.push(['impossible-date', JSON.stringify(d)]);
  if (isString) out.push(['overlong', JSON.stringify('长'.repeat(100_001))]);
  if (isString && schema.maxLength) out.push(['overlong', JSON.stringify('长'.repeat(schema.maxLength + 1))]);
  return out;
}

/** Every bad request for one operation. */
export function badRequests(operation: Operation, ids: Ids): BadRequest[] {
  const out: BadRequest[] = [];
  const path = realPath(operation, ids);
  const { body } = operation;
  const sendsJson = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method);
  const baseQuery = Object.fromEntries(operation.query.filter((p) => p.required).map((p) => [p.name, String(valid(p.name, p.schema ?? {}, ids, operation.template))]));
  // Values holding `%` are sent as written (raw NUL, invalid UTF-8); others are encoded.
  const withQuery = (extra: Record<string, string | string[]>) => {
    const pairs = Object.entries({ ...baseQuery, ...extra }).flatMap(([key, value]) => [value].flat().map((one) => `${key}=${one.includes('%') ? one : encodeURIComponent(one)}`));
    return pairs.length ? `${path}?${pairs.join('&')}` : path;
  };
  const at = withQuery({});

  if (body) {
    const baseBody = validObject({ ...body, properties: body.properties ?? {} }, ids, operation.template);
    for (const [name, schema] of Object.entries(body.properties ?? {})) {
      const required = (body.required ?? []).includes(name);
      const rest = Object.entries(baseBody).filter(([key]) => key !== name).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
      for (const [cls, json] of fieldMutations(name, schema, required, valid(name, schema, ids, operation.template))) {
        out.push({ operation, label: `${cls} body.${name}=${json.slice(0, 16)}`, field: name, path: at, body: `{${[...rest, `${JSON.stringify(name)}:${json}`].join(',')}}` });
      }
      // The same key twice (the parser keeps the last, here of the wrong type); NUL and a lone surrogate in the key.
      const good = JSON.stringify(valid(name, schema, ids, operation.template));
      out.push({ operation, label: `duplicate-key body.${name}`, field: name, path: at, body: `{${[...rest, `${JSON.stringify(name)}:${good}`, `${JSON.stringify(name)}:[${good}]`].join(',')}}` });
      for (const key of [`${name}\u0000`, `${name}\ud800`]) {
        out.push({ operation, label: `bad-key body.${name}`, field: key, path: at, body: `{${[...rest, `${JSON.stringify(key)}:${good}`].join(',')}}` });
      }
      if (schema.type === 'array' && schema.items?.properties) {
        for (const [inner, innerSchema] of Object.entries(schema.items.properties)) {
          const item = validObject(schema.items, ids, operation.template);
          for (const [cls, json] of fieldMutations(inner, innerSchema, (schema.items.required ?? []).includes(inner), valid(inner, innerSchema, ids, operation.template))) {
            const broken = `[{${[...Object.entries(item).filter(([k]) => k !== inner).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `${JSON.stringify(inner)}:${json}`].join(',')}}]`;
            out.push({ operation, label: `${cls} body.${name}.0.${inner}=${json.slice(0, 16)}`, field: name, path: at, body: JSON.stringify({ ...baseBody, [name]: '__X__' }).replace('"__X__"', broken) });
          }
        }
      }
    }
    const valid_ = JSON.stringify(baseBody);
    for (const unknown of ['unknownField', 'isAdmin', 'id', 'createdBy', 'committeeId_', 'constructor']) {
      out.push({ operation, label: `unknown-field body.${unknown}`, field: unknown, path: at, body: valid_.replace(/^\{/, `{${JSON.stringify(unknown)}:1${Object.keys(baseBody).length ? ',' : ''}`) });
    }
    out.push({ operation, label: 'unknown-field body.__proto__', path: at, body: valid_.replace(/^\{/, `{"__proto__":{"admin":true}${Object.keys(baseBody).length ? ',' : ''}`) });
    for (const whole of ['null', '[]', '"text"', '42', 'true', `[${valid_}]`, deep(6000, '{"a":', '}'), deep(6000, '[', ']')]) {
      out.push({ operation, label: `whole-body ${whole.slice(0, 12)}`, path: at, body: whole });
    }
  }
  if (body) {
    // Charsets and encodings the JSON parser does not take.
    const text = JSON.stringify(validObject(body, ids, operation.template));
    out.push({ operation, label: 'charset latin1', path: at, body: text, headers: { 'Content-Type': 'application/json; charset=latin1' } });
    out.push({ operation, label: 'content-encoding gzip', path: at, body: text, headers: { 'Content-Encoding': 'gzip' } });
  }
  if (sendsJson || body) {
    for (const malformed of ['{', '{"a":', "{'a':1}", '{"a":1}}', '{"a":1,}', '\u0000', '{"a":"\\ud800', '{"a":"\\x00"}', 'NaN', '{"a":01}']) {
      out.push({ operation, label: `malformed-json ${malformed.slice(0, 8)}`, path: at, body: malformed });
    }
  }
  if (operation.multipart) out.push({ operation, label: 'multipart without a file', path: at, body: '{}' });

  for (const param of operation.query) {
    const schema = param.schema ?? {};
    const good = String(valid(param.name, schema, ids, operation.template));
    const values: [string, string | string[]][] = [
      ['wrong-type', [good, good]],
      ['wrong-type', [good, 'x', 'y']],
      ['nul', 'a%00b'],
      ['nul', '%00'],
      ['surrogate', '%ED%A0%80'],
      ['surrogate', 'a%C0%80'],
      ['overlong', '长'.repeat(1000)],
      ['wrong-type', ''],
      ['malformed-percent', '%ff'],
      ['malformed-percent', '%'],
      ['malformed-percent', '%zz'],
    ];
    if (isNumber(schema) || /^(page|pageSize|limit|year|month|quarter|from|to)$/.test(param.name)) for (const n of HUGE) values.push(['huge-number', n]);
    if (isDateField(param.name, schema) || /^(from|to|before)$/.test(param.name)) for (const d of BAD_DATES) values.push(['impossible-date', d]);
    if (isIdField(param.name)) values.push(['bad-id', 'not-a-uuid'], ['bad-id', '1']);
    for (const [cls, value] of values) out.push({ operation, label: `${cls} query.${param.name}`, field: param.name, path: withQuery({ [param.name]: value }) });
  }
  if (operation.query.length) out.push({ operation, label: 'unknown-field query.unknownParam', field: 'unknownParam', path: withQuery({ unknownParam: '1' }) });

  for (const param of operation.pathParams) {
    const bad = isNumber(param.schema ?? {}) ? ['abc', '1e308', '-1', '9007199254740993', '1.5', '%00', '0x10'] : ['not-a-uuid', '1', '%00', '%ED%A0%80', 'x'.repeat(300), '00000000-0000-0000-0000-00000000000g', "1'--"];
    for (const value of bad) {
      const broken = realPath(operation, ids, { [param.name]: value }) + at.slice(path.length);
      out.push({ operation, label: `bad-id path.${param.name}=${value.slice(0, 12)}`, field: param.name, path: broken, body: body ? JSON.stringify(validObject(body, ids, operation.template)) : undefined });
    }
  }
  // Headers too large for node (431) and an Idempotency-Key that is not one.
  out.push({ operation, label: 'oversized-header', path: at, headers: { 'X-Padding': 'x'.repeat(20_000) } });
  out.push({ operation, label: 'oversized-cookie', path: at, headers: { Cookie: `a=${'x'.repeat(20_000)}` } });
  out.push({ operation, label: 'many-headers', path: at, headers: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`x-h${i}`, 'x'])) });
  out.push({ operation, label: 'oversized-url', path: `${at}${at.includes('?') ? '&' : '?'}pad=${'x'.repeat(20_000)}` });
  return out;
}

function realPath(operation: Operation, ids: Ids, raw: Record<string, string> = {}): string {
  return operation.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (raw[name] !== undefined) return raw[name];
    const param = operation.pathParams.find((p) => p.name === name);
    return isNumber(param?.schema ?? {}) ? '1' : encodeURIComponent(ids(name, operation.template));
  });
}

export const freshId = (): string => randomUUID();

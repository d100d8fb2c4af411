// The OpenAPI document as the hostile-input test reads it: its routes with their request schemas,
// a valid value built from a schema's examples, and what a schema itself rules out.
import { GHOST, HUGE } from './values';

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}
export type RawSchema = Schema & { $ref?: string; allOf?: RawSchema[]; properties?: Record<string, RawSchema>; items?: RawSchema };
export interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string; schema?: RawSchema }[]; requestBody?: { content: Record<string, { schema: RawSchema }> } }>
  >;
  components: { schemas: Record<string, RawSchema> };
}

export interface Route {
  /** As the authorization matrix writes it: 'PUT /api/fairs/:id'. */
  key: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** '/api/fairs/{id}' */
  path: string;
  params: string[];
  /** Query parameters the document lists, with their schemas. */
  query: Record<string, Schema>;
  contentType: string | null;
  body: Schema | null;
}

export function resolve(doc: OpenApi, s: RawSchema, depth = 0): Schema {
  if (depth > 20) throw new Error('schema nests too deep');
  if (s.$ref) return resolve(doc, doc.components.schemas[s.$ref.replace('#/components/schemas/', '')], depth + 1);
  if (s.allOf?.length === 1) return { ...resolve(doc, s.allOf[0], depth + 1), ...(s.nullable ? { nullable: true } : {}) };
  const out: Schema = { ...s };
  delete (out as RawSchema).$ref;
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(doc, v, depth + 1)]));
  if (s.items) out.items = resolve(doc, s.items, depth + 1);
  return out;
}

/** The document's routes of the given methods (all of them by default). */
export function routesOf(doc: OpenApi, methods: string[] = ['get', 'post', 'put', 'patch', 'delete']): Route[] {
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!methods.includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0] ?? null;
      routes.push({
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        method: method as Route['method'],
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, resolve(doc, p.schema ?? {})])),
        contentType,
        body: contentType ? resolve(doc, content[contentType].schema) : null,
      });
    }
  }
  return routes;
}

/** The routes that take a body or change something: POST, PUT, PATCH and DELETE. */
export const writeRoutesOf = (doc: OpenApi) => routesOf(doc, ['post', 'put', 'patch', 'delete']);

// ---------------------------------------------------------------- valid bodies from the schema

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function exampleOf(s: Schema): Json {
  if (s.example !== undefined) return structuredClone(s.example) as Json;
  if (s.enum?.length) return s.enum[0] as Json;
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, exampleOf(v)]));
    case 'array':
      return s.items ? [exampleOf(s.items)] : [];
    case 'string':
      if (s.format === 'uuid') return GHOST;
      if (s.format === 'date-time') return '2030-01-01T00:00:00Z';
      return 'テスト';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

export const isPlain = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Route-specific values win; arrays are replaced whole. */
export function merge(base: Json, over: Json | undefined): Json {
  if (over === undefined) return base;
  if (isPlain(base) && isPlain(over)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = merge(base[k] ?? null, v);
    return out;
  }
  return over;
}

// ---------------------------------------------------------------- what the document says is invalid

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the document itself rules `value` out, or null if it may be valid (the API may still refuse it). */
export function violation(s: Schema, value: unknown, path: string, optional: boolean): string | null {
  if (value === undefined) return optional ? null : `${path} is required`;
  if (value === null) return s.nullable || optional ? null : `${path} may not be null`;
  if (s.enum && !s.enum.includes(value)) return `${path} is outside its enum`;
  switch (s.type) {
    case 'string':
      if (typeof value !== 'string') return `${path} must be a string`;
      // Lengths in code points, as JSON Schema (and class-validator's MaxLength) count them: 😀 is one.
      if ([...value].length >= HUGE) return `${path} is ${[...value].length} characters long`;
      if (s.maxLength !== undefined && [...value].length > s.maxLength) return `${path} is longer than ${s.maxLength}`;
      if (s.format === 'uuid' && !UUID.test(value)) return `${path} is not a uuid`;
      return null;
    case 'integer':
    case 'number':
      if (typeof value !== 'number') return `${path} must be a number`;
      if (s.type === 'integer' && !Number.isInteger(value)) return `${path} must be an integer`;
      if (s.minimum !== undefined && value < s.minimum) return `${path} is below ${s.minimum}`;
      if (s.maximum !== undefined && value > s.maximum) return `${path} is above ${s.maximum}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${path} must be a boolean`;
    case 'array': {
      if (!Array.isArray(value)) return `${path} must be an array`;
      if (!s.items) return null;
      for (const [i, item] of value.entries()) {
        const v = violation(s.items, item, `${path}.${i}`, false);
        if (v) return v;
      }
      return null;
    }
    case 'object': {
      if (!isPlain(value)) return `${path || 'the body'} must be an object`;
      if (!s.properties) return null;
      for (const key of Object.keys(value)) if (!(key in s.properties)) return `${path ? `${path}.` : ''}${key} is not a known field`;
      for (const [key, prop] of Object.entries(s.properties)) {
        const v = violation(prop, value[key], path ? `${path}.${key}` : key, !(s.required ?? []).includes(key));
        if (v) return v;
      }
      return null;
    }
    default:
      return null;
  }
}

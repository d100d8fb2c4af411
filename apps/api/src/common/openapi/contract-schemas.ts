import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import * as contracts from '@bussanten/contracts';
import type { OpenApiSchema } from './openapi-schema';

/*
 * The OpenAPI components of libs/contracts' types, generated from the TypeScript itself with
 * ts-json-schema-generator and written to contract-schemas.json (`npm run openapi:schemas`), which
 * the app reads at run time: the production bundle has no TypeScript compiler. A test regenerates
 * the file and compares, so a change to libs/contracts without a regeneration fails `npm test`.
 * This module is for that script and that test only; the app never imports it.
 */

const ROOT = join(__dirname, '../../../../..');
/** Where the schemas are written (beside this file). */
export const CONTRACT_SCHEMAS_FILE = join(__dirname, 'contract-schemas.json');

/** OpenAPI component names: https://spec.openapis.org/oas/v3.0.3#components-object */
const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;

type JsonSchema = { [key: string]: unknown };

/** Every type libs/contracts exports (and the instances of its generic types named in contract-types.ts), as OpenAPI 3.0 schemas by name. */
export function generateContractSchemas(): Record<string, OpenApiSchema> {
  const generator = createGenerator({
    path: join(ROOT, 'apps/api/src/common/openapi/contract-types.ts'),
    tsconfig: join(ROOT, 'libs/contracts/tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // An interface lists every field the API sends: a body with another one does not match it.
    additionalProperties: false,
    // `npm run typecheck` checks the types; the generator only reads them.
    skipTypeCheck: true,
    // Functions libs/contracts exports (metaDetail, hasMeta, …) are not data: the generator skips
    // them instead of reading their signatures (it cannot read \`ErrorMetaByRule[R]\` of a generic R).
    functions: 'hide',
    sortProps: true,
    encodeRefs: false,
  });
  const definitions = (generator.createSchema('*').definitions ?? {}) as Record<string, JsonSchema>;
  // What the hidden functions leave: the root '*' as `never` ({ not: {} }), nothing to describe.
  const data = Object.fromEntries(Object.entries(definitions).filter(([, schema]) => !isNever(schema)));
  return toOpenApiComponents(data);
}

const isNever = (schema: JsonSchema) => Object.keys(schema).length === 1 && JSON.stringify(schema['not']) === '{}';

/**
 * Draft-07 definitions → OpenAPI 3.0 components: `$ref`s to #/components/schemas/, `const` to a
 * one-value `enum`, `null` in a union to `nullable`, generic instances under the alias that names
 * them; functions (a type guard libs/contracts exports) dropped.
 */
export function toOpenApiComponents(definitions: Record<string, JsonSchema>): Record<string, OpenApiSchema> {
  // libs/contracts exports a type guard or two: not data, so no schema.
  const runtime = contracts as Record<string, unknown>;
  const defs = Object.fromEntries(Object.entries(definitions).filter(([name]) => typeof runtime[name] !== 'function'));
  const refName = (ref: string) => decodeURIComponent(ref.replace(/^#\/definitions\//, ''));
  // `export type AuditEntryPage = Page<AuditEntry>` becomes a definition that only points at `Page<AuditEntry>`:
  // the alias takes the instance's schema, and every reference to the instance points at the alias.
  const renamed = new Map<string, string>();
  for (const [name, schema] of Object.entries(defs)) {
    const ref = typeof schema['$ref'] === 'string' ? refName(schema['$ref']) : null;
    if (ref && !COMPONENT_NAME.test(ref) && COMPONENT_NAME.test(name) && !renamed.has(ref)) renamed.set(ref, name);
  }
  const out: Record<string, OpenApiSchema> = {};
  for (const [name, schema] of Object.entries(defs)) {
    if (renamed.has(name)) continue;
    const target = renamed.get(typeof schema['$ref'] === 'string' ? refName(schema['$ref']) : '');
    const source = target === name ? { ...defs[refName(schema['$ref'] as string)], ...withoutRef(schema) } : schema;
    if (!COMPONENT_NAME.test(name)) {
      throw new Error(`${name} is not a valid OpenAPI component name: name it with a type alias in contract-types.ts`);
    }
    out[name] = convert(source, (ref) => {
      const to = refName(ref);
      return `#/components/schemas/${renamed.get(to) ?? to}`;
    }) as OpenApiSchema;
  }
  for (const schema of Object.values(out)) typeNullableRefs(schema, out);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The JSON type every value of a schema has, or null when it has none (or several). */
function typeOf(schema: JsonSchema, components: Record<string, OpenApiSchema>, depth = 0): string | null {
  if (depth > 20) return null;
  if (typeof schema['type'] === 'string') return schema['type'];
  const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : null;
  if (ref) return typeOf(components[ref.replace('#/components/schemas/', '')] as JsonSchema, components, depth + 1);
  const members = (schema['allOf'] ?? schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  const types = new Set((members ?? []).map((m) => typeOf(m, components, depth + 1)));
  return types.size === 1 ? [...types][0] : null;
}

/** `nullable` counts only beside a `type` (OpenAPI 3.0.3): a nullable `allOf: [$ref]` gets the type of what it refers to. */
function typeNullableRefs(node: unknown, components: Record<string, OpenApiSchema>): void {
  if (Array.isArray(node)) return node.forEach((n) => typeNullableRefs(n, components));
  if (typeof node !== 'object' || node === null) return;
  const s = node as JsonSchema;
  if (s['nullable'] === true && s['type'] === undefined) {
    const type = typeOf(s, components);
    if (!type) throw new Error(`a nullable schema of no single type: ${JSON.stringify(s)}`);
    s['type'] = type;
  }
  for (const [key, value] of Object.entries(s)) if (key !== 'enum' && key !== 'example') typeNullableRefs(value, components);
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest['$ref'];
  return rest;
}

const isNullType = (s: unknown) => typeof s === 'object' && s !== null && (s as JsonSchema)['type'] === 'null' && Object.keys(s).length === 1;

function convert(node: unknown, ref: (r: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, ref));
  if (typeof node !== 'object' || node === null) return node;
  let s: JsonSchema = { ...(node as JsonSchema) };
  delete s['$comment'];
  delete s['$schema'];
  // `T | null` with T a schema of its own: T, nullable (3.0 has no `null` type).
  for (const union of ['anyOf', 'oneOf'] as const) {
    const members = s[union];
    if (!Array.isArray(members) || !members.some(isNullType)) continue;
    const rest = members.filter((m) => !isNullType(m)) as JsonSchema[];
    delete s[union];
    if (rest.length === 1 && typeof rest[0]['$ref'] === 'string') s = { allOf: rest, ...s, nullable: true };
    else if (rest.length === 1) s = { ...rest[0], ...s, nullable: true };
    else s = { [union]: rest, ...s, nullable: true };
  }
  if ('const' in s) {
    s['enum'] = [s['const']];
    delete s['const'];
  }
  if (Array.isArray(s['examples'])) {
    s['example'] = (s['examples'] as unknown[])[0];
    delete s['examples'];
  }
  // `type: ['string', 'null']`: a string, nullable.
  if (Array.isArray(s['type'])) {
    const types = (s['type'] as string[]).filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error(`a union of types ${JSON.stringify(s['type'])} has no OpenAPI 3.0 form`);
    if (types.length < (s['type'] as string[]).length) s['nullable'] = true;
    s['type'] = types[0];
  }
  if (s['nullable'] === true && Array.isArray(s['enum'])) s['enum'] = (s['enum'] as unknown[]).filter((v) => v !== null);
  // OpenAPI 3.0 ignores whatever stands beside a $ref (a description, say): it moves into an allOf.
  if (typeof s['$ref'] === 'string' && Object.keys(s).length > 1) s = { allOf: [{ $ref: s['$ref'] }], ...withoutRef(s) };
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === '$ref') out[key] = ref(value as string);
    else if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, convert(v, ref)]));
    else if (key === 'enum' || key === 'required' || key === 'description' || key === 'example') out[key] = value;
    else out[key] = convert(value, ref);
  }
  return out;
}

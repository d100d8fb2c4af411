import Ajv from 'ajv';
import type { OpenAPIObject, ResponseObject } from '../src/common/openapi/openapi-schema';

/** The schema a response of an operation of the document declares, e.g. (doc, 'get', '/api/public/fairs/{slug}', '200'). */
export function responseSchema(doc: OpenAPIObject, method: string, path: string, status: string, mediaType = 'application/json'): object {
  const operation = doc.paths[path]?.[method as 'get'];
  if (!operation) throw new Error(`the document has no ${method.toUpperCase()} ${path}`);
  const schema = (operation.responses[status] as ResponseObject | undefined)?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${path} declares no ${mediaType} body for ${status}`);
  return schema;
}

/**
 * OpenAPI 3.0 schema → JSON Schema, for ajv: `nullable: true` becomes a union with null (3.0's
 * only difference that matters for validating bodies; the other OpenAPI keywords ajv ignores).
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example') continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as object).map(([name, schema]) => [name, toJsonSchema(schema)]));
    else out[key] = key === 'enum' || key === 'required' ? value : toJsonSchema(value);
  }
  return (node as { nullable?: unknown }).nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** A validator of bodies against a schema of the document (its $refs resolved in the document's components). */
export function validatorFor(doc: OpenAPIObject, schema: object): (body: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore' });
  ajv.addSchema({ components: toJsonSchema(doc.components) } as object, 'openapi.json');
  const validate = ajv.compile(toJsonSchema(rebase(schema)) as object);
  return (body) => (validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath || 'the body'} ${e.message} ${JSON.stringify(e.params)}`));
}

/** $refs of an operation's schema point into the document added as 'openapi.json'. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi.json${v}` : rebase(v)]),
  );
}

import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import type { ApiErrorDetail } from '@bussanten/contracts';

/**
 * Error details as the API names them (dotted paths: 'rooms.0.widthM', '' for the request as a
 * whole) ↔ react-hook-form's FieldErrors tree (errors.rooms[0].widthM).
 *
 * - Each field's leaf keeps every rule it broke in `types` (rule → message, in order); `type` and
 *   `message` are the first.
 * - A detail about the request as a whole ('') sits at `root`; one about a list or group that also
 *   has details under it ('rooms' with 'rooms.0.name') at that node's `root`, as react-hook-form
 *   keeps a field array's own error.
 * - A leaf is recognised by its string `type`, so a form must not have a group with a field named
 *   'type' (none has).
 */

type Node = Record<string, unknown>;

const isLeaf = (value: unknown): value is FieldError =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
const isIndex = (part: string) => /^\d+$/.test(part);

function addRule(node: Node, key: string, detail: ApiErrorDetail): void {
  const leaf = node[key];
  if (isLeaf(leaf)) {
    const types = leaf.types ?? {};
    if (!(detail.rule in types)) node[key] = { ...leaf, types: { ...types, [detail.rule]: detail.message } };
    return;
  }
  node[key] = { type: detail.rule, message: detail.message, types: { [detail.rule]: detail.message } } satisfies FieldError;
}

/** The tree a resolver returns (and setError builds) for `details`. */
export function fieldErrorsFromDetails<V extends FieldValues = FieldValues>(details: readonly ApiErrorDetail[]): FieldErrors<V> {
  const tree: Node = {};
  for (const detail of details) {
    const parts = detail.field === '' ? ['root'] : detail.field.split('.');
    let node = tree;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i];
      let next = node[key];
      if (next === undefined || isLeaf(next)) {
        const container: Node = (isIndex(parts[i + 1]) ? [] : {}) as unknown as Node;
        if (isLeaf(next)) container['root'] = next;
        node[key] = container;
        next = container;
      }
      node = next as Node;
    }
    const last = parts[parts.length - 1];
    const existing = node[last];
    if (existing !== undefined && !isLeaf(existing)) addRule(existing as Node, 'root', detail);
    else addRule(node, last, detail);
  }
  return tree as FieldErrors<V>;
}

/** Each leaf of the tree with its path as react-hook-form names it ('rooms.root', 'root'), in tree order. */
export function errorLeaves(errors: FieldErrors | Node, prefix = ''): [string, FieldError][] {
  const out: [string, FieldError][] = [];
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isLeaf(value)) out.push([path, value]);
    else if (typeof value === 'object' && value !== null) out.push(...errorLeaves(value as Node, path));
  }
  return out;
}

/** The API's field path of a leaf's path: 'rooms.root' → 'rooms', 'root' → ''. */
export function apiFieldOf(path: string): string {
  if (path === 'root') return '';
  return path.endsWith('.root') ? path.slice(0, -'.root'.length) : path;
}

/** The details a tree holds, one per field and rule (the inverse of fieldErrorsFromDetails). */
export function detailsFromFieldErrors(errors: FieldErrors | Node): ApiErrorDetail[] {
  return errorLeaves(errors).flatMap(([path, leaf]) => {
    const field = apiFieldOf(path);
    const types = leaf.types && Object.keys(leaf.types).length > 0 ? leaf.types : { [leaf.type]: leaf.message };
    return Object.entries(types).map(([rule, message]) => ({ field, rule, message: typeof message === 'string' ? message : '' }));
  });
}

/**
 * Reads the help text (`.describe()`) and the allowed fields out of a schema, so that a
 * message about a missing or misspelt field can tell the partner what the field is for.
 */
import type { z } from 'astro/zod';

type AnySchema = z.ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current: AnySchema = schema;
  for (let i = 0; i < 10; i++) {
    const def = (current as unknown as { def: { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema } }).def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly') {
      current = def.innerType as AnySchema;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, inner) is a pipe from a transform into the real schema.
      const inner = def.in as AnySchema;
      current = (inner as unknown as { def: { type: string } }).def.type === 'transform' ? (def.out as AnySchema) : inner;
    } else break;
  }
  return current;
}

/** The schema found by following a path of field names and list positions. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = (inner as unknown as { def: { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } }).def;
    if (def.type === 'object' && typeof part === 'string') current = def.shape?.[part];
    else if (def.type === 'array' && typeof part === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

/** The help text written with `.describe()` for the field at a path. */
export function describeField(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const schema = schemaAt(root, path);
  if (!schema) return undefined;
  return schema.description ?? unwrap(schema).description;
}

/** The field names allowed in the object at a path. */
export function allowedFields(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const def = (unwrap(schema) as unknown as { def: { type: string; shape?: Record<string, AnySchema> } }).def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

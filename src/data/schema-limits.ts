/** Reads field limits out of a content schema, so a form's maxlength matches the content check. */
import { z } from 'astro/zod';

/** The parts of a JSON Schema node this reads. */
interface SchemaNode {
  readonly type?: string;
  readonly maxLength?: number;
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly anyOf?: readonly SchemaNode[];
}

export function maxLengths(schema: z.ZodType): (path: string) => number | undefined {
  // As plain JSON: only the parts named in SchemaNode are read.
  const json: SchemaNode = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })));
  return (path: string) => {
    let node: SchemaNode | undefined = json;
    for (const part of path.split('.')) {
      node = part === '[]' ? node?.items : node?.properties?.[part];
      if (node?.anyOf) node = node.anyOf.find((option) => option.type === 'string' || option.type === 'object' || option.type === 'array') ?? node;
    }
    return typeof node?.maxLength === 'number' ? node.maxLength : undefined;
  };
}

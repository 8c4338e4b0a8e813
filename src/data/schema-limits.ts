/** Reads field limits out of a content schema, so a form's maxlength matches the content check. */
import { z } from 'astro/zod';

export function maxLengths(schema: z.ZodType): (path: string) => number | undefined {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as any;
  return (path: string) => {
    let node = json;
    for (const part of path.split('.')) {
      node = part === '[]' ? node?.items : node?.properties?.[part];
      if (node?.anyOf) node = node.anyOf.find((option: any) => option.type === 'string' || option.type === 'object' || option.type === 'array') ?? node;
    }
    return typeof node?.maxLength === 'number' ? node.maxLength : undefined;
  };
}

/**
 * Turns a schema problem into words a partner understands: which field, what is wrong,
 * and what to write instead.
 */
import type { z } from 'astro/zod';
import { allowedFields, describeField } from './schema-help.ts';
import { closestWord } from './suggest.ts';
import { describeValueKind } from '../value-kind.ts';

export interface FieldMessage {
  readonly path: readonly PropertyKey[];
  /** For an unknown field: its name, so its own line can be found. */
  readonly unknownKey?: string;
  readonly message: string;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one item per line starting with "- ")',
  object: 'a group of fields, indented under this one',
  date: 'a date',
};

function isDefaultMessage(message: string): boolean {
  return /^(Invalid input|Too (small|big)|Invalid (string|option|element)|Unrecognized key)/.test(message);
}

export function messagesForIssue(issue: z.core.$ZodIssue, schema: z.ZodType): FieldMessage[] {
  const path = issue.path as PropertyKey[];
  const input = (issue as { input?: unknown }).input;

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedFields(schema, path);
    return issue.keys.map((key) => {
      const guess = closestWord(key, allowed);
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return {
        path: [...path, key],
        unknownKey: key,
        message: `"${key}" is not a field we know here.${hint} Check the spelling, or remove it. Fields you can use here: ${allowed.join(', ')}.`,
      };
    });
  }

  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    const help = describeField(schema, path);
    const field = String(path[path.length - 1] ?? 'field');
    return [{ path, message: `"${field}" is missing. Add it.${help ? ` ${help}` : ''}` }];
  }

  if (issue.code === 'invalid_type' && isDefaultMessage(issue.message)) {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return [{ path, message: `This should be ${expected}, but it is ${describeValueKind(input, { withValue: true })}.` }];
  }

  if (isDefaultMessage(issue.message)) {
    const help = describeField(schema, path);
    return [{ path, message: `This value is not right.${help ? ` ${help}` : ''}` }];
  }

  return [{ path, message: issue.message }];
}

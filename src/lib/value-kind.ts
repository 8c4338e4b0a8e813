/** What kind of value a content file gave, in words, for messages like "Write this as text, not a number". */
export function describeValueKind(input: unknown, options: { withValue?: boolean } = {}): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  switch (typeof input) {
    case 'string':
      return options.withValue ? `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"` : 'text';
    case 'number':
      return options.withValue ? `the number ${input}` : 'a number';
    case 'boolean':
      return options.withValue ? `the value ${input}` : 'yes/no (true or false)';
    case 'object':
      return 'a group of fields';
    default:
      return typeof input;
  }
}

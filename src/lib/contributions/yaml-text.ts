/**
 * Writes YAML values by hand, so generated files look like the ones partners edit: plain
 * words stay plain, and anything YAML could misread (numbers, dates, yes/no, colons) is quoted.
 */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ,.'’()&/-]*$/;
const RESERVED = /^(yes|no|true|false|on|off|null|y|n|~)$/i;

export function yamlString(value: string): string {
  return PLAIN.test(value) && !RESERVED.test(value) && !/[:#]/.test(value) && value === value.trim() ? value : JSON.stringify(value);
}

export function yamlList(values: readonly string[], indent = ''): string {
  return values.map((value) => `${indent}- ${yamlString(value)}`).join('\n');
}

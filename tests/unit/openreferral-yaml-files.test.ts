/** Imported listings are written as YAML an officer can read and edit. */
import { describe, expect, it } from 'vitest';
import { toContentYaml } from '../../src/lib/openreferral/yaml-files.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';

describe('imported text in the YAML file', () => {
  const description = 'We can help you with:\n\n- email and video calls\n- your NHS App\n- Universal Credit online\n\nJust come along on a Tuesday morning with your phone or tablet.';

  it('a Markdown list is written line for line, so it reads as a list in the file', () => {
    const yaml = toContentYaml({ description }, 'Test.');
    expect(yaml).toContain('description: |-\n');
    expect(yaml).toContain('  - email and video calls\n  - your NHS App\n  - Universal Credit online\n');
    expect(parseContentYaml(yaml)).toEqual({ description });
  });

  it('one long line is still folded', () => {
    const long = 'Free Wi-Fi and computers you can use, with staff who can help you get started, at every library in the borough during opening hours.';
    const yaml = toContentYaml({ description: long }, 'Test.');
    expect(yaml).toContain('description: >-\n');
    expect(parseContentYaml(yaml)).toEqual({ description: long });
  });
});

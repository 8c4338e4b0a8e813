import { describe, expect, it } from 'vitest';
import { outcomeWords } from '../../src/lib/outcome-words.ts';

describe("a case study's figures in words", () => {
  it('puts over, about or up to before the number, and keeps % with it', () => {
    expect(outcomeWords({ value: 11000, unit: 'people', qualifier: 'over' })).toEqual({ figure: 'Over 11,000', unit: 'people' });
    expect(outcomeWords({ value: 35, unit: 'partners', qualifier: 'about' })).toEqual({ figure: 'About 35', unit: 'partners' });
    expect(outcomeWords({ value: 5000, unit: 'devices', qualifier: 'up-to' })).toEqual({ figure: 'Up to 5,000', unit: 'devices' });
    expect(outcomeWords({ value: 98, unit: '%', qualifier: 'over' })).toEqual({ figure: 'Over 98%', unit: '' });
    expect(outcomeWords({ value: 4417, unit: 'claimants' })).toEqual({ figure: '4,417', unit: 'claimants' });
  });
});

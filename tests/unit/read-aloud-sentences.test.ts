import { describe, expect, it } from 'vitest';
import { splitSentences, wordsToSay } from '../../src/lib/read-aloud/sentences.ts';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitting text into sentences to read aloud', () => {
  it('splits at full stops, question marks and exclamation marks followed by a space', () => {
    expect(sentences('You can borrow a tablet. Bring proof of address! Is it free? Yes.')).toEqual(['You can borrow a tablet.', 'Bring proof of address!', 'Is it free?', 'Yes.']);
  });

  it('keeps the last piece without a full stop, and trims spaces and line breaks at the ends', () => {
    expect(sentences('  Free Wi-Fi.\n  Open every day  ')).toEqual(['Free Wi-Fi.', 'Open every day']);
  });

  it('does not split numbers with a point in them', () => {
    expect(sentences('The library is 0.5 miles away. A bus costs £2.50 each way.')).toEqual(['The library is 0.5 miles away.', 'A bus costs £2.50 each way.']);
    expect(sentences('Version 2.1.3 works.')).toEqual(['Version 2.1.3 works.']);
  });

  it('does not split after short forms like e.g., i.e., Mr. or No.', () => {
    expect(sentences('Bring ID, e.g. A passport. Then ask.')).toEqual(['Bring ID, e.g. A passport.', 'Then ask.']);
    expect(sentences('Ask for help, i.e. Someone to show you.')).toEqual(['Ask for help, i.e. Someone to show you.']);
    expect(sentences('Ask Mr. Patel at St. Mary’s. He can help.')).toEqual(['Ask Mr. Patel at St. Mary’s.', 'He can help.']);
    expect(sentences('Go to room No. 5 on the left.')).toEqual(['Go to room No. 5 on the left.']);
    expect(sentences('It takes approx. 20 minutes.')).toEqual(['It takes approx. 20 minutes.']);
  });

  it('does not split after an initial', () => {
    expect(sentences('Written by J. Smith in 2024. Updated since.')).toEqual(['Written by J. Smith in 2024.', 'Updated since.']);
  });

  it('does not split after the number of a question or step', () => {
    expect(sentences('1. Where are the settings? 2. Open them.')).toEqual(['1. Where are the settings?', '2. Open them.']);
    expect(sentences('We have 12. Take one.')).toEqual(['We have 12.', 'Take one.']);
  });

  it('does not split when the next word starts with a small letter', () => {
    expect(sentences('Tablets, laptops etc. are free to borrow. Ask at the desk.')).toEqual(['Tablets, laptops etc. are free to borrow.', 'Ask at the desk.']);
    expect(sentences('Open 9 a.m. to 5 p.m. Monday to Friday.')).toEqual(['Open 9 a.m. to 5 p.m.', 'Monday to Friday.']);
  });

  it('splits after closing quotes and brackets, and after an ellipsis', () => {
    expect(sentences('Say "I need help." They will listen. (It is free.) Wait… Then go.')).toEqual(['Say "I need help."', 'They will listen.', '(It is free.)', 'Wait…', 'Then go.']);
  });

  it('leaves out pieces with no words or numbers', () => {
    expect(sentences('•')).toEqual([]);
    expect(sentences('')).toEqual([]);
    expect(sentences('   ')).toEqual([]);
    expect(sentences('Hello. … !')).toEqual(['Hello.']);
  });

  it('gives positions that point into the text', () => {
    const text = 'One. Two.  Three';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 11, end: 16 },
    ]);
  });
});

describe('the words a voice says', () => {
  it('makes spaces single', () => {
    expect(wordsToSay('  Free\n   Wi-Fi  ')).toBe('Free Wi-Fi');
  });

  it('says e.g., i.e. and etc. in full', () => {
    expect(wordsToSay('Bring ID, e.g. a passport, i.e. something with your photo, etc.')).toBe('Bring ID, for example a passport, that is something with your photo, etcetera');
  });

  it('reads UK phone numbers digit by digit, in their groups', () => {
    expect(wordsToSay('Call 0300 123 4567 today.')).toBe('Call 0 3 0 0, 1 2 3, 4 5 6 7 today.');
    expect(wordsToSay('Call 01234 567890.')).toBe('Call 0 1 2 3 4, 5 6 7 8 9 0.');
    expect(wordsToSay('Call 020 7946 0000.')).toBe('Call 0 2 0, 7 9 4 6, 0 0 0 0.');
  });

  it('says a web address as its site’s name only', () => {
    expect(wordsToSay('Open https://digital.northmere.example/referral/#v=1&n=device,skills on your phone.')).toBe('Open digital.northmere.example on your phone.');
    expect(wordsToSay('See http://www.example.org/help.')).toBe('See example.org.');
    expect(wordsToSay('Go to https://example.org, then ask.')).toBe('Go to example.org, then ask.');
  });

  it('leaves other numbers alone', () => {
    for (const text of ['It is 0.5 miles away.', 'Open 09:30 to 17:00.', 'Costs £2.50.', 'In 2026 there were 10 000 people.', 'Bus 0 goes there.']) expect(wordsToSay(text)).toBe(text);
  });
});

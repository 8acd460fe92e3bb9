import { describe, expect, it } from 'vitest';
import { quotations, wordCount } from '../../../scripts/add-source/quotations';

const quoted = (text: string) => quotations(text).map((q) => text.slice(q.start, q.end));

describe('quotations', () => {
  it('reads every quote style of the corpus', () => {
    expect(
      quoted('He said “one two” and „drei vier“, «cinq six», "seven eight", ‘nine ten’.'),
    ).toEqual(['one two', 'drei vier', 'cinq six', 'seven eight', 'nine ten']);
    expect(quoted('„jeden dwa” i 「威特科夫表示」')).toEqual(['jeden dwa', '威特科夫表示']);
  });

  it('takes a quote nested in another as part of it, and apostrophes for none', () => {
    expect(quoted('“Trump’s plan is ‘the only one’ we have,” he said.')).toEqual([
      'Trump’s plan is ‘the only one’ we have,',
    ]);
    expect(quoted('Witkoff’s son and Kushner’s plan')).toEqual([]);
  });

  it('closes a quotation on its own line', () => {
    expect(quoted('“an open quote\nthat never closes” here')).toEqual([]);
  });

  it('counts Chinese and Japanese characters as half a word', () => {
    expect(wordCount('one two, three')).toBe(3);
    expect(wordCount('威特科夫表示')).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { joinNumbers } from '../../src/core/number-words';
import { foldText } from '../../src/core/normalize';
import { wordSpans } from '../../src/core/words';

/** A folded text's words as the stem matcher reads them. */
const words = (text: string) => {
  const folded = foldText(text);
  return joinNumbers(folded, wordSpans(folded)).texts;
};

describe('joinNumbers', () => {
  it('makes one word of a number however its groups are separated', () => {
    expect(words('zajedno s 1.700 Palestinaca')).toEqual(['zajedno', 's', '1700', 'palestinaca']);
    expect(words('around 1,700 detainees')).toEqual(['around', '1700', 'detainees']);
    expect(words('1 700 détenus')).toEqual(['1700', 'detenus']);
    expect(words('1\u202f700 détenus')).toEqual(['1700', 'detenus']);
    expect(words('1’700 Häftlinge')).toEqual(['1700', 'haftlinge']);
    expect(words('2.500.000 dollars')).toEqual(['2500000', 'dollars']);
  });

  it('reads “thousand” and three digits as news in Mexico and Turkey write 1,700', () => {
    expect(words('más de mil 700 prisioneros')).toEqual(['mas', 'de', '1700', 'prisioneros']);
    expect(words('tutuklanan bin 700 Filistinli')).toEqual(['tutuklanan', '1700', 'filistinli']);
    expect(words('2 mil 500 personas')).toEqual(['2500', 'personas']);
  });

  it('leaves apart what is not one number', () => {
    // A date, a decimal, a list, a year before a count, "thousand" without its last digits.
    expect(words('7. listopada 2023.')).toEqual(['7', 'listopada', '2023']);
    expect(words('1,5 millones')).toEqual(['1', '5', 'millones']);
    expect(words('250, 700')).toEqual(['250', '700']);
    expect(words('en 2023 500 personas')).toEqual(['en', '2023', '500', 'personas']);
    expect(words('mil personas y 2 mil')).toEqual(['mil', 'personas', 'y', '2', 'mil']);
    expect(words('12.30 Uhr')).toEqual(['12', '30', 'uhr']);
  });

  it('spans a joined number from its first group to its last', () => {
    const folded = foldText('de 1.700 presos');
    const { starts, ends } = joinNumbers(folded, wordSpans(folded));
    expect(folded.slice(starts[1], ends[1])).toBe('1.700');
  });
});

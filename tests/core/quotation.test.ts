import { describe, expect, it } from 'vitest';
import { quotationsIn } from '../../src/core/quotation';

const inside = (text: string) => quotationsIn(text).map(([start, end]) => text.slice(start, end));

describe('quotationsIn', () => {
  it('pairs the marks of a paragraph in turn, whatever the language’s marks', () => {
    expect(inside('Он сказал: «Это был полезный разговор», — и добавил: «Работы много».')).toEqual([
      'Это был полезный разговор',
      'Работы много',
    ]);
    expect(inside('Kushner sagte: „Wir hatten keinen Plan B“.')).toEqual([
      'Wir hatten keinen Plan B',
    ]);
  });

  it('runs a quote on into the next paragraph once, where that paragraph reopens it', () => {
    const text = '“We received guarantees from the mediators.\n“The war has ended,” he said.';
    expect(inside(text)).toEqual([
      'We received guarantees from the mediators.\n“The war has ended,',
    ]);
  });

  it('runs a quote on over one line break (a <br>), not two', () => {
    expect(inside('«La guerra\nè finita», ha detto.')).toEqual(['La guerra\nè finita']);
    expect(inside('«La guerra\nè\nfinita», ha detto.')).toEqual(['La guerra']);
  });

  it('quotes to its paragraph’s end where a quote over paragraphs or a dropped mark leaves it open', () => {
    // Each paragraph of a long quote opens with a mark; only the last one closes.
    const long =
      'Witkoff disse: "Ben olsam telefonu açardım.\n"Bence bu çok iyi bir görüşme olur.\nHaber devam ediyor.\n';
    expect(inside(long)).toEqual([
      'Ben olsam telefonu açardım.\n"Bence bu çok iyi bir görüşme olur.',
    ]);
    const dropped = 'Witkoff disse: "Ben olsam telefonu açardım.\nHaber devam ediyor.\nSon.';
    expect(inside(dropped)).toEqual(['Ben olsam telefonu açardım.']);
  });

  it('takes a gershayim between Hebrew letters for no mark (ארה"ב), and other scripts’ for one', () => {
    expect(inside('אמר: "ארה"ב נתנה ערבויות" לחמאס.')).toEqual(['ארה"ב נתנה ערבויות']);
    // Korean closes a quote onto its particle; Arabic opens one onto a preposition.
    expect(inside('위트코프는 "정말 끔찍한 클럽의 회원"이라고 말했다.\n다음 문단.')).toEqual([
      '정말 끔찍한 클럽의 회원',
    ]);
    expect(inside('مروجا لـ"إمكانات مذهلة" يمتلكها القطاع.')).toEqual(['إمكانات مذهلة']);
  });
});

/**
 * Filler news prose naming nobody, deterministic, in the scripts the dataset's people are
 * printed in: the pages naming nobody of `npm run bench` (bench/run.ts) and of the first look's
 * measure in Node (bench/first-look-node.ts). Words of the team's own choosing.
 */

export const ENGLISH =
  'the council harbour ferry terminal budget channel repairs pier station bus weather rain market school library museum river bridge festival season report committee vote';
/** A page in Cyrillic: its text is two bytes a character, which regular expressions read slower. */
export const RUSSIAN =
  'городской совет собрался снова чтобы обсудить паромный терминал бюджет канал ремонт причала станция автобус погода дождь рынок школа библиотека музей река мост фестиваль сезон';
export const ARABIC =
  'المجلس البلدي اجتمع مرة أخرى لمناقشة ميزانية الميناء والعبارة ومحطة الحافلات والطقس والمطر والسوق والمدرسة والمكتبة والمتحف والنهر والجسر والمهرجان والموسم والتقرير واللجنة والتصويت الأمريكية الحكومة';
export const PERSIAN =
  'شورای شهر دوباره برای بررسی بودجه بندر و کشتی و ایستگاه اتوبوس و هوا و باران و بازار و مدرسه و کتابخانه و موزه و رودخانه و پل و جشنواره و فصل و گزارش و کمیته و رای جمع شد';
export const HEBREW =
  'מועצת העיר התכנסה שוב כדי לדון בתקציב הנמל המעבורת התחנה האוטובוס מזג האוויר גשם שוק בית הספר הספרייה המוזיאון הנהר הגשר הפסטיבל העונה הדוח הוועדה ההצבעה';
export const GREEK =
  'το δημοτικό συμβούλιο συνεδρίασε ξανά για τον προϋπολογισμό του λιμανιού το πλοίο ο σταθμός το λεωφορείο ο καιρός η βροχή η αγορά το σχολείο η βιβλιοθήκη το μουσείο ο ποταμός η γέφυρα';
/** Chinese and Japanese words, printed without spaces between them. */
export const CHINESE =
  '市议会 再次 召开 会议 讨论 港口 渡轮 码头 预算 航道 维修 车站 公交 天气 下雨 市场 学校 图书馆 博物馆 河流 桥梁 节日 季节 报告 委员会 投票';
export const JAPANESE =
  '市議会は 再び 会合を開き 港の 予算と フェリー ターミナル 駅 バス 天気 雨 市場 学校 図書館 博物館 川 橋 祭り 季節 報告 委員会 投票 イベント コスト チケット について 議論した';

/** Scripts written without spaces between words. */
const UNSPACED = new Set([CHINESE, JAPANESE]);

/** Filler news prose of about `bytes` bytes of HTML, one paragraph a sentence, deterministic. */
export function prose(bytes: number, seed = 1, vocabulary = ENGLISH): string {
  const words = vocabulary.split(' ');
  const gap = UNSPACED.has(vocabulary) ? '' : ' ';
  const end = UNSPACED.has(vocabulary) ? '。' : '.';
  let x = seed;
  const parts: string[] = [];
  for (let size = 0; size < bytes;) {
    const sentence: string[] = [];
    for (let i = 0; i < 18; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      sentence.push(words[x % words.length]!);
    }
    const p = `<p>${sentence.join(gap)}${end}</p>`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('\n');
}

/** Paragraphs of each vocabulary in turn: a page in several scripts. */
export function mixedProse(bytes: number, vocabularies: readonly string[]): string {
  const each = vocabularies.map((vocabulary, i) =>
    prose(bytes / vocabularies.length, i + 5, vocabulary).split('\n'),
  );
  const paragraphs: string[] = [];
  for (let i = 0; each.some((list) => i < list.length); i++)
    for (const list of each) if (i < list.length) paragraphs.push(list[i]!);
  return paragraphs.join('\n');
}

export const wrap = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`;

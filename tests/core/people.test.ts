import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFirstLook } from '../../src/core/first-look';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

const people = compilePeopleMatcher([
  { id: 'witkoff', aliases: ['Steve Witkoff', 'Witkoff'] },
  { id: 'kushner', aliases: ['Jared Kushner', 'Kushner'] },
  { id: 'al-hayya', aliases: ['Khalil al-Hayya', 'al-Hayya'] },
]);

describe('compilePeopleMatcher', () => {
  it('names the people a text mentions, in dataset order', () => {
    expect(people.named('Kushner and WITKOFF met Khalil al Hayya in Egypt.')).toEqual([
      'witkoff',
      'kushner',
      'al-hayya',
    ]);
  });

  it('accepts hyphens, spaces and non-breaking spaces between the words of an alias', () => {
    expect(people.named('Al\u00A0Hayya said')).toEqual(['al-hayya']);
    expect(people.named('al–Hayya said')).toEqual(['al-hayya']);
  });

  it('prefers the longest alias at a position', () => {
    expect(people.mentions('Envoy Steve Witkoff spoke.')).toEqual([
      { personId: 'witkoff', start: 6, end: 19 },
    ]);
  });

  it('does not fire inside other words', () => {
    expect(people.namesAnyone('The Witkoffs family and Kushners')).toBe(false);
    expect(people.namesAnyone('The council met on Tuesday.')).toBe(false);
  });

  it('names nobody when the dataset has nobody', () => {
    expect(compilePeopleMatcher([]).namesAnyone('Witkoff')).toBe(false);
  });

  it('tells whether a text names anyone as its mentions do', () => {
    // namesAnyone stops at the first mention, read where the first look points: plain words, two
    // words, stems, guarded words and their context, words inside words.
    const { people: everyone } = realDataset();
    const matcher = compilePeopleMatcher(everyone);
    const look = compileFirstLook(everyone);
    const word = fc.oneof(
      fc.constantFrom(...everyone.flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])),
      fc.constantFrom(
        'Witkoffs',
        'xKushner',
        'KUSHNER',
        'Hamas',
        'the',
        'said',
        '“',
        '-',
        'Hayya,',
        'Charles',
        'Zach',
        'Himam',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 8 }),
        fc.constantFrom(' ', '', '\n'),
        (words, gap) => {
          const text = words.map((w) => w.replace(/\*/g, '')).join(gap);
          const positions = [...look.positions(text)];
          expect(matcher.namesAnyone(text, positions)).toBe(matcher.mentions(text).length > 0);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('alias syntax', () => {
  const hayya = compilePeopleMatcher([
    {
      id: 'witkoff',
      aliases: ['Witkoff', 'Виткофф*', '*ويتكوف', '*וויטקוף'],
    },
    {
      id: 'al-hayya',
      aliases: ['Khalil al-Hayya', 'خليل الحية'],
      guardedAliases: ['Hayya', '*الحية'],
      context: ['Hamas', '*حماس'],
    },
  ]);

  it('lets a stem marked * take a case ending', () => {
    expect(hayya.named('Беседа со Стивом Виткоффом')).toEqual(['witkoff']);
    expect(hayya.named('Виткоффский')).toEqual([]); // more than three letters of ending
  });

  it('lets every word marked * take its own ending', () => {
    const russian = compilePeopleMatcher([{ id: 'al-hayya', aliases: ['Халил* аль-Хай*'] }]);
    expect(russian.named('встретил Халила аль-Хайю в Каире')).toEqual(['al-hayya']);
    expect(russian.named('Халиловыми аль-Хайю')).toEqual([]); // four letters of ending
  });

  it('lets a leading * take a one-letter Arabic or Hebrew proclitic', () => {
    expect(hayya.named('لقاء نادر بين ترامب وويتكوف')).toEqual(['witkoff']);
    expect(hayya.named('התראיינו לוויטקוף')).toEqual(['witkoff']);
  });

  it('counts a guarded alias only near a context word', () => {
    expect(hayya.named('Witkov a rencontré Hayya, le dirigeant du Hamas, en Égypte.')).toEqual([
      'al-hayya',
    ]);
    expect(hayya.named('The Hayya festival opened in the old town on Sunday.')).toEqual([]);
    // الحية is also "the snake": only near حماس (Hamas) is it al-Hayya.
    expect(hayya.named('شاهد الحية في الحديقة')).toEqual([]);
    expect(hayya.named('التقى القيادي في حماس والحية في القاهرة')).toEqual(['al-hayya']);
    expect(hayya.namesAnyone('The Hayya festival opened.')).toBe(false);
  });

  it('names with a plain alias the words a guarded one finds with no context near', () => {
    // Serbian's guarded "ал Хаја" is read first (an exact alias before a stem), but Macedonian's
    // plain "ал-Хаја*" names the same words, context or not.
    const both = compilePeopleMatcher([
      {
        id: 'al-hayya',
        aliases: ['ал-Хаја*'],
        guardedAliases: ['ал Хаја'],
        context: ['Хамас*'],
      },
    ]);
    const text = 'Според ал-Хаја, договорот предвидува ослободување на 250 затвореници.';
    expect(both.mentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['ал-Хаја']);
    // The guarded alone still needs its context.
    const guarded = compilePeopleMatcher([
      { id: 'al-hayya', aliases: [], guardedAliases: ['ал Хаја'], context: ['Хамас*'] },
    ]);
    expect(guarded.named(text)).toEqual([]);
    expect(guarded.named(`${text} Хамас го потврди.`)).toEqual(['al-hayya']);
  });
});

describe('namesakes', () => {
  const kushner = compilePeopleMatcher([
    { id: 'kushner', aliases: ['Jared Kushner', 'Kushner*'], namesakes: ['Charles Kushner*'] },
  ]);

  it('takes a mention a namesake covers for the namesake, and the same surname elsewhere for the person', () => {
    const father = 'Charles Kushner, the US ambassador to France, was summoned on Monday.';
    expect(kushner.mentions(father)).toEqual([]);
    expect(kushner.namesAnyone(father)).toBe(false);
    const both = `${father} His son Jared Kushner was in Cairo; Kushner declined to comment.`;
    expect(kushner.mentions(both).map((m) => both.slice(m.start, m.end))).toEqual([
      'Jared Kushner',
      'Kushner',
    ]);
  });

  it('covers only the mention it holds: a namesake beside the name is not over it', () => {
    expect(kushner.named("Kushner met Charles Kushner's staff in Paris.")).toEqual(['kushner']);
  });

  it('settles a plain surname the first look found by the namesake too', () => {
    const text = 'Ambassador Charles Kushner spoke.';
    const look = compileFirstLook([{ id: 'kushner', aliases: ['Kushner*'] }]);
    expect(kushner.namesAnyone(text, [...look.positions(text)])).toBe(false);
  });
});

describe("the dataset's people, as news pages print them", () => {
  const matcher = compilePeopleMatcher(realDataset().people);
  const watched = new Set(['witkoff', 'kushner', 'al-hayya']);
  const named = (text: string) => matcher.named(text).filter((id) => watched.has(id));

  it('finds Witkoff and Kushner in case endings, misspellings and other scripts', () => {
    const pages: [string, string[]][] = [
      ['Iza Kushnera stoji plan koji je predstavio Steveu Witkoffu.', ['witkoff', 'kushner']],
      ["Kushner'ın planına göre Gazze'de 180 gökdelen inşa edilecek.", ['kushner']],
      ['Witkoffas sakė, kad derybos buvo naudingos.', ['witkoff']],
      ['Detalii de culise: Whitkoff i-a dat sfaturi lui Uşakov.', ['witkoff']],
      ['Uitkoff soll dem Kreml-Berater geraten haben, wie man mit Trump spricht.', ['witkoff']],
      ['Der US-Gesandte Steven Whitcoff traf in Moskau ein.', ['witkoff']],
      ['O enviado Steve Wtikoff chegou ao Kremlin.', ['witkoff']],
      ['Spetsposlannik Itkoff arrived in Moscow on Tuesday.', ['witkoff']],
      ['Зустріч зі Стівом Віткоффом тривала майже 5 годин.', ['witkoff']],
      ['Уиткоф (справа) и Ушаков на встрече в Кремле.', ['witkoff']],
      ['美国总统特使威特科夫与俄罗斯总统助理乌沙科夫通话', ['witkoff']],
      ['プーチン大統領とウィットコフ氏、クシュナー氏が会談した', ['witkoff', 'kushner']],
      ['美国总统特朗普的女婿库什纳表示，加沙重建需要三年', ['kushner']],
      ['ئامېرىكا ئەلچىسى ۋيتكوفف موسكۋاغا باردى', ['witkoff']],
      ['The talks between Putin and Vitkov lasted almost five hours.', ['witkoff']],
      // Greek, Korean (a particle written onto the name), traditional Chinese as Taiwan and
      // Hong Kong print them, Arabic with a long vowel.
      ['Ο Στιβ Γουίτκοφ και ο Τζάρεντ Κούσνερ έφτασαν στη Γενεύη.', ['witkoff', 'kushner']],
      ['스티브 위트코프 중동특사와 재러드 쿠슈너가 이집트에 도착했다.', ['witkoff', 'kushner']],
      ['川普的女婿庫許納與特使魏科夫已趕赴莫斯科。', ['witkoff', 'kushner']],
      ['威特科夫和庫什納星期四趕赴日內瓦。', ['witkoff', 'kushner']],
      ['وتصف الصحيفة كوشنير بالشخص الخجول أمام الكاميرات.', ['kushner']],
      // Hindi: vowel signs are marks inside the name (विटकॉफ).
      ['अमेरिकी दूत स्टीव विटकॉफ और जेरेड कुशनर मास्को पहुंचे।', ['witkoff', 'kushner']],
      // Urdu: its own letters (ٹ), not Persian's spelling.
      ['امریکی ایلچی اسٹیو وٹکوف اور جیرڈ کشنر ماسکو پہنچ گئے۔', ['witkoff', 'kushner']],
      // Bulgarian writes Kushner with "ъ"; Finnish declines both names by four letters.
      ['Стив Уиткоф и Джаред Къшнър пристигнаха в Москва.', ['witkoff', 'kushner']],
      ['Witkoffilta ja Kushnerilta kysyttiin haastattelussa Gazasta.', ['witkoff', 'kushner']],
      // As stored pages print them: Serbian in Latin letters (Kurir), Latvian (jauns.lv),
      // Azerbaijani (report.az, den.az), Kazakh (Kazinform), Ukrainian's and Belarusian's own
      // letters, Armenian (Azatutyun) and Georgian (Radio Tavisupleba, mtavari.tv).
      ['Stiv Vitkof i Džared Kušner opet idu kod Vladimira Putina.', ['witkoff', 'kushner']],
      ['Stīvs Vitkofs un Džareds Kušners ieradās Maskavā.', ['witkoff', 'kushner']],
      ['Putin Uitkoffu və Cared Kuşnerlə görüşüb.', ['witkoff', 'kushner']],
      ['Путин Стив Уиткоффпен кездесті.', ['witkoff']],
      ['Стів Уіткофф прибув до Москви.', ['witkoff']],
      ['Пуцін прыняў у Крамлі Уіткафа і зяця Трампа Джарэда Кушнера.', ['witkoff', 'kushner']],
      ['Սթիվ Ուիթքոֆը և Ջարեդ Քուշները ժամանել են Մոսկվա։', ['witkoff', 'kushner']],
      ['სტივ უიტკოფთან და ჯარედ კუშნერთან შეხვედრა კრემლში დასრულდა.', ['witkoff', 'kushner']],
      // Bengali and Tamil write a case ending onto the name, a vowel sign first (dsangram.com,
      // bangladeshpatch.com; iftamil.com, athirady.com).
      ['স্টিভ উইটকফের সঙ্গে জ্যারেড কুশনারও মস্কো গেছেন।', ['witkoff', 'kushner']],
      ['ஸ்டீவ் விட்காஃப்பை ஜாரெட் குஷ்னரின் குழு சந்தித்தது.', ['witkoff', 'kushner']],
      // Pashto and Sorani Kurdish letters (VOA Pashto, Kurdistan24).
      ['ښاغلي ویټکاف مسکو ته ورسید.', ['witkoff']],
      ['ستیڤ ویتکۆف و جارید کوشنەر گەیشتنە مۆسکۆ.', ['witkoff', 'kushner']],
      // Thai writes no space between words: "Mr" (นาย) stands on the name (MGR Online, Sanook).
      ['นายสตีฟ วิตคอฟฟ์และนายจาเร็ด คุชเนอร์เดินทางถึงมอสโก', ['witkoff', 'kushner']],
    ];
    for (const [text, people] of pages) expect(named(text), text).toEqual(people);
  });

  it('finds Ushakov with the comma below of Romanian and the cedilla of Turkish', () => {
    for (const text of [
      'Consilierul prezidențial Iuri Ușakov a declarat că discuțiile au fost utile.',
      'Kremlin Sözcüsü Yuri Uşakov açıklama yaptı.',
    ])
      expect(matcher.named(text), text).toContain('ushakov');
  });

  it('finds al-Hayya as Turkish, Spanish, Greek, Persian, Korean, Chinese, Japanese, Hindi and Urdu pages print him', () => {
    const pages = [
      "Hamas'ın Gazze lideri Halil el-Hayya, savaşın sona erdiğini açıkladı.",
      'Ateşkes mesajı veren Hayye, Hamas adına konuştu.',
      'El líder de Hamás en Gaza, Jalil Al Haya, aseguró que la guerra terminó.',
      'Ο Χαλίλ αλ Χάγια της Χαμάς δήλωσε ότι ο πόλεμος τελείωσε.',
      'رهبر حماس «خلیل الحیه» گفت جنگ پایان یافته است.',
      '미국 특사가 하마스의 칼릴 알하야 수석 협상 대표와 만날 예정이다.',
      '流亡中的哈馬斯加沙領導人哈亞10月9日宣布，加沙戰爭已經結束。',
      'ハマスのハリル・ハイヤ氏は戦争が終わったと述べた。',
      'हमास नेता खलील अल-हय्या ने कहा कि युद्ध खत्म हो गया है।',
      'حماس کے رہنما خلیل الحیہ نے کہا کہ جنگ ختم ہو گئی ہے۔',
      // His surname alone, as Georgian, Bengali, Kazakh, Latvian and Armenian pages print it.
      'ალ-ჰაიამ გამოაცხადა, რომ ომი დასრულდა.',
      'আল-হাইয়া জানান, যুদ্ধ শেষ হয়েছে।',
      'Әл-Хайяның айтуынша, соғыс аяқталды.',
      'Al Haija sacīja, ka karš ir beidzies.',
      'Ալ-Հայյան ասել է, որ պատերազմն ավարտվել է։',
      // German and Polish (dpa, PAP: "Ch", "jj"), declined in Polish and Czech; Serbian and
      // Hungarian; his family name alone near Hamas, declined as Polish declines Hamas.
      'Der Chefunterhändler der Hamas, Chalil al-Hajja, forderte Garantien.',
      'Członek kierownictwa Hamasu Chalil Al-Hajja powiedział agencji AP, że wojna się skończy.',
      'Według Chalila al-Hajji porozumienie zostało zawarte.',
      'Dohoda podle Chalíla Hajji počítá s propuštěním vězňů.',
      'Glavni pregovarač Hamasa Halil el Haja izjavio je danas da rat završava.',
      'Halíl al-Hajja, a Hamász fő tárgyalója bejelentette a megállapodást.',
      'Przedstawiciel Hamasu Al Hajja zapowiedział wymianę więźniów.',
      // Bulgarian writes "ал" and no soft sign; Finnish declines the name.
      'Ръководителят на преговорния екип на „Хамас“ Халил ал Хая заяви, че войната е свършила.',
      'Al-Hayyan mukaan sopimus sisältää vankien vapauttamisen.',
      // As stored pages print him: Serbian in either script (Kurir, Dnevnik), Croatian and
      // Bosnian declined (Večernji, Anadolu), Latvian (jauns.lv), Azerbaijani (sherg.az), Hungarian
      // with a case ending after the name's "a", lengthened to "á" (MTI); Thai (Matichon);
      // Bengali with its possessive written on (Daily Star Bangla).
      'Hamas je objavio da je Halil al Haja preživeo napad.',
      'Хамас је саопштио да је Халил ал-Хаја преживео напад.',
      'Trump je razgovarao s Khalilom al-Hayyom o primirju.',
      'Pregovarač Hamasa razgovarao je s Halilom al-Hajom.',
      'Hamās sarunu delegācijas vadītājs Halils al Haija ieradās Kairā.',
      'HƏMAS-ın nümayəndə heyətinə Xəlil əl-Heya rəhbərlik edir.',
      'นายคาลิล อัล-ฮัยยา หัวหน้าคณะเจรจาของฮามาส กล่าวว่าสงครามยุติแล้ว',
      'হামাসের প্রধান আলোচক খলিল আল-হাইয়ার ছেলে নিহত হয়েছেন।',
      'A különmegbízott Egyiptomban találkozott Halíl al-Hajjával.',
    ];
    for (const text of pages) expect(named(text), text).toEqual(['al-hayya']);
  });

  it('takes al-Hajj for al-Hayya only near Hamas: the pilgrimage is no one', () => {
    expect(named('Pilgrims called him al-Hajji after his return from Mecca.')).toEqual([]);
  });

  it('finds Ushakov, Putin, Trump, al-Hayya and Shaath as more presses print them', () => {
    for (const [text, person] of [
      ['Hij zou dat hebben gezegd tegen Joeri Oesjakov, een topadviseur van Poetin.', 'ushakov'],
      ['Volgens Oesjakov is er nog geen compromis gevonden.', 'ushakov'],
      ['De Russische president Vladimir Poetin heeft Witkoff verdedigd.', 'putin'],
      ['Vlagyimir Putyin orosz elnök még pénteken találkozik Witkoffal.', 'putin'],
      // And Swedish, Danish and Norwegian.
      ['Putins rådgivare Jurij Usjakov beskrev samtalet som konstruktivt.', 'ushakov'],
      // Trump declined (Polish, Lithuanian), and as Azerbaijani and Latvian print him; al-Hayya
      // and Shaath as Azerbaijani and Lithuanian pages do.
      ['Witkoff i Kushner przekazali Trumpowi wiadomość od Putina.', 'trump'],
      ['D. Trumpas gynė savo pasiuntinį S. Witkoffą.', 'trump'],
      ['Trampın sözlərinə görə, Uitkoff bu planı Ukraynaya satmalıdır.', 'trump'],
      ['Əl-Hayyanın sözlərinə görə, saziş Rəfah keçidinin açılmasını əhatə edir.', 'al-hayya'],
      ['Ali Shaathas vaizdo kreipimesi sakė, kad Rafacho perėja bus atidaryta.', 'shaath'],
      // Georgian, Armenian, Bengali and Kazakh, in their case endings.
      ['იური უშაკოვმა განაცხადა, რომ შეხვედრა სასარგებლო იყო.', 'ushakov'],
      ['Թրամփը հայտարարել է, որ հանդիպումը լավ է անցել։', 'trump'],
      ['ভ্লাদিমির পুতিনের সঙ্গে উইটকফের বৈঠক হয়েছে।', 'putin'],
      ['Трамптың арнайы өкілі Мәскеуге келді.', 'trump'],
      // Hebrew, with a preposition written on.
      ['ויטקוף אמר לפוטין שהוא רוחש לו כבוד עמוק.', 'putin'],
    ])
      expect(matcher.named(text!), text).toContain(person);
  });

  it('takes no namesake for the person: their fathers, brothers and sons, a Gulf emirate, live fire', () => {
    const pages = [
      'Charles Kushner, the US ambassador to France, was summoned by the French foreign ministry.',
      'Ambassador Kushner said he would not attend the meeting at the Quai d’Orsay.',
      'Josh Kushner, the founder of Thrive Capital, invested in the start-up’s new round.',
      'Joshua Kushner and his wife Karlie Kloss attended the gala.',
      'Посол США во Франции Чарльз Кушнер был вызван в МИД.',
      '美国驻法国大使查尔斯·库什纳被法国外交部召见。',
      '찰스 쿠슈너 주프랑스 미국 대사가 프랑스 외무부에 초치됐다.',
      'ザック・ウィトコフ氏は暗号資産の会議で講演した。',
      'Zach Witkoff, the co-founder of World Liberty Financial, spoke at the crypto conference.',
      'Alex Witkoff, a son of the envoy’s family business partner, signed the lease.',
      'Hamas official Himam al-Hayya was killed in the Israeli strike in Doha, the group said.',
      'Himam Al Haya, hijo del dirigente de Hamás, murió en el bombardeo israelí contra Doha.',
      'استشهد همام الحية في الغارة الإسرائيلية على الدوحة، بحسب بيان لحركة حماس.',
      // "Live ammunition" and "live fire", near Hamas and Gaza.
      'أطلق الجيش الإسرائيلي الذخيرة الحية على متظاهرين قرب مواقع حماس في غزة.',
      'واستخدمت القوات النيران الحية ضد عناصر من حماس.',
      // Ras al-Khaimah in Cyrillic, in either spelling.
      'Эмират Рас-аль-Хайма объявил о новых инвестициях.',
      'Самолет приземлился в Рас аль-Хайме.',
    ];
    for (const text of pages) expect(named(text), text).toEqual([]);
  });

  it('still names the person where the page names them beside their namesake', () => {
    const pages: [string, string[]][] = [
      [
        'Jared Kushner and his father, Charles Kushner, the ambassador to France, dined together.',
        ['kushner'],
      ],
      ['Zach Witkoff’s company was founded with his father, envoy Steve Witkoff.', ['witkoff']],
      [
        'Himam, the son of Hamas leader Khalil al-Hayya, was killed in the Israeli strike in Doha.',
        ['al-hayya'],
      ],
      ['Al Hayya’s son, Himam al Hayya, was killed in the Israeli strike.', ['al-hayya']],
      ['واستشهد همام نجل خليل الحية في الغارة على الدوحة.', ['al-hayya']],
    ];
    for (const [text, people] of pages) expect(named(text), text).toEqual(people);
  });

  it('names no one by ordinary words that look like their names', () => {
    const pages = [
      // Spanish "haya" (subjunctive of haber), even on a page about Hamas.
      'Hamás espera que haya un alto el fuego antes de que haya más víctimas.',
      // Hebrew "like an animal", near Hamas.
      'דובר חמאס אמר שהתייחסו לאסירים כאל חיה.',
      // Japanese "ハイヤー" (a hired car), on a page about Hamas; Korean "하야" (a resignation).
      'ハマスの幹部はハイヤーで空港に向かった。',
      '하마스 문제로 대통령 하야 요구가 나왔다.',
      // A Chinese name "哈雅" with no Hamas near.
      '歌手哈雅在台北举行了演唱会。',
      // German "Stahl" (steel); Russian "Трамплин" (a springboard).
      'Die Preise für Stahl und Aluminium steigen weiter.',
      'Лыжный трамплин открыли после ремонта. Трамплин построили в 1980 году.',
      // German "Trumpf" (a trump card) and the trumpet, where Trump* takes endings; and German's
      // genitive, a possessive that is never the speaker ("Trumps Schwiegersohn Jared Kushner
      // sagte": read as Trump's, it took Kushner's words from him).
      'Die Verhandler spielten ihren letzten Trumpf aus, die Trumpet-Band spielte.',
      'Trumps Schwiegersohn sprach in Davos.',
      // Al-Hayat the newspaper, and a village named Vitkov.
      'The Saudi-owned newspaper Al-Hayat closed its Beirut office.',
      'The village of Vitkov lies in the Czech Republic.',
    ];
    for (const text of pages) expect(matcher.named(text), text).toEqual([]);
  });
});

/**
 * The words news pages use to say who spoke, per language, for attribution.ts. Case is ignored.
 * An entry of the verb and source lists may hold a little of a regular expression's syntax: a
 * class where a language writes a letter two ways (Romanian ș/ş, Arabic أ/ا), an optional
 * conjunction glued to the verb (Arabic و/ف, Hebrew ו/ש), a group; cue-words.ts finds them as
 * whole words (no letter or hyphen on either side), except for the scripts written without
 * spaces (`UNSPACED_*`). The lists of words around a name (objects, owners, conjunctions…) are
 * plain words, looked up as such.
 *
 * Verbs are listed in the forms news prints: past and present, masculine and feminine (Slavic
 * past tenses agree with the speaker), participles and gerunds that carry a quote (`saying`,
 * `قائلاً`, `belirterek`), and the compound tenses (`ha detto`, `a déclaré`, `rekao je`). Verbs
 * of calling and judging (`called … "productive"`, `calificó de`) are here too: a page that
 * prints someone's word for something credits it to them.
 */

/**
 * English verbs of saying. English puts them before their subject only right after a quote
 * (`,” said Kushner`): elsewhere `He said Trump was…` is not Trump speaking. `told`, `asked`
 * and the like take the addressee after them (ADDRESS_VERBS).
 */
export const ENGLISH_SPEECH_VERBS: readonly string[] = [
  'said|says|added|adds|explained|explains|remarked|asserted|asserts|lamented|stated|states',
  'replied|replies|responded|answered|recalled|recalls|noted|notes|continued|continues|shared',
  'warned|warns|declared|declares|insisted|insists|argued|argues|estimated|described|describes',
  'wrote|writes|announced|announces|affirmed|confirmed|confirms|stressed|stresses|emphasi[sz]ed',
  'emphasi[sz]es|highlighted|underlined|underscored|pointed out|points out|observed|commented',
  'claimed|claims|suggested|suggests|acknowledged|admitted|conceded|revealed|disclosed',
  'predicted|promised|vowed|pledged|called|calls|termed|dubbed|label+ed|characteri[sz]ed',
  'expressed|voiced|reiterated|repeated|boasted|quipped|joked|agreed|denied|chimed in|chimes in',
  'followed up|went on|tweeted|posted|saying|adding|noting|stating|explaining|insisting',
  'arguing|warning|stressing|emphasi[sz]ing|describing|calling|claiming|declaring|telling',
  'recommended|advised|believes|thinks|assessed|summed up|responds|commenting|responding',
  'denied|denies|defended|defends|spoke|speaks|speaking',
];

/**
 * Verbs of saying in the other languages: their subject is the speaker, before them or after
 * them (`сказал Ушаков`, `قال ويتكوف`, `a declarat Khalil al-Hayya`).
 */
export const SPEECH_VERBS: readonly string[] = [
  // French, with the inverted forms after a quote (`dit-il`, `a-t-elle ajouté`).
  'dit|dit-il|dit-elle|a dit|déclare|a déclaré|déclaré|affirme|a affirmé|affirmé|ajoute|a ajouté',
  'ajouté|explique|a expliqué|expliqué|souligne|a souligné|souligné|a précisé|précisé',
  'indique|a indiqué|indiqué|assure|a assuré|assuré|estime|a estimé|poursuit|a poursuivi',
  'répond|a répondu|répondu|martèle|a martelé|insiste|a insisté|rappelle|a rappelé|reconnaît',
  'a reconnu|a annoncé|annoncé|a confié|a lancé|avertit|a averti',
  'a jugé|qualifie|a qualifié|a décrit|a résumé|résume|a écrit|a commenté|a exprimé',
  'a évoqué|a raconté|a tweeté|affirmant|déclarant|ajoutant|précisant|soulignant|estimant',
  'expliquant|assurant|rétorque|a rétorqué|a répliqué|réplique|dément|a démenti|nie|a nié',
  'aurait dit|aurait déclaré|aurait affirmé|aurait ajouté',
  // Spanish.
  'dijo|dice|afirmó|afirma|aseguró|asegura|señaló|señala|declaró|declara|agregó|agrega',
  'añadió|añade|explicó|explica|indicó|indica|subrayó|subraya|destacó|destaca|sostuvo',
  'sostiene|manifestó|expresó|advirtió|advierte|insistió|recalcó|enfatizó|reiteró|respondió',
  'contestó|comentó|apuntó|precisó|admitió|reconoció|anunció|relató|describió|calificó|tildó',
  'recomendó|sugirió|propuso|pidió|valoró|consideró|opinó|desmintió|ha desmentido|negó',
  'ha negado',
  'definió|escribió|habló|confirmó|ha dicho|ha afirmado|ha asegurado|ha señalado|ha declarado',
  'ha explicado|ha indicado|ha subrayado|ha destacado|ha enfatizado|ha confirmado|ha añadido',
  'ha agregado|ha advertido|ha reconocido|ha anunciado|ha calificado|ha insistido|habría dicho',
  'habría afirmado|habría declarado',
  'diciendo|afirmando|asegurando|señalando|añadiendo|agregando|explicando|subrayando',
  'destacando',
  // Italian.
  'ha detto|ha dichiarato|dichiarato|ha affermato|affermato|ha aggiunto|aggiunto|ha spiegato',
  'spiegato|ha sottolineato|sottolineato|ha precisato|precisato|ha ribadito|ribadito',
  'ha raccontato|ha osservato|ha evidenziato|ha rimarcato|ha commentato|ha risposto',
  'ha ammesso|ha annunciato|ha assicurato|ha avvertito|ha scritto|ha definito|ha parlato',
  'ha concluso|ha insistito|ha confermato|dice|afferma|dichiara|aggiunge|spiega|sottolinea',
  'a parlé',
  'ribadisce|osserva|commenta|risponde|avverte|scrive|disse|dichiarò',
  'affermò|aggiunse|spiegò|sottolineò|dicendo|affermando|aggiungendo|sottolineando',
  'spiegando|precisando|ha smentito|smentisce|ha negato|avrebbe detto|avrebbe dichiarato',
  'avrebbe affermato|avrebbe aggiunto',
  // Portuguese.
  'disse|diz|afirmou|declarou|acrescentou|acrescenta|explicou|contou|destacou|salientou',
  'sublinhou|ressaltou|frisou|assegurou|garantiu|garante|sustentou|reconheceu|admitiu',
  'anunciou|respondeu|comentou|observou|avaliou|avalia|considerou|escreveu|twittou|tuitou',
  'chamou|chama|classificou|descreveu|recomendou|recomenda|sugeriu|sugere|alertou|advertiu',
  'insistiu|reiterou|indicou|dizendo|afirmando|acrescentando|ressaltando|negou|desmentiu',
  'teria dito|teria afirmado',
  // German, with the separable verbs' usual order (`fügte hinzu`, `wies darauf hin`).
  'sagte|sagt|gesagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte hinzu|fügte an',
  'ergänzte|ergänzt|unterstrich|hob hervor|räumte ein|warnte|warnt|kündigte an|teilte mit',
  'schrieb|schreibt|nannte|nennt|bezeichnete|beschrieb|versicherte|bekräftigte|behauptete',
  'antwortete|entgegnete|wies darauf hin|wies hin|stellte klar|sprach|spricht|empfahl|schlug vor',
  'dementierte|bestritt',
  // Russian.
  'сказал|сказала|сказали|заявил|заявила|заявили|заявляет|отметил|отметила|отмечает',
  'подчеркнул|подчеркнула|подчеркивает|подчёркивает|добавил|добавила|ответил|ответила',
  'пояснил|пояснила|сообщил|сообщила|признал|признала|признался|призналась|напомнил',
  'напомнила|уточнил|уточнила|заметил|заметила|указал|указала|констатировал|выразил',
  'высказал|рассказал|рассказала|объяснил|объяснила|объяснял|заверил|заверила|предупредил',
  'назвал|назвала|охарактеризовал|написал|написала|говорит|говорил|говорила|считает',
  'прокомментировал|прокомментировала|резюмировал|провозгласил|объявил|объявила',
  'заявив|отметив|подчеркнув|добавив|сказав|пояснив|говорится|предложил|посоветовал|опроверг',
  'отрицал|объясняет|объяснила|повідомляє|выступил|выступила|виступив|виступила',
  'отметили|подчеркнули|добавили|сообщили|высказался|высказалась',
  // Ukrainian.
  'сказав|заявив|заявила|зазначив|зазначила|додав|додала|наголосив|наголосила|підкреслив',
  'підкреслила|повідомив|повідомила|пояснив|пояснила|відповів|відповіла|визнав|визнала',
  'нагадав|розповів|розповіла|назвав|назвала|написав|каже|говорить|заявляє|вважає',
  'висловив|закликав|запропонував|запропонувала|радив|прокоментував|прокоментувала',
  'йдеться|заявивши|зазначивши|додавши|наголосивши|підкресливши',
  // Polish.
  'powiedział|powiedziała|stwierdził|stwierdziła|dodał|dodała|oświadczył|oświadczyła',
  'podkreślił|podkreśliła|zaznaczył|zaznaczyła|przekazał|przekazała|poinformował',
  'poinformowała|wyjaśnił|wyjaśniła|odparł|odparła|odpowiedział|odpowiedziała|przyznał',
  'przyznała|zapowiedział|ocenił|oceniła|napisał|napisała|mówił|mówiła|mówi|twierdzi|uważa',
  'ostrzegł|zauważył|wskazał|zasugerował|zasugerowała|wyraził|wyraziła|nazwał|określił',
  'opisał|zapewnił|zapewniła|wtórował|deklarując|podkreślając|dodając|mówiąc|stwierdzając',
  'argumentując|opisując|zaznaczając|wystąpił|przemawiał|podsumował|podsumowała|oznajmił',
  'oznajmiła|przekonywał|przekonywała',
  // Turkish: the verb closes the sentence (`Kushner, “…” dedi`); converbs and participles
  // carry a quote too (`belirterek`, `… belirten el-Hayya`, `yaptığı açıklamada`).
  'dedi|diyor|söyledi|söylüyor|belirtti|ifade etti|açıkladı|vurguladı|kaydetti|ekledi',
  'aktardı|dile getirdi|değerlendirdi|nitelendirdi|yanıtını verdi|cevabını verdi',
  'ifadelerini kullandı|ifadesini kullandı|ifadelerine yer verdi|devam etti|açıklamasında',
  'açıklamada|belirterek|vurgulayarak|söyleyerek|diyerek|ifade ederek|kaydederek|ekleyerek',
  'ifadelerini kullanarak|belirten|vurgulayan|söyleyen|ifade eden|kaydeden|işaret eden',
  'açıklayan|nitelendirirken|belirtirken|söylerken|diyen|konuştu|konuşan',
  // Romanian.
  'a declarat|a spus|a afirmat|a adăugat|a subliniat|a precizat|a explicat|a men[țţ]ionat',
  'a arătat|a transmis|a răspuns|a recunoscut|a anun[țţ]at|a avertizat|a scris|a recomandat',
  'a sugerat|a apreciat|a comentat|a insistat|a reiterat|a mai spus|a mai declarat',
  'a mai adăugat|declară|spune|afirmă|adaugă|a dat asigurări|a vorbit|sus[țţ]ine|a sus[țţ]inut',
  // Croatian, Serbian, Bosnian (Latin and Cyrillic); Bulgarian and Macedonian.
  'rekao|rekla|izjavio|izjavila|kazao|kazala|dodao|dodala|istakao|istakla|naglasio',
  'naglasila|naveo|navela|ustvrdio|poručio|poručila|objasnio|napomenuo|odgovorio|zaključio',
  'zaključila|potvrdio|najavio|ocijenio|ocenio|upozorio|priznao|napisao|kaže|tvrdi|smatra',
  'ističe|navodi|govorio|govoreći|рекао|рекла|изјавио|изјавила|додао|истакао|навео|казао|каже|каза|заяви',
  'добави|подчерта|посочи|изјави|рече|додаде',
  // Greek.
  'δήλωσε|είπε|ανέφερε|πρόσθεσε|τόνισε|υπογράμμισε|σημείωσε|εξήγησε|απάντησε|ανακοίνωσε',
  'υποστήριξε|επεσήμανε|επισήμανε|διευκρίνισε|παραδέχθηκε|έγραψε|χαρακτήρισε|λέει|δηλώνει',
  'μίλησε',
  // Persian.
  'گفت|گفته است|گفته بود|می‌گوید|میگوید|افزود|اظهار داشت|اظهار کرد|تأکید کرد|تاکید کرد',
  'اعلام کرد|تصریح کرد|خاطرنشان کرد|بیان کرد|نوشت|توضیح داد|پاسخ داد',
  // Hebrew, with the conjunction or relative glued on (`ואמר`, `שאמר`).
  '[וש]?(?:אמר|אמרה|הוסיף|הוסיפה|ציין|ציינה|סיפר|סיפרה|הדגיש|הדגישה|הבהיר|הבהירה|הסביר)',
  '[וש]?(?:הסבירה|טען|טענה|מסר|מסרה|השיב|השיבה|ענה|ענתה|כתב|כתבה|הודיע|הודיעה|הכריז)',
  '[וש]?(?:הצהיר|הצהירה|אישר|אישרה|הסכים|הסכימה|דיבר|דיברה)',
  // Arabic, with و/ف glued on, and the hamza written or not.
  '[وف]?(?:قال|قالت|[أا]ضاف|[أا]ضافت|تابع|تابعت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|[أا]شار)',
  '[وف]?(?:[أا]شارت|صرح|صرّح|صرحت|[أا]علن|[أا]علنت|كشف|كشفت|لفت|شدد|شددت|اعتبر|ر[أا]ى)',
  '[وف]?(?:ذكر|ذكرت|ختم|[أا]ردف|بيّن|نوه|يقول|تقول|يرى|[أا]جاب|[أا]جابت|تحدث|تحدثت)',
  'قائلا|قائلاً|قائلًا|قائلة|مضيفا|مضيفاً|مضيفًا|م[ؤو]كدا|م[ؤو]كداً|م[ؤو]كدًا|موضحا|موضحاً',
  'موضحًا|مشيرا|مشيراً|مشيرًا',
  // Czech and Slovak.
  'řekl|řekla|uvedl|uvedla|prohlásil|prohlásila|zdůraznil|napsal|povedal|povedala|uviedol',
  'uviedla|vyhlásil|zdôraznil|napísal',
  // Dutch; Swedish, Danish and Norwegian.
  'zei|zegt|verklaarde|benadrukte|stelde|schreef|voegde toe|sade|säger|sagde|siger|sier',
  'uppgav|skrev',
  // Hungarian; Finnish.
  'mondta|közölte|hangsúlyozta|jelentette ki|tette hozzá|nyilatkozta|sanoi|kertoi|totesi',
  // Indonesian and Malay; Vietnamese; Hindi; Urdu.
  'kata|katanya|ujar|ujarnya|ungkap|tutur|tuturnya|mengatakan|menyatakan|menegaskan',
  'menjelaskan|menambahkan|nói|cho biết|phát biểu|tuyên bố|khẳng định|kể|kể lại|nhấn mạnh',
  'chia sẻ|कहा|बताया|کہا|بتایا|کہنا ہے|کہنا تھا|berkata|memberitahu|memaklumkan',
  // Catalan; Slovenian (not "pravi", "says": Croatian's and Serbian's "real").
  'va dir|ha dit|va afirmar|ha afirmat|va assegurar|va explicar|va declarar|va afegir|va subratllar',
  'je dejal|je dejala|je povedal|je povedala|je izjavil|je izjavila|je poudaril|je dodal',
  // Lithuanian; Latvian; Estonian (not "vastas", "answered": Spanish's "vast").
  'sakė|teigė|pareiškė|pridūrė|pažymėjo|pabrėžė|nurodė|patikino|atsakė|tvirtino|rašė',
  'teica|sacīja|paziņoja|norādīja|uzsvēra|piebilda|atzīmēja|pauda|apgalvoja|atbildēja',
  'ütles|teatas|märkis|rõhutas|lisas|kinnitas|selgitas|tõdes|nentis',
  // Albanian; Azerbaijani; Kazakh.
  'tha|deklaroi|shtoi|theksoi|nënvizoi|pohoi|u shpreh|sqaroi|u përgjigj|bëri të ditur',
  'deyib|bildirib|qeyd edib|vurğulayıb|əlavə edib|bəyan edib|söyləyib|dedi|bildirdi|qeyd etdi',
  'деді|айтты|мәлімдеді|атап өтті|хабарлады|қосты|түсіндірді|жазды',
  // Georgian; Armenian; Bengali.
  'განაცხადა|თქვა|აღნიშნა|დასძინა|განმარტა|ხაზი გაუსვა|უპასუხა',
  'ասել է|հայտարարել է|նշել է|ընդգծել է|ավելացրել է|ասաց|հայտարարեց|նշեց|ընդգծեց|ավելացրեց',
  'বলেন|বলেছেন|জানান|জানিয়েছেন|বলেছিলেন|উল্লেখ করেন',
  // Macedonian (not "кажа", Bulgarian's "to say" after "да"); Belarusian; Swahili.
  'изјави|изјавил|изјавила|изјавија|рече|рекол|рекла|додаде|додал|истакна|истакнал|нагласи',
  'нагласил|потенцира|посочи|соопшти|објави|најави|одговорил|напиша|порача|појасни|укажа',
  'сказаў|заявіў|заявіла|адзначыў|адзначыла|дадаў|падкрэсліў|падкрэсліла|паведаміў|паведаміла',
  'абвясціў|абвясціла|адказаў|напісаў|напісала|распавёў|распавяла|заўважыў|заўважыла|заяўляе',
  'падкрэслівае|адзначае|расказаў',
  'alisema|amesema|anasema|walisema|wamesema|aliongeza|ameongeza|alisisitiza|amesisitiza',
  'alibainisha|amebainisha|alieleza|ameeleza|alitangaza|ametangaza|alijibu|aliandika|ameandika',
  'alidai|alithibitisha|alionya|akisema',
  // Uzbek, its oʻ, gʻ and ’ however a page prints them.
  "deydi|aytdi|ta[‘ʻ'’]kidladi|ta[‘ʻ'’]kidlagan|qo[‘ʻ'’]shimcha qildi|ma[‘ʻ'’]lum qildi|e[‘ʻ'’]lon qildi",
  "qayd etdi|aytib o[‘ʻ'’]tdi|urg[‘ʻ'’]uladi|javob berdi|yozdi|izoh berdi|bayonot berdi|xabar qildi",
  "tasdiqladi|fikr bildirdi|so[‘ʻ'’]zladi|bildirdi",
  // Sorani Kurdish; Tamil.
  'گوتی|وتی|گوتیشی|وتیشی|دەڵێت|دەشڵێت|ڕایگەیاند|ڕاشیگەیاند|ڕایگەیاندووە|گوتوویەتی|وتوویەتی',
  'جەختی کردەوە|جەختیکردەوە|دووپاتی کردەوە|ئاماژەی بەوە کرد|ئاماژەی بەوەدا|ڕوونی کردەوە',
  'ئاشکرای کرد|باسی لەوە کرد|نووسی|نووسیویەتی',
  'கூறினார்|கூறியுள்ளார்|கூறுகிறார்|கூறுகையில்|கூறியதாவது|கூறியிருந்தார்|தெரிவித்தார்',
  'தெரிவித்துள்ளார்|தெரிவிக்கையில்|தெரிவித்ததாவது|என்றார்|குறிப்பிட்டார்|குறிப்பிட்டுள்ளார்',
  'வலியுறுத்தினார்|அறிவித்தார்|அறிவித்துள்ளார்|பதிலளித்தார்|எழுதினார்|பதிவிட்டுள்ளார்',
  'சுட்டிக்காட்டினார்|விளக்கினார்|பேசுகையில்',
  // Pashto.
  'وویل|ووېل|ویې ویل|ویلي دي|ویلي|وايي|زیاته کړه|زیاتوي|ټینګار وکړ|ټینګار یې وکړ|ټینګار کوي',
  'یادونه وکړه|یادونه یې وکړه|څرګنده کړه|څرګندوي|اعلان وکړ|اعلان یې وکړ|ځواب ورکړ|ځواب یې ورکړ',
  'ولیکل|لیکلي دي|روښانه کړه|ادعا وکړه|خبرداری ورکړ|تایید کړه',
];

/** Words that name the source before the name: `according to Kushner`, `по словам Ушакова`. */
export const SOURCE_MARKERS: readonly string[] = [
  'according to|in the words of|the words of|quoting|cited|quoted',
  'parole di|parole usate da|parole pronunciate da|palabras de|les mots de|les propos de',
  "selon|d’après|d'après|aux dires de|de l’avis de|so|laut|nach Angaben von|nach Worten von",
  'según|de acuerdo con|a juicio de|en palabras de|secondo|stando a|a detta di|segundo',
  'de acordo com|conforme|nas palavras de|по словам|по мнению|как сказал|как заявил|согласно',
  'за словами|на думку|як зазначив|według|zdaniem|jak powiedział|potrivit lui|potrivit',
  'conform lui|conform|prema riječima',
  'prema rečima|po riječima|po rečima|према речима|според|σύμφωνα με|κατά τον|κατά την',
  'به گفته|از قول|לדברי|על פי|לפי|وفق|وفقا ل|وفقاً ل|بحسب|حسب|على لسان|نقلا عن|نقلاً عن',
  'podle|podľa|volgens|aldus|enligt|ifølge|menurut|theo|के अनुसार|pasak|anot|saskaņā ar|sipas',
  'segons|po besedah',
  'според зборовите на|според изјавата на|паводле слоў|паводле|па словах|kwa mujibu wa|kulingana na',
  'kwa maneno ya|بەپێی|بەگوێرەی|بە گوتەی|بە وتەی|لە زاری',
];

/**
 * Words after the name that make it the source: Turkish `Uşakov'a göre`, German `Uschakow
 * zufolge`, Hungarian `Witkoff szerint`, Finnish `mukaan`, Estonian `Witkoffi sõnul`, Latvian
 * `pēc Vitkofa teiktā`, Kazakh `Уиткоффтың сөзінше`, Georgian `უიტკოფის თქმით`, Armenian
 * `Ուիթքոֆի խոսքով`, Bengali `উইটকফের মতে`; read after a case ending.
 */
export const SOURCE_AFTER_NAME: readonly string[] = [
  'göre|zufolge|szerint|mukaan|sõnul|teiktā|сөзінше|თქმით|խոսքով|মতে',
  // Uzbek: `Ushakovga ko‘ra`, `Uitkoffning aytishicha`; Tamil `உஷாகோவின் கூற்றுப்படி`.
  'கூற்றுப்படி|கருத்துப்படி|தகவலின்படி|கூறியதன்படி',
  // Pashto `د ویټکاف په وینا`.
  'په وینا|په قول|له قوله|په خبره|په حواله|په نقل|د خبرو له مخې',
  "ko[‘ʻ'’]ra|aytishicha|ta[‘ʻ'’]kidlashicha|bildirishicha|ma[‘ʻ'’]lum qilishicha|xabar berishicha",
];

/**
 * English verbs whose object follows them: a name after them is spoken to, not speaking
 * (`Kushner told Stahl`); their subject before them speaks.
 */
export const ADDRESS_VERBS: readonly string[] = [
  'told|tells|asked|asks|urged|thanked|assured|reminded|informed|telling',
  // Romanian with the addressee's clitic: `i-a spus lui Uşakov`, `le-a spus`.
  'i-a spus|i-a transmis|i-a cerut|le-a spus|i-a recomandat',
];

/**
 * Words after which a name up to two words on is an object, not a speaker: `by interviewer
 * Stahl`, `to President Trump`, `with Ushakov`, `с Уиткоффом`, `עם אושקוב`. Checked after the
 * speech verbs, so an auxiliary that is also a preposition (Romanian `a spus`) does not hide one;
 * Polish and Croatian `o` ("about") is left out, as Portuguese's article (`afirmou o enviado`).
 */
export const OBJECT_MARKERS: readonly string[] = [
  'by|to|with|from|about|of|for|against|toward|towards|on|at|than|between|alongside|told|tells',
  'asked|urged|thanked|met|par|à|au|aux|avec|de|du|des|pour|contre|sur|entre|chez|por|a|al',
  'con|del|para|sobre|ante|da|dal|dalla|di|dello|della|per|su|tra|fra|pelo|pela|ao|com|do',
  'von|vom|mit|an|für|gegen|über|zu|zum|bei|durch|gegenüber|zwischen|с|со|к|ко|от|для|про',
  'о|об|у|перед|между|при|через|против|з|із|зі|до|від|між|проти|z|ze|od|dla|przez|wobec',
  'przed|między|lui|cu|pentru|la|despre|între|împotriva|s|sa|za|kod|između|protiv|prema',
  'με|από|σε|στον|στη|στην|του|της|για|προς|به|از|با|برای|של|עם|את|אל|נגד|بين|مع|من|عن',
  'على|إلى|الى|ضد',
];

/**
 * English titles written before a name: `of President Trump`, `to Envoy Witkoff` keep the name
 * the object of the preposition. Another capitalised word there is what the preposition governs,
 * a place or a body, and a full name after it is the title's holder: `the Head of the Committee
 * for Gaza Ali Shaath` (attribution.ts).
 */
export const ENGLISH_TITLES: readonly string[] = [
  'president|president-elect|minister|premier|secretary|envoy|ambassador|senator|chancellor',
  'general|sheikh|emir|king|prince|governor|mayor|speaker|chairman|director|adviser|advisor',
  'aide|leader|chief|spokesman|spokeswoman|mr|mrs|ms|dr|pm|mr.|mrs.|ms.|dr.',
];

/**
 * Prepositions of the agent of a passive: `summarised by adviser Yuri Ushakov: …` names who
 * spoke, though the name is an object.
 */
export const AGENT_MARKERS: readonly string[] = [
  'by|par|por|pelo|pela|da|dal|dalla|dallo|von|vom|przez|от|від|od|de către|από|توسط|על ידי|من قبل',
];

/**
 * Words before a name (up to two words on) that make it an owner, not a speaker, where the
 * name has a case ending too (attribution.ts): a title in an oblique case, which the name after
 * it shares (`зятя президента США Дональда Трампа`, `doradcy prezydenta Trumpa`), and Arabic and
 * Persian nouns in a construct with the name after them (`مبعوث ترامب`, "Trump's envoy";
 * `مشاور سیاست خارجی پوتین`, "Putin's foreign-policy adviser"). A name between ends their
 * reach: `مبعوث ترامب ستيف ويتكوف` is Witkoff, the envoy.
 */
export const OWNER_WORDS: readonly string[] = [
  'президента|президенту|президентом|лидера|главы|министра|советника|советнику|помощника',
  'помощнику|посланника|посланнику|посланником|спецпосланника|спецпосланнику|спецпосланником',
  'зятя|администрации|радника|помічника|спецпосланця|прем’єра|prezydenta|prezydentowi',
  'prezydentem|doradcy|wysłannika|wysłannikiem|zięcia|predsjednika|predsjedniku|predsjednikom',
  'savjetnika|izaslanika|prezidenta|președintelui|presedintelui|προέδρου|مبعوث',
  'مستشار|مساعد|صهر|إدارة|ادارة|حكومة|خطة|فريق|نجل|مشاور|فرستاده|نماینده|دولت|داماد|طرح',
];

/**
 * Nouns that govern a name right after them in the genitive, where the name has a case ending
 * (`Зять Трампа Джаред Кушнер`, `помощник Путина`, `zięć Trumpa`); `помощник президента Юрий
 * Ушаков` is Ushakov, the aide, his name in the nominative.
 */
export const HEAD_NOUNS: readonly string[] = [
  'зять|помощник|советник|посланник|спецпосланник|представитель|пресс-секретарь|глава|лидер',
  'министр|администрация|команда|помічник|радник|посланець|речник|zięć|doradca|wysłannik',
  'rzecznik|zet|savjetnik|izaslanik|glasnogovornik|poradce|zeť',
];

/**
 * Words that open a reported clause: a name after them and a speech verb is what was said, not
 * who said it (`said that Trump…`, `заявил, что Трамп…`, `وأضاف … أن ترامب`).
 */
export const COMPLEMENTIZERS: readonly string[] = [
  "that|whether|que|qu(?=['’])|che|dass|daß|ob|что|чтобы|що|że|iż|da|că|ότι|πως|که|أن|إن|ان",
  'כי|ki|dat|att|hogy|bahwa|rằng',
];

/**
 * Subject pronouns: a speech verb, then one of these, then a name (`Er sagt, er habe Ben-Gvir
 * gesagt`) leaves the name an object of someone unnamed here. Those that are also articles or
 * prepositions elsewhere are left out: French `il` (Italian `il capo`), Spanish `el`, Polish
 * `on` (English `on`), Turkish `o` (Portuguese `o`).
 */
export const SUBJECT_PRONOUNS: readonly string[] = [
  'he|she|they|elle|ils|elles|er|sie|él|ella|ellos|ele|ela|eles|он|она|они|він|вона|вони',
  'ona|oni|ea|ei|αυτός|αυτή|הוא|היא|هو|هي|او',
];

/** Pronouns that open a relative clause about the name before them: `Dmitriev, who said`. */
export const RELATIVE_PRONOUNS: readonly string[] = [
  'who|qui|che|der|die|que|quien|quem|который|которая|který|która|koji|koja|ο οποίος|که|الذي|אשר|ש',
];

/**
 * Conjunctions that start a clause of its own after a quote: `“…” and Witkoff added` is a new
 * statement, not the quote's attribution.
 */
export const CONJUNCTIONS: readonly string[] = [
  'and|but|while|whereas|et|mais|und|aber|während|y|pero|mientras|e|ma|mentre|mas|и|а|но|і',
  'ale|oraz|ve|ama|iar|dar|și|şi|i|ali|και|αλλά|اما|אבל',
];

/** Scripts written without spaces between words: their cues are read inside a run of letters. */
export const UNSPACED_SPEECH_VERBS: readonly string[] = [
  // Chinese: 表示 "stated", 称 "said", 指出 "pointed out", 强调 "stressed", 透露 "revealed".
  '表示|说|称|指出|强调|透露|宣布|告诉|回应|认为|表態|表态',
  // Japanese: 述べた "stated", 語った "told", 話した "said", 答えた "answered".
  '述べた|述べ|語った|話した|言った|明らかにした|強調した|説明した|答えた|発表した|指摘した',
  // Korean.
  '말했다|밝혔다|강조했다|설명했다|전했다|주장했다',
  // Thai: กล่าว "said" (also in ดังกล่าว, "the said", which only names a thing), ระบุ "stated".
  'กล่าว|กล่าวว่า|กล่าวเสริม|เสริมว่า|ระบุ|ระบุว่า|เผยว่า|เปิดเผยว่า|แถลง|แถลงว่า|ประกาศว่า|ย้ำว่า',
  'เน้นย้ำ|ชี้ว่า|ตอบว่า|บอกว่า|เล่าว่า|ยืนยันว่า|ให้สัมภาษณ์ว่า|ตั้งข้อสังเกตว่า|เขียนว่า|แสดงความเห็นว่า',
];
export const UNSPACED_SOURCE_MARKERS: readonly string[] = [
  '据|援引|によると|によれば|따르면',
  'ตามรายงานของ|อ้างอิงจาก|ตามคำกล่าวของ|อ้างคำพูดของ|ตามคำบอกเล่าของ|ตามการเปิดเผยของ|ตามคำแถลงของ',
];

/** The lists as one value: what the build gives a named page with the dataset (analyzer-index.ts). */
export interface SpeechCues {
  readonly englishSpeechVerbs: readonly string[];
  readonly speechVerbs: readonly string[];
  readonly sourceMarkers: readonly string[];
  readonly sourceAfterName: readonly string[];
  readonly addressVerbs: readonly string[];
  readonly objectMarkers: readonly string[];
  readonly englishTitles: readonly string[];
  readonly agentMarkers: readonly string[];
  readonly ownerWords: readonly string[];
  readonly headNouns: readonly string[];
  readonly complementizers: readonly string[];
  readonly subjectPronouns: readonly string[];
  readonly relativePronouns: readonly string[];
  readonly conjunctions: readonly string[];
  readonly unspacedSpeechVerbs: readonly string[];
  readonly unspacedSourceMarkers: readonly string[];
}

export const SPEECH_CUES: SpeechCues = {
  englishSpeechVerbs: ENGLISH_SPEECH_VERBS,
  speechVerbs: SPEECH_VERBS,
  sourceMarkers: SOURCE_MARKERS,
  sourceAfterName: SOURCE_AFTER_NAME,
  addressVerbs: ADDRESS_VERBS,
  objectMarkers: OBJECT_MARKERS,
  englishTitles: ENGLISH_TITLES,
  agentMarkers: AGENT_MARKERS,
  ownerWords: OWNER_WORDS,
  headNouns: HEAD_NOUNS,
  complementizers: COMPLEMENTIZERS,
  subjectPronouns: SUBJECT_PRONOUNS,
  relativePronouns: RELATIVE_PRONOUNS,
  conjunctions: CONJUNCTIONS,
  unspacedSpeechVerbs: UNSPACED_SPEECH_VERBS,
  unspacedSourceMarkers: UNSPACED_SOURCE_MARKERS,
};

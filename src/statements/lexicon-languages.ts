/**
 * Cues of reported speech in languages other than English, for the rule-based reading in
 * `other-languages.ts` (the taggers are trained on English). Keys are ISO 639-1 codes.
 */
export interface LanguageCues {
  /** Verb forms of saying, each with its lemma. A form may be several words ("a déclaré"). */
  verbs: Record<string, string>;
  /** Words that open what was said after a verb of saying ("dass", "que"). */
  complementizers: string[];
  /** Words that give the source of the rest of the sentence ("laut", "selon"). */
  according: string[];
  /**
   * Words opening a clause that gives the source of the rest of the sentence with a verb of
   * saying: "wie die Polizei mitteilte", "comme l'a indiqué la préfecture".
   */
  as?: string[];
  /** Cues the speaker's name follows at once ("…, so Keller"), being common words too ("so wie"). */
  nameNext?: string[];
  /** A subject pronoun joined to the verb after it (French "dit-il", "a-t-elle ajouté" aside), as a pattern. */
  invertedPronoun?: string;
  /**
   * In a language that puts the finite verb second, common finite verbs (auxiliaries
   * first): after "Enligt polisen" the verb comes next ("Enligt polisen har två personer
   * skadats"), so the source is the words before it.
   */
  secondVerbs?: string[];
}

const forms = (lemma: string, list: string) => Object.fromEntries(list.split('|').map((f) => [f, lemma]));

export const CUES_BY_LANGUAGE: Record<string, LanguageCues> = {
  de: {
    verbs: {
      ...forms('sagen', 'sagte|sagten|sagt|hat gesagt'),
      ...forms('erklären', 'erklärte|erklärten|erklärt|hat erklärt'),
      ...forms('betonen', 'betonte|betont'),
      ...forms('meinen', 'meinte|meint'),
      ...forms('warnen', 'warnte|warnt'),
      ...forms('berichten', 'berichtete|berichtet'),
      ...forms('schreiben', 'schrieb|schreibt'),
      ...forms('versichern', 'versicherte|versichert'),
      ...forms('bestätigen', 'bestätigte|bestätigt'),
      ...forms('mitteilen', 'mitteilte|mitteilten|teilte mit|teilten mit|teilt mit|mitgeteilt'),
      ...forms('so', 'so'),
    },
    complementizers: ['dass'],
    as: ['wie'],
    nameNext: ['so'],
    according: ['laut', 'nach angaben von', 'nach angaben der', 'nach angaben des'],
  },
  fr: {
    verbs: {
      ...forms('dire', 'a dit|dit|a-t-il dit|a-t-elle dit'),
      ...forms('déclarer', 'a déclaré|déclare|a-t-il déclaré|a-t-elle déclaré'),
      ...forms('affirmer', 'a affirmé|affirme|a-t-il affirmé|a-t-elle affirmé'),
      ...forms('expliquer', 'a expliqué|explique|a-t-il expliqué|a-t-elle expliqué'),
      ...forms('souligner', 'a souligné|souligne'),
      ...forms('ajouter', 'a ajouté|ajoute|a-t-il ajouté|a-t-elle ajouté'),
      ...forms('indiquer', 'a indiqué|indique'),
      ...forms('assurer', 'a assuré|assure'),
      ...forms('estimer', 'a estimé|estime'),
      ...forms('avertir', 'a averti|avertit'),
      ...forms('annoncer', 'a annoncé|annonce'),
      ...forms('préciser', 'a précisé|précise'),
      ...forms('raconter', 'a raconté|raconte'),
      ...forms('confier', 'a confié|confie'),
      ...forms('poursuivre', 'a poursuivi|poursuit'),
      ...forms('insister', 'a insisté|insiste'),
    },
    invertedPronoun: '(?:-t)?-(?:il|elle|ils|elles|on)',
    complementizers: ['que', "qu'", 'qu’'],
    as: ['comme'],
    according: ['selon', "d'après", 'd’après'],
  },
  es: {
    verbs: {
      ...forms('decir', 'dijo|dice|ha dicho'),
      ...forms('afirmar', 'afirmó|afirma|ha afirmado'),
      ...forms('declarar', 'declaró|declara|ha declarado'),
      ...forms('explicar', 'explicó|explica|ha explicado'),
      ...forms('asegurar', 'aseguró|asegura|ha asegurado'),
      ...forms('señalar', 'señaló|señala'),
      ...forms('añadir', 'añadió|añade'),
      ...forms('indicar', 'indicó|indica'),
      ...forms('advertir', 'advirtió|advierte'),
      ...forms('anunciar', 'anunció|anuncia'),
      ...forms('informar', 'informó|informa|ha informado'),
    },
    complementizers: ['que'],
    as: ['como'],
    according: ['según', 'de acuerdo con'],
  },
  it: {
    verbs: {
      ...forms('dire', 'ha detto|dice|disse'),
      ...forms('dichiarare', 'ha dichiarato|dichiara'),
      ...forms('affermare', 'ha affermato|afferma'),
      ...forms('spiegare', 'ha spiegato|spiega'),
      ...forms('sottolineare', 'ha sottolineato|sottolinea'),
      ...forms('aggiungere', 'ha aggiunto|aggiunge'),
      ...forms('assicurare', 'ha assicurato|assicura'),
      ...forms('avvertire', 'ha avvertito|avverte'),
      ...forms('annunciare', 'ha annunciato|annuncia'),
      ...forms('riferire', 'ha riferito|riferisce'),
    },
    complementizers: ['che'],
    as: ['come'],
    according: ['secondo'],
  },
  pt: {
    verbs: {
      ...forms('dizer', 'disse|diz'),
      ...forms('afirmar', 'afirmou|afirma'),
      ...forms('declarar', 'declarou|declara'),
      ...forms('explicar', 'explicou|explica'),
      ...forms('garantir', 'garantiu|garante'),
      ...forms('acrescentar', 'acrescentou|acrescenta'),
      ...forms('destacar', 'destacou|destaca'),
      ...forms('anunciar', 'anunciou|anuncia'),
      ...forms('informar', 'informou|informa'),
    },
    complementizers: ['que'],
    as: ['como'],
    according: ['segundo', 'de acordo com'],
  },
  nl: {
    verbs: {
      ...forms('zeggen', 'zei|zegt|heeft gezegd'),
      ...forms('verklaren', 'verklaarde|verklaart'),
      ...forms('stellen', 'stelde|stelt'),
      ...forms('benadrukken', 'benadrukte|benadrukt'),
      ...forms('schrijven', 'schreef|schrijft'),
      ...forms('waarschuwen', 'waarschuwde|waarschuwt'),
      ...forms('melden', 'meldde|meldt'),
      ...forms('aldus', 'aldus'),
    },
    complementizers: ['dat'],
    as: ['zoals'],
    nameNext: ['aldus'],
    according: ['volgens'],
    secondVerbs: 'is zijn was waren heeft hebben had hadden wordt worden werd werden zal zullen zou zouden kan kunnen kon konden moet moeten moest moesten gaat gaan ging gingen'.split(' '),
  },
  ru: {
    verbs: {
      ...forms('сказать', 'сказал|сказала|сказали'),
      ...forms('заявить', 'заявил|заявила|заявили|заявляет'),
      ...forms('сообщить', 'сообщил|сообщила|сообщили|сообщает|сообщают'),
      ...forms('отметить', 'отметил|отметила|отметили|отмечает'),
      ...forms('подчеркнуть', 'подчеркнул|подчеркнула|подчеркнули|подчеркивает|подчёркивает'),
      ...forms('добавить', 'добавил|добавила|добавили'),
      ...forms('пояснить', 'пояснил|пояснила|пояснили'),
      ...forms('рассказать', 'рассказал|рассказала|рассказали'),
      ...forms('заверить', 'заверил|заверила|заверили'),
      ...forms('предупредить', 'предупредил|предупредила|предупредили'),
      ...forms('объявить', 'объявил|объявила|объявили'),
      ...forms('уточнить', 'уточнил|уточнила|уточнили'),
      ...forms('написать', 'написал|написала|написали'),
      ...forms('говорить', 'говорит|говорится'),
    },
    complementizers: ['что'],
    as: ['как'],
    according: ['по словам', 'по данным', 'по информации', 'согласно'],
  },
  uk: {
    verbs: {
      ...forms('сказати', 'сказав|сказала|сказали'),
      ...forms('заявити', 'заявив|заявила|заявили|заявляє'),
      ...forms('повідомити', 'повідомив|повідомила|повідомили|повідомляє|повідомляють'),
      ...forms('зазначити', 'зазначив|зазначила|зазначили'),
      ...forms('наголосити', 'наголосив|наголосила|наголосили'),
      ...forms('додати', 'додав|додала|додали'),
      ...forms('пояснити', 'пояснив|пояснила|пояснили'),
      ...forms('розповісти', 'розповів|розповіла|розповіли'),
      ...forms('запевнити', 'запевнив|запевнила|запевнили'),
      ...forms('попередити', 'попередив|попередила|попередили'),
      ...forms('написати', 'написав|написала|написали'),
    },
    complementizers: ['що'],
    as: ['як'],
    according: ['за словами', 'за даними', 'за інформацією', 'згідно з'],
  },
  pl: {
    verbs: {
      ...forms('powiedzieć', 'powiedział|powiedziała|powiedzieli|mówi'),
      ...forms('oświadczyć', 'oświadczył|oświadczyła|oświadczyli'),
      ...forms('stwierdzić', 'stwierdził|stwierdziła|stwierdzili'),
      ...forms('podkreślić', 'podkreślił|podkreśliła|podkreślili'),
      ...forms('dodać', 'dodał|dodała|dodali'),
      ...forms('poinformować', 'poinformował|poinformowała|poinformowali|informuje'),
      ...forms('przekazać', 'przekazał|przekazała|przekazali'),
      ...forms('zaznaczyć', 'zaznaczył|zaznaczyła|zaznaczyli'),
      ...forms('wyjaśnić', 'wyjaśnił|wyjaśniła|wyjaśnili'),
      ...forms('zapewnić', 'zapewnił|zapewniła|zapewnili'),
      ...forms('ostrzec', 'ostrzegł|ostrzegła|ostrzegli'),
      ...forms('zapowiedzieć', 'zapowiedział|zapowiedziała|zapowiedzieli'),
      ...forms('napisać', 'napisał|napisała|napisali'),
    },
    complementizers: ['że'],
    as: ['jak'],
    according: ['według', 'zdaniem'],
  },
  sv: {
    verbs: {
      ...forms('säga', 'säger|sa|sade'),
      ...forms('berätta', 'berättar|berättade'),
      ...forms('förklara', 'förklarar|förklarade'),
      ...forms('uppge', 'uppger|uppgav'),
      ...forms('meddela', 'meddelar|meddelade'),
      ...forms('skriva', 'skriver|skrev'),
      ...forms('betona', 'betonar|betonade'),
      ...forms('varna', 'varnar|varnade'),
      ...forms('hävda', 'hävdar|hävdade'),
      ...forms('konstatera', 'konstaterar|konstaterade'),
    },
    complementizers: ['att'],
    according: ['enligt'],
    secondVerbs: 'är var har hade blir blev ska skulle kommer kom kan kunde måste bör vill ville finns fanns rör gäller handlar'.split(' '),
  },
  da: {
    verbs: {
      ...forms('sige', 'siger|sagde'),
      ...forms('fortælle', 'fortæller|fortalte'),
      ...forms('forklare', 'forklarer|forklarede'),
      ...forms('oplyse', 'oplyser|oplyste'),
      ...forms('skrive', 'skriver|skrev'),
      ...forms('understrege', 'understreger|understregede'),
      ...forms('advare', 'advarer|advarede'),
      ...forms('meddele', 'meddeler|meddelte'),
    },
    complementizers: ['at'],
    according: ['ifølge'],
    secondVerbs: 'er var har havde bliver blev skal skulle vil ville kan kunne må måtte bør findes fandtes drejer gælder handler'.split(' '),
  },
  nb: {
    verbs: {
      ...forms('si', 'sier|sa'),
      ...forms('fortelle', 'forteller|fortalte'),
      ...forms('forklare', 'forklarer|forklarte'),
      ...forms('opplyse', 'opplyser|opplyste'),
      ...forms('skrive', 'skriver|skrev'),
      ...forms('understreke', 'understreker|understreket'),
      ...forms('advare', 'advarer|advarte'),
      ...forms('melde', 'melder|meldte'),
    },
    complementizers: ['at'],
    according: ['ifølge'],
    secondVerbs: 'er var har hadde blir ble skal skulle vil ville kan kunne må måtte bør finnes fantes dreier gjelder handler'.split(' '),
  },
};

/**
 * Chinese cues, for `chinese.ts`. Chinese writes no spaces and no capitals, so its rules
 * read the clause before a verb of saying as the speaker, less the time and the audience
 * words that often stand between them ("市长星期二对记者说").
 */
export const CHINESE_CUES = {
  verbs: '说 说道 表示 称 声称 宣称 指出 强调 透露 宣布 介绍 认为 告诉 回应 坦言 警告 承认 补充 解释 证实'.split(' '),
  /** "据" opens a source: "据警方称，…", "据新华社报道，…". */
  according: '据',
  /** Words after the source of "据" that close it: "称", "报道", "消息". */
  accordingEnd: '称 说 报道 消息 介绍 透露 表示'.split(' '),
  /** Time and audience words between a speaker and the verb, removed from the speaker's end. */
  speakerTail: String.raw`(?:(?:星期|礼拜|周)[一二三四五六日天]|[今昨前明]天|当天|日前|近日|此前|随后|早些时候|(?:上|下|中|晚|早)[午上]|晚间|[0-9一二三四五六七八九十]+日|(?:对|向)(?:记者|媒体|本报|新华社)|(?:在|于)[^，。；：]{1,15}(?:上|时|中|期间)|也|还|则|又|再次|曾|已|更|均|都|并)+$`,
  /** Pronoun speakers, named elsewhere. */
  pronouns: new Set('他 她 他们 她们 它 它们'.split(' ')),
};

/**
 * Japanese cues, for `japanese.ts`: what was said comes before "と" and the verb of saying
 * ends the sentence (田中市長は「……」と述べた。); the speaker is the topic or subject
 * before "は" or "が".
 */
export const JAPANESE_CUES = {
  verbs: '述べた 述べている 語った 語っている 話した 話している 言った 説明した 強調した 明らかにした 発表した 指摘した 答えた 明かした 主張した 訴えた 認めた'.split(' '),
  /** "によると" closes a source: "警察によると、……". */
  according: 'によると によれば'.split(' '),
  /** Particles that close the speaker: the topic "は" and the subject "が". */
  topic: 'はが',
  /** Pronoun speakers, named elsewhere. */
  pronouns: new Set('彼 彼女 彼ら'.split(' ')),
};

/** Every lemma above: what `isSpeech` accepts as a cue of speech in these languages. */
export const OTHER_LANGUAGE_SPEECH_LEMMAS = new Set([
  ...Object.values(CUES_BY_LANGUAGE).flatMap((c) => [...Object.values(c.verbs), ...c.according]),
  ...CHINESE_CUES.verbs,
  CHINESE_CUES.according,
  ...JAPANESE_CUES.verbs,
  ...JAPANESE_CUES.according,
]);

/** The words of a language's cues ("déclaré" of "a déclaré", "selon"), by language. */
export const CUE_WORDS_BY_LANGUAGE: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(CUES_BY_LANGUAGE).map(([language, cues]) => [
    language,
    new Set([...Object.keys(cues.verbs), ...cues.according].flatMap((f) => f.split(/[\s'’-]+/))),
  ]),
);

/** Pronoun speakers after a verb ("a-t-il dit", "sagte er"): the speaker is named elsewhere. */
export const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'il', 'elle', 'ils', 'elles', 'on', 'ella', 'él', 'lui', 'lei', 'ele', 'ela', 'hij', 'zij', 'ze', 'han', 'hon', 'hun']);

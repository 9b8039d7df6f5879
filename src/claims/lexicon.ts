/**
 * Word lists the claims stage uses to compare sentences across documents (English).
 * All entries are lower-case surface forms; the code stems them where it compares stems.
 */

/** Function words: they carry no content for alignment. Negation words are listed separately. */
export const STOPWORDS = new Set(
  `a an the and or but if then else so as of at by for with from into onto in on to up down out over under about
  above below after before since until while during than that this these those there here where when which who whom
  whose what why how is are was were be been being am do does did doing done have has had having will would shall
  should can could may might must it its it's they them their theirs he him his she her hers we us our ours you your
  yours i me my mine itself themselves himself herself ourselves also just only very too more most much many some any
  each every all both either other another such same own again further once per via upon among between against
  toward towards through across within without also still even yet ever already now then than because although though
  whether s t 's one ones mr mrs ms dr`.split(/\s+/),
);

/** Verbs that introduce reported speech or attribution: the act of saying is not the content. */
export const REPORTING_VERBS = new Set(
  `say says said saying tell tells told telling state states stated add adds added note notes noted claim claims
  claimed report reports reported according announce announces announced explain explains explained describe
  describes described declare declares declared insist insists insisted argue argues argued assert asserts asserted
  remark remarks remarked comment comments commented write writes wrote tweet tweets tweeted`.split(/\s+/),
);

/**
 * Words that negate the clause they stand in, with contractions written without their
 * apostrophe ("didnt", "cant"; not "wont", which is also a word).
 */
export const NEGATIONS = new Set(
  `not no never none nobody nothing neither nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't
  hasn't haven't hadn't shouldn't wouldn't couldn't mustn't n't cant dont doesnt didnt isnt arent wasnt werent hasnt
  havent hadnt shouldnt wouldnt couldnt`.split(/\s+/),
);

/**
 * Two-word phrases that negate what follows, as first word -> second word: "had yet to
 * regain" says what "had not regained" says. ("Failed to" would too, but it often stands in
 * a subordinate clause the clause cutter does not see: "…with no chance of parole after a
 * jury failed to return a death sentence".)
 */
export const NEGATING_PHRASES = new Map([['yet', 'to']]);

/** Words after a negation that turn it to others ("nobody else can move both"): what it says of the subject is asserted. */
export const EXCEPTIVES = new Set(['else']);

/**
 * Verbs of a plea: the negation after one names the plea ("pleaded not guilty", "pleads no
 * contest"), which a later verdict or a changed plea does not contradict.
 */
export const PLEAS = new Set(['plead', 'pleads', 'pleaded', 'pled', 'pleading']);

/**
 * Nouns for what one asks for: a denial of one ("denied a plea offer", "denied bail") is a
 * refusal, which says no more "no" than "turned down" does, not a denial of a proposition.
 */
export const REQUESTS = new Set(
  `offer offers request requests appeal appeals bail parole permission access entry application applications visa visas
  motion motions petition petitions bid bids asylum license licence permit permits`.split(/\s+/),
);

/** Verbs and words by which a source denies a proposition rather than asserting it. */
export const DENIALS = new Set(
  `deny denies denied denying refute refutes refuted rebut rebuts rebutted dismiss dismissed dismisses false untrue
  baseless unfounded`.split(/\s+/),
);

/**
 * Words that open a new clause after a comma ("…, but nobody saw it", "…, which destroyed
 * the plant"): a negation in one clause says nothing of the other.
 */
export const CLAUSE_OPENERS = new Set(
  `but yet although though whereas while which who whom whose because since as after before when so and`.split(/\s+/),
);

/**
 * Elided articles and pronouns glued to the next word by an apostrophe (French "l'usine",
 * "qu'aucun", Italian "dell'acqua"): the word after them is the word compared.
 */
export const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|un|dell|dall|nell|sull|all|quell)['’](?=\p{L}{2})/iu;

/** Pronouns that, opening a sentence, continue the topic of the sentence before it ("It killed 612 people"). */
export const TOPIC_PRONOUNS = new Set(`he she it they his her its their`.split(/\s+/));

/** English first- and second-person pronouns: a sentence with one is someone's words, even unquoted ("I've done enough"). */
export const SPEAKER_PRONOUNS = new Set(`i i'm i've i'd i'll me my mine we we're we've we'll our ours us you your yours`.split(/\s+/));

/** A line that ends on a comma or colon leads into the next one (a speaker line, a list's opening). */
export const LEADS_INTO_NEXT_LINE = /[,:，：]\s*$/u;

/** Words that, opening a sentence, tie it to the one before ("But he rarely landed…", "Meanwhile, …"). */
export const CONNECTIVES = new Set(
  `but and yet so however still meanwhile also then instead nevertheless nonetheless moreover furthermore besides thus therefore otherwise`.split(/\s+/),
);

/** Words that open a new clause even without a comma ("the wall cracked but nobody saw it"). */
/**
 * English words that open an indirect question ("declined to say whether the church had
 * received threats"): the clause asks, and asserts nothing either way. Those of `IF_QUESTIONS` only
 * right after one of `ASKING_WORDS` ("asked if"), where they cannot open a condition.
 */
export const INDIRECT_QUESTIONS = new Set(['whether']);
export const IF_QUESTIONS = new Set(['if']);
export const ASKING_WORDS = new Set(
  `ask asks asked asking wonder wonders wondered wondering know knows knew say says said tell tells told sure unclear clear`.split(/\s+/),
);

export const CLAUSE_CONJUNCTIONS = new Set(`but although though whereas`.split(/\s+/));

/**
 * Words that bring in another happening to place the sentence's own in time: a date after
 * them, in the same clause, dates that other happening ("charged after a shooting Friday").
 */
export const SEQUENCE_WORDS = new Set(`after before following`.split(/\s+/));

/** Punctuation inside a sentence that always ends a clause. */
export const CLAUSE_PUNCTUATION = /[;:—–]|\s-\s/;

/** Modal and hedging cues: the source does not assert the proposition as fact. */
export const HEDGES = new Set(
  `may might could would possibly perhaps probably likely unlikely reportedly allegedly apparently believed expected
  thought suspected rumored rumoured seems seem appears appear purportedly supposedly expect expects expecting
  forecast forecasts projected estimate estimates predicted predict predicts`.split(/\s+/),
);

/**
 * Who else tells of the same happening: "another news agency quoted the governor…" brings in
 * another source, not another occurrence.
 */
const OTHER_SOURCES = `agency agencies newspaper paper outlet report reports source sources official officials
  witness witnesses spokesman spokeswoman spokesperson statement station channel broadcaster
  website site account version reporter`.split(/\s+/);

/**
 * English phrases that tell of another occurrence than the story's: "another UN school"
 * (not "another 50 people", which adds to the count, nor "another news agency", which
 * tells of the same), "the last earthquake", "the previous record", "last season". The
 * figures of such a sentence count something else.
 */
export const OTHER_OCCURRENCE = [
  new RegExp(
    `\\banother\\s+(?!\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|few|several|couple)\\b|(?:\\p{L}+\\s+)?(?:${OTHER_SOURCES.join('|')})\\b)\\p{L}`,
    'iu',
  ),
  /\b(?:the|an?)\s+(?:previous|prior|last|earlier)\s+(?!\d)\p{L}/iu,
  /\blast\s+(?:season|year|month|week|time)\b/iu,
];

/** How a language writes counts, for reading "zwei Tote", "plus de 300 habitants", "entre 5 y 7 heridos". */
export interface NumberLexicon {
  /** Number words, lower-case ("zwei" -> 2). Articles that also mean "one" ("ein", "un") are left out. */
  values: Readonly<Record<string, number>>;
  /** Words that multiply the number before them ("3 Millionen"); not numbers by themselves. */
  multipliers: Readonly<Record<string, number>>;
  /** Articles that, before a multiplier, make it a number ("a dozen", "une douzaine"). */
  indefinite: readonly string[];
  /** Cues before a number that make it a bound or an estimate rather than an exact value. */
  qualifiers: readonly { words: string[]; kind: 'min' | 'max' | 'approx' }[];
  /** Words between two numbers that make them a range ("three to six", "zwischen 5 und 7"). */
  ranges: readonly string[];
  /** Words that end a number's phrase: what follows is another count's ("and", "or", "but"). */
  links: readonly string[];
  /** Words after a number that do not name what it counts ("of", "more"). */
  fillers: readonly string[];
  /** The word for "per cent", when it is one word. */
  percent: readonly string[];
  /** Words after a number that make it a time of day ("4 p.m.", "14 Uhr"), which counts nothing. */
  clock?: readonly string[];
  /** Words after a length of time that make it a date ("12 days ago"), which counts nothing. */
  ago?: readonly string[];
  /**
   * Words after a length of time that make it how long something ongoing has lasted ("after
   * eight days of riots", "12 days into the strike"), which reports written on different
   * days count differently without contradicting one another.
   */
  elapsed?: readonly string[];
  /** Words after the word for one that make it one member of a set ("one of Egypt's largest providers"), not a count. */
  memberOf?: readonly string[];
  /** Set phrases in which the word for one counts nothing ("at one point", "one another"). */
  oneIdioms?: readonly string[];
  /** Words before a count that make it what was required ("needed nine points to pass"), not what happened. */
  needs?: readonly string[];
  /**
   * Directions after a distance ("13 miles east of Cloverdale"): the place it is measured
   * from is part of what is measured, so that distances from different places do not compare.
   */
  directions?: readonly string[];
  /** Prepositions that open a counted word's complement ("sentences of life"), where what happened to the count is not said. */
  complements?: readonly string[];
  /**
   * Words for no one, a count of no people ("no one was hurt", "nobody"), the word they count
   * (people), and words after them that make them no count ("no one else": others were).
   */
  noOne?: { phrases: readonly string[]; counts: string; unless: readonly string[] };
  /**
   * For a language that writes four-digit counts without a separator and capitalises its
   * nouns ("2000 Anwohner"): the words after which such a number is a year ("seit 2015
   * Bürgermeister", "im Mai 2000"). Elsewhere, a number from 1800 to 2100 with a noun right
   * after it counts that noun. Without this list, every such number is a year.
   */
  yearLeads?: readonly string[];
}

/** How English writes counts. */
export const ENGLISH_NUMBERS: NumberLexicon = {
  values: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  multipliers: { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, k: 1000, m: 1e6, bn: 1e9 },
  indefinite: ['a', 'one'],
  qualifiers: [
    { words: ['at least', 'more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding'], kind: 'min' },
    { words: ['at most', 'up to', 'fewer than', 'less than', 'under', 'below', 'no more than'], kind: 'max' },
    {
      words: ['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'an estimated', 'estimated',
        'close to', 'circa'],
      kind: 'approx',
    },
  ],
  ranges: ['to', 'and', 'or'],
  links: ['and', 'or', 'but'],
  fillers: ['percent', 'per', 'cent', '%', 'of', 'the', 'a', 'an', 'more', 'other', 'additional'],
  percent: ['percent'],
  clock: ['a.m', 'p.m', 'am', 'pm', "o'clock", 'gmt', 'utc'],
  ago: ['ago', 'earlier', 'later'],
  elapsed: ['of', 'into', 'since'],
  memberOf: ['of'],
  oneIdioms: ['at one point', 'at one time', 'one day', 'one another', 'one by one', 'one way or another'],
  needs: ['need', 'needs', 'needed', 'needing'],
  // "north-east" is tokenised as two directions, which are read together.
  directions: `north south east west northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern northern southern eastern western`.split(/\s+/),
  complements: `of for in at on with from about into over under during without against among between around across near
    through throughout inside outside within beyond along behind below above`.split(/\s+/),
  noOne: { phrases: ['no one', 'no - one', 'nobody'], counts: 'people', unless: ['else'] },
};

/**
 * A time of day or a game clock written with a colon ("5:30", "7: 42" as some captures
 * space it): the hour or minutes, then two digits of minutes or seconds.
 */
export const CLOCK_TIME = { before: /^\d{1,2}$/, joiner: /^\s*:\s*$/, after: /^[0-5]\d$/ };

/** A sign before a number that makes it a rank or a label ("#1", "No. 1", "Nr. 5", "n° 3"), ending the text before it. */
export const NUMBER_SIGN = /(?:[#№]|(?<!\p{L})(?:No|Nr|Nº|N°|n°|nº|no\.|nr\.)\.?)\s*$/u;

/** Relative tolerance of an approximate number ("about 50" covers 45 to 55 and a little more). */
export const APPROX_TOLERANCE = 0.15;

/** Punctuation between a number and the next words that ends the phrase: "for seven, was named" counts nothing named. */
export const NUMBER_PHRASE_BREAK = /[,;:()[\]—]/;

/** Verbs that put a thing at a distance from a place: "The building is 15 miles north of …" locates the building. */
export const LOCATING_VERBS = new Set(['is', 'was', 'are', 'were', 'lies', 'lay', 'sits', 'sat', 'stands', 'stood', 'located', 'situated']);

/** An age, not a count: "a 35-year-old", "35 years old" (counted word and the word after it). */
export const AGE_WORDS = { unit: 'year', after: 'old' };

/** Units of time, measures too: "12 days ago" is a date, "after 12 days" a length. */
export const TIME_UNITS = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries season seasons'.split(' '),
);

/**
 * Units of measure and currencies. Two counts of different things may count the same
 * ("1,800 people", "1,200 residents" evacuated), but measures in different units may not
 * be compared without converting them ("two metres wide", "6.6 feet wide"; "a 73-yard
 * drive", "a 13-play drive"; "$108 million", "85 million euros").
 */
export const MEASURE_UNITS = new Set(
  `inch inches foot feet yard yards mile miles metre metres meter meters kilometre kilometres kilometer kilometers km
  centimetre centimetres centimeter centimeters cm mm acre acres hectare hectares gram grams kilogram kilograms kg pound
  pounds lb lbs ounce ounces ton tons tonne tonnes litre litres liter liters gallon gallons barrel barrels degree degrees
  mph dollar dollars euro euros yen yuan rupee rupees franc francs`
    .split(/\s+/)
    .concat([...TIME_UNITS]),
);

/** Prepositions that introduce a place ("in Geneva", "at the Kremlin"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** Capitalised words that follow a place preposition without naming a place. */
export const NOT_PLACES = new Set(
  `january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday the a an his her their its this that our my your addition total fact particular
  general response reply order public private person office power charge court congress parliament`.split(/\s+/),
);

/**
 * A date expression names a day only if it holds one of these: chrono also reads times
 * ("after two hours", "last minute") as dates. Longer stretches ("last week", "two weeks
 * ago", "this year") are left out unless a day's name or a date is in them ("Monday last
 * week"): read against the publication date, chrono places them on one day, which reports
 * written a day apart place differently.
 */
export const DAY_EXPRESSION =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}|\b(today|tonight|yesterday|tomorrow|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** A count of time units: with no anchor ("for several days", "two days after") they measure a length, not a date. */
export const TIME_UNIT =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|couple of)\s+(days?|weeks?|months?|years?|hours?|nights?)\b/i;

/** What ties a count of time units to the publication date: "two days ago", "in three weeks", "next month". */
export const RELATIVE_ANCHOR = /\b(ago|next|last|this|coming|past)\b|^in\s/i;

/** A date expression that fixes a day without a reference date (a month name or digits), unlike "today". */
export const ABSOLUTE_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}/i;


/** A quotation inside one sentence, marks included. */
export const QUOTATION = /"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»/g;

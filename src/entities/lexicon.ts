/**
 * Word lists for finding and typing names. Data only; `mentions.ts` and `resolve.ts`
 * hold the logic. Entries are lower-case.
 */

/** Head words of a role or title that can stand before a name ("President Putin"). */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'prime minister', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'sen.',
  'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen.', 'admiral', 'colonel', 'commander', 'chief', 'director',
  'chairman', 'chairwoman', 'chair', 'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice',
  'prosecutor', 'attorney general', 'commissioner', 'sheriff', 'undersheriff', 'inspector', 'detective', 'officer', 'captain',
  'professor', 'prof.', 'dr.', 'doctor', 'mr.', 'mrs.', 'ms.', 'coach', 'ceo', 'founder', 'head', 'councillor',
  'councilor', 'councilwoman', 'councilman', 'deputy', 'speaker', 'candidate', 'nominee', 'lawmaker', 'economist',
  'analyst', 'editor', 'reporter', 'correspondent', 'activist', 'lawyer', 'attorney', 'advisor', 'adviser',
  'official', 'diplomat', 'negotiator', 'master', 'harbourmaster', 'harbormaster', 'emir', 'sheikh', 'ayatollah', 'cardinal', 'bishop', 'rabbi', 'imam',
  'manager', 'superintendent', 'principal', 'pastor', 'reverend', 'rev.', 'sergeant', 'sgt.', 'lieutenant', 'lt.',
  'constable', 'const.', 'trooper', 'warden', 'agent', 'executive', 'cto', 'cfo', 'coo', 'cio', 'ciso',
  // British style, without the point ("the Rev Billy Graham", "Det Sgt Ann Hale").
  'rev', 'sgt', 'lt', 'capt', 'col', 'gen', 'insp', 'supt', 'det', 'cllr', 'prof',
  // Occupations written as titles ("Actor Leonardo DiCaprio").
  'actor', 'actress', 'singer', 'songwriter', 'producer', 'comedian', 'filmmaker', 'novelist', 'poet', 'musician',
  'composer', 'artist', 'designer', 'architect', 'photographer', 'journalist', 'chef', 'publicist',
  // German titles, capitalised as every German noun is ("Oberbürgermeister Karl Reiter"); none is an English word or a common surname.
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin', 'ministerin',
  'bundeskanzler', 'bundeskanzlerin', 'kanzlerin', 'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin',
  'ministerpräsident', 'ministerpräsidentin', 'innenminister', 'innenministerin', 'außenminister', 'außenministerin',
  'sprecherin', 'polizeisprecher', 'polizeisprecherin', 'staatsanwalt', 'staatsanwältin', 'oberstaatsanwalt',
  'polizeipräsident', 'polizeipräsidentin', 'einsatzleiter', 'einsatzleiterin', 'feuerwehrsprecher', 'richterin',
]);

/** Words that modify a title inside a role phrase ("Russian President", "former Foreign Minister"). */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'deputy', 'vice', 'foreign', 'interior', 'defence', 'defense', 'finance', 'health', 'trade',
  'justice', 'state', 'federal', 'national', 'regional', 'senior', 'chief', 'executive', 'general', 'press', 'prime',
  'first', 'lady', 'the', 'assistant', 'associate', 'top', 'opposition', 'democratic', 'republican', 'labour',
  'conservative', 'liberal', 'green', 'party', 'house', 'senate', 'city', 'county', 'district', 'port', 'harbour',
  'harbor', 'energy', 'transport', 'education', 'environment', 'economy', 'agriculture', 'fisheries', 'labor',
  'us', 'u.s.', 'uk', 'u.k.', 'eu', 'un', 'nato', 'white', 'kremlin',
]);

/** Nationality adjectives, which make a role phrase national ("Russian President"). */
export const DEMONYMS: Record<string, string> = {
  american: 'United States', russian: 'Russia', ukrainian: 'Ukraine', chinese: 'China', french: 'France',
  german: 'Germany', british: 'United Kingdom', english: 'United Kingdom', italian: 'Italy', spanish: 'Spain',
  polish: 'Poland', turkish: 'Turkey', iranian: 'Iran', israeli: 'Israel', palestinian: 'Palestine', syrian: 'Syria',
  iraqi: 'Iraq', japanese: 'Japan', korean: 'Korea', indian: 'India', pakistani: 'Pakistan', canadian: 'Canada',
  mexican: 'Mexico', brazilian: 'Brazil', argentine: 'Argentina', australian: 'Australia', swiss: 'Switzerland',
  dutch: 'Netherlands', belgian: 'Belgium', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark',
  finnish: 'Finland', greek: 'Greece', egyptian: 'Egypt', saudi: 'Saudi Arabia', belarusian: 'Belarus',
  georgian: 'Georgia', armenian: 'Armenia', european: 'Europe', african: 'Africa', nigerian: 'Nigeria',
  kenyan: 'Kenya',
};

/** Words that make a capitalised phrase an organisation ("Ministry of Health", "Labour Party"). */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'parliament', 'senate',
  'congress', 'assembly', 'court', 'party', 'union', 'association', 'federation', 'foundation', 'institute',
  'university', 'college', 'school', 'hospital', 'bank', 'fund', 'company', 'corporation', 'corp', 'corp.', 'co', 'inc',
  'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings', 'airlines', 'airways', 'motors', 'times', 'post', 'news',
  'press', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'gazette', 'daily', 'weekly', 'magazine', 'broadcasting', 'network',
  'police', 'customs', 'army', 'navy', 'force', 'forces', 'guard', 'service', 'services', 'authority', 'board', 'bureau',
  'organization', 'organisation', 'alliance', 'coalition', 'movement', 'front', 'church', 'club', 'team', 'league',
  'ministries', 'administration', 'government', 'cabinet', 'secretariat', 'embassy', 'consulate', 'campaign', 'headquarters',
  'center', 'centre', 'centers', 'centres', 'society', 'academy', 'survey',
  'kommission', 'ministerium', 'partei', 'regierung', 'ministère', 'parti', 'gouvernement', 'ministerio', 'partido',
  'gobierno', 'ministerstwo', 'partia', 'rząd',
]);

/**
 * Common nouns that, right before a name, say it names an organisation: "security firm
 * Trend Micro", "the broadcaster Sky", "carmaker Toyota".
 */
export const ORG_DESCRIPTORS = new Set([
  'firm', 'company', 'corporation', 'group', 'agency', 'startup', 'carrier', 'airline', 'broadcaster',
  'newspaper', 'network', 'bank', 'lender', 'insurer', 'retailer', 'maker', 'carmaker', 'automaker', 'manufacturer',
  'charity', 'organisation', 'organization', 'outlet', 'publisher', 'studio', 'chain', 'operator', 'conglomerate',
]);

/** Institutions commonly named by a single word or fixed phrase. */
export const ORG_NAMES = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'élysée', 'elysee', 'nato', 'un', 'united nations', 'eu',
  'european union', 'european commission', 'fbi', 'cia', 'nsa', 'kgb', 'fsb', 'who', 'imf', 'world bank', 'opec',
  'interpol', 'red cross', 'state department', 'bundestag', 'duma', 'knesset', 'reuters', 'associated press', 'ap',
  'afp', 'bbc', 'cnn', 'tass', 'xinhua', 'dpa', 'efe', 'ansa',
]);

/** Countries, regions and cities, each with its aliases; the first entry is the canonical name. */
export const PLACE_GROUPS: string[][] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Russia', 'Russian Federation'], ['Ukraine'], ['China', "People's Republic of China"], ['France'], ['Germany'],
  ['Italy'], ['Spain'], ['Poland'], ['Turkey', 'Türkiye'], ['Iran'], ['Iraq'], ['Israel'], ['Syria', 'Syrian Arab Republic'], ['Egypt'],
  ['Japan'], ['South Korea'], ['North Korea'], ['India'], ['Pakistan'], ['Afghanistan'], ['Canada'], ['Mexico'],
  ['Brazil'], ['Argentina'], ['Australia'], ['New Zealand'], ['Switzerland'], ['Austria'], ['Netherlands', 'Holland'],
  ['Belgium'], ['Sweden'], ['Norway'], ['Denmark'], ['Finland'], ['Greece'], ['Portugal'], ['Ireland'],
  ['Belarus'], ['Georgia'], ['Armenia'], ['Azerbaijan'], ['Kazakhstan'], ['Saudi Arabia'], ['Qatar'],
  ['United Arab Emirates', 'UAE'], ['Nigeria'], ['Kenya'], ['South Africa'], ['Ethiopia'], ['Venezuela'], ['Cuba'],
  ['Colombia'], ['Chile'], ['Peru'], ['Indonesia'], ['Vietnam'], ['Thailand'], ['Philippines'], ['Taiwan'],
  ['Europe'], ['Asia'], ['Africa'], ['Arctic'], ['Antarctica'], ['Middle East'], ['Crimea'], ['Donbas', 'Donbass'],
  ['Geneva'], ['Washington'], ['Moscow'], ['London'], ['Paris'], ['Berlin'], ['Brussels'], ['Beijing'], ['Kyiv', 'Kiev'],
  ['Tokyo'], ['New York'], ['Rome'], ['Madrid'], ['Warsaw'], ['Vienna'], ['Minsk'], ['Ankara'], ['Tehran'],
  ['Jerusalem'], ['Tel Aviv'], ['Cairo'], ['Delhi', 'New Delhi'], ['Ottawa'], ['Canberra'], ['Guantanamo', 'Guantánamo'],
  ['California'], ['Texas'], ['Florida'], ['Pennsylvania'], ['Ohio'], ['Michigan'],
  ['Arizona'], ['Nevada'], ['Iowa'], ['New Hampshire'], ['Virginia'], ['North Carolina'], ['Wisconsin'],
];

/** Corporate suffixes, which a company's name may go with or without ("EYP Mission Critical Facilities Inc"). */
export const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa']);

/**
 * Words that join an organisation's head to what it is for or about ("Center for Biological
 * Diversity", "Council on Foreign Relations"), and that join two fields of one ("Department
 * of Health and Human Services", "Fish and Wildlife Service").
 */
export const ORG_LINKS = new Set(['for', 'on']);
export const ORG_COORDINATORS = new Set(['and', '&']);

/** Compass words that open a place or a street rather than what an organisation is for ("on West Fifth"). */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Words that an organisation's initials skip: "FBI" of "Federal Bureau of Investigation". */
export const INITIALS_SKIP = new Set(['of', 'and', 'the', 'for', '&']);

/** Words of a street's name, first or last ("Baker Street", "Avenue Montaigne", "Route 52"). */
export const STREET_WORDS = new Set([
  'street', 'avenue', 'road', 'boulevard', 'rue', 'lane', 'highway', 'route', 'interstate', 'freeway', 'motorway', 'expressway', 'square', 'plaza', 'piazza',
]);

/** Words that end a place phrase ("Arctic region", "Gulf of Mexico"). */
export const PLACE_HEADS = new Set([
  'region', 'province', 'state', 'county', 'city', 'river', 'sea', 'ocean', 'gulf', 'bay', 'island', 'islands',
  'mountains', 'valley', 'lake', 'strait', 'peninsula', 'republic', 'kingdom', 'airport', 'harbour', 'harbor', 'port',
  'district', 'oblast', ...STREET_WORDS,
]);

/** First words that make a capitalised phrase a place ("Avenue Montaigne", "Lake Tahoe", "Mount Kenya"). */
export const PLACE_LEADS = new Set(['lake', 'mount', 'mt', 'cape', 'fort', 'isle', ...STREET_WORDS]);

/** Last words that make a capitalised phrase a named thing other than a person, place or organisation. */
export const OTHER_HEADS = new Set([
  'agreement', 'agreements', 'accord', 'accords', 'treaty', 'act', 'bill', 'law', 'summit', 'conference', 'talks',
  'war', 'day', 'festival', 'cup', 'games', 'championship', 'series', 'bowl', 'tournament', 'award', 'awards', 'prize', 'protocol', 'plan', 'program',
  'programme', 'initiative', 'doctrine', 'declaration', 'convention', 'charter', 'constitution', 'amendment', 'report',
  'pipeline', 'project', 'operation', 'deal', 'crisis', 'election', 'elections', 'olympics', 'covid-19', 'pandemic',
]);

/** Prefixes of ships' names, written in capitals ("MV Gibe", "INS Mysore", "USS Cole"): a vessel, not a person. */
export const VESSEL_PREFIXES = new Set(['mv', 'ms', 'mt', 'ss', 'fv', 'rms', 'hms', 'hmas', 'hmcs', 'hmnzs', 'uss', 'usns', 'ins', 'pns', 'bns']);

/** Prepositions that place a speaker ("lawyers in Utah", "the governor of Alaska"). */
export const LOCATING_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'inside', 'of'];

/** Prepositions after which an unknown name is a place ("in Marrow Fen"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'outside', 'inside', 'around', 'towards', 'toward']);

/** Lower-case particles allowed inside a name ("Ursula von der Leyen", "Gulf of Mexico"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'of']);

/**
 * Particles that follow another particle inside a name ("von der Leyen", "van den Berg",
 * "de la Cruz"), and are articles anywhere else ("Nach Angaben der Polizei").
 */
export const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'le']);

/**
 * Short words that only a title-case headline capitalises inside a line ("Driver Charged In
 * Fatal Crash"): one of them after the first word marks the line as title case.
 */
export const TITLE_CASE_MARKERS = new Set(['in', 'on', 'at', 'of', 'for', 'to', 'and', 'with', 'from', 'after', 'over', 'as', 'by']);

/**
 * Days that often follow a name with no comma between ("in Queens Friday night", "in Geneva
 * Wednesday"): at the end of a run of capitalised words they are not part of the name.
 * (Months are left out: "Theresa May", "April March" are names.)
 */
export const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow']);

/** "the" right before a name: people's names go without it ("the New York Yankees", "the Kodak Theater"). */
export const ARTICLE_BEFORE = /\bthe\s+$/i;

/** Abbreviations of common nouns: in capitals, like an organisation's, but naming no one ("TV ratings", "DNA tests"). */
export const COMMON_ABBREVIATIONS = new Set(['tv', 'dna', 'gdp', 'hiv', 'aids', 'suv', 'atm', 'dvd', 'cd', 'gps', 'iq', 'id']);

/** Capitalised words that are not names: sentence openers, days, months, pronouns, interjections. */
export const NOT_NAMES = new Set([
  ...DAY_NAMES,
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'there', 'here', 'after', 'before', 'at', 'in', 'on', 'of', 'for', 'from', 'to', 'by',
  'with', 'as', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'since', 'although', 'though', 'because', 'yet',
  'both', 'each', 'every', 'all', 'some', 'many', 'most', 'no', 'not', 'nor', 'one', 'two', 'three', 'now', 'then',
  'still', 'also', 'meanwhile', 'however', 'nevertheless', 'nonetheless', 'none', 'neither', 'nobody', 'nothing', 'others', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'what', 'who', 'why',
  'how', 'where', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
  'yes', 'okay', 'ok', 'oh', 'mr', 'mrs', 'ms', 'dr', 'breaking', 'update', 'updated', 'read', 'more', 'photo',
  'image', 'video', 'watch', 'live', 'latest', 'news', 'editor', 'note', 'knowing', 'asked', 'said', 'says',
  'later', 'earlier', 'instead', 'finally', 'only', 'even', 'just', 'already', 'again', 'perhaps', 'maybe', 'indeed',
  'thus', 'therefore', 'besides', 'moreover', 'furthermore', 'overall', 'separately', 'elsewhere', 'previously',
  'recently', 'currently', 'sometimes', 'often', 'usually', 'last', 'next', 'first', 'second', 'third', 'despite',
  'during', 'under', 'over', 'between', 'among', 'without', 'within', 'through', 'across', 'following', 'including',
  'unlike', 'like', 'once', 'until', 'whether', 'several', 'few', 'other', 'another', 'such', 'any', 'less', 'least',
  'well', 'according', 'speaking', 'asked', 'told', 'dear', 'thanks', 'please', 'hello', 'sorry',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * Given names and the short forms English-language coverage writes for the same person
 * ("Stanley Perlo" and "Stan Perlo", "William Ingaldson" and "Bill Ingaldson"). Each full
 * name lists its usual short forms; a short form may serve several full names.
 */
export const GIVEN_NAME_SHORT_FORMS: Record<string, string[]> = {
  abraham: ['abe'], albert: ['al', 'bert'], alexander: ['alex', 'sandy'], alexandra: ['alex', 'sandra'],
  alfred: ['al', 'alf', 'fred'], andrew: ['andy', 'drew'], anthony: ['tony'], antonio: ['tony'],
  arthur: ['art'], barbara: ['barb'], benjamin: ['ben', 'benny'], bernard: ['bernie'], bradley: ['brad'],
  catherine: ['cathy', 'kate', 'katie'], charles: ['charlie', 'chuck'], christina: ['chris', 'tina'],
  christine: ['chris'], christopher: ['chris'], cynthia: ['cindy'], daniel: ['dan', 'danny'], david: ['dave'],
  deborah: ['debbie', 'deb'], donald: ['don'], douglas: ['doug'], edward: ['ed', 'eddie', 'ted'],
  elizabeth: ['liz', 'beth', 'betsy', 'betty', 'lizzie'], eugene: ['gene'], frederick: ['fred', 'freddie'],
  gerald: ['jerry'], gregory: ['greg'], harold: ['hal'], henry: ['hank'], jacob: ['jake'], james: ['jim', 'jimmy', 'jamie'],
  jeffrey: ['jeff'], jennifer: ['jenny', 'jen'], jonathan: ['jon'], john: ['jack', 'johnny'], joseph: ['joe', 'joey'],
  joshua: ['josh'], katherine: ['kathy', 'kate', 'katie'], kathryn: ['kathy', 'kate'], kenneth: ['ken', 'kenny'],
  lawrence: ['larry'], leonard: ['len', 'lenny'], margaret: ['maggie', 'peggy', 'meg'], matthew: ['matt'],
  michael: ['mike', 'mickey'], nicholas: ['nick'], patricia: ['pat', 'patty', 'trish'], patrick: ['pat'],
  peter: ['pete'], philip: ['phil'], phillip: ['phil'], raymond: ['ray'], richard: ['rick', 'dick', 'rich'],
  robert: ['bob', 'rob', 'bobby', 'robbie', 'bert'], ronald: ['ron', 'ronnie'], samuel: ['sam'], stanley: ['stan'],
  stephen: ['steve'], steven: ['steve'], susan: ['sue', 'susie'], theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'], timothy: ['tim'], victoria: ['vicky', 'tori'], vincent: ['vince'], walter: ['walt'],
  william: ['bill', 'will', 'billy', 'willie'],
};

/**
 * Role heads that name one job in other words: "her rep", "her publicist" and "Tara Reid's
 * representative" can be one person; so can "his lawyer" and "his attorney".
 */
export const ROLE_SYNONYMS: string[][] = [
  ['rep', 'representative', 'publicist', 'spokesman', 'spokeswoman', 'spokesperson'],
  ['lawyer', 'attorney', 'counsel'],
];

/**
 * For languages that capitalise every noun: the words that stand before a common noun
 * (articles, their contractions with a preposition, determiners), and the endings only
 * common nouns take. A capitalised word the document writes after one of the first, or
 * with one of the second, is no name ("die Lage", "am Sonntag", "Sicherheit").
 */
export const NOUN_MARKERS: Record<string, { determiners: string[]; endings: string[] }> = {
  de: {
    determiners: [
      ...'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines'.split(' '),
      ...'im am zum zur vom beim ins ans aufs übers'.split(' '),
      ...'dieser diese dieses diesem diesen jeder jede jedes jedem jeden alle allen vielen mehrere einige beide'.split(' '),
      ...'mein meine sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere euer eure'.split(' '),
    ],
    endings: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'tät', 'täten', 'ismus', 'nis', 'nisse', 'tum', 'ling', 'linge'],
  },
};

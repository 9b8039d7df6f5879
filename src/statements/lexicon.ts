/**
 * Word lists of the statements stage. Verbs are listed by lemma; the tokenizer's lemmas
 * ("said" -> "say") look them up. The learned models read the class of a word as a
 * feature, so a verb missing from the training data still counts when it is listed here.
 */

/** Verbs that report speech. */
export const speechVerbs = [
  'say', 'tell', 'add', 'ask', 'announce', 'answer', 'argue', 'assert', 'assure', 'boast',
  'brag', 'call', 'caution', 'charge', 'claim', 'comment', 'complain', 'concede', 'conclude',
  'confirm', 'contend', 'continue', 'counter', 'declare', 'deny', 'describe', 'disclose',
  'dismiss', 'emphasize', 'emphasise', 'exclaim', 'explain', 'grumble', 'insist', 'joke',
  'lament', 'maintain', 'mention', 'note', 'object', 'observe', 'plead', 'pledge', 'point',
  'predict', 'proclaim', 'promise', 'propose', 'protest', 'question', 'quip', 'recall',
  'recount', 'reiterate', 'remark', 'reply', 'report', 'respond', 'retort', 'reveal',
  'scoff', 'shout', 'snap', 'speak', 'state', 'stress', 'suggest', 'swear', 'testify',
  'threaten', 'tout', 'urge', 'vow', 'warn', 'whisper', 'acknowledge', 'admit', 'allege',
  'accuse', 'blast', 'slam', 'criticize', 'criticise', 'praise', 'condemn', 'denounce',
  'decry', 'demand', 'deride', 'mock', 'laud', 'hail', 'applaud', 'blame', 'defend',
  'echo', 'repeat', 'estimate', 'inform', 'indicate', 'insinuate', 'muse', 'wonder',
  'reason', 'remind', 'affirm', 'agree', 'disagree', 'endorse', 'reject', 'oppose',
  'support', 'back', 'signal', 'concur', 'lash', 'rail', 'attack', 'rebut',
  'refute', 'dispute', 'challenge', 'quote', 'cite', 'interject', 'chime', 'thank',
] as const;

/** Verbs of writing and publishing. */
export const writingVerbs = [
  'write', 'tweet', 'post', 'publish', 'pen', 'email', 'text', 'blog', 'read', 'print',
  'headline', 'caption', 'retweet', 'editorialize', 'release', 'issue', 'file', 'sign',
] as const;

/** Verbs of belief, knowledge, intention and appearance that PolNeAR annotates as attribution. */
export const beliefVerbs = [
  'think', 'believe', 'feel', 'fear', 'hope', 'expect', 'know', 'doubt', 'suspect', 'worry',
  'assume', 'consider', 'guess', 'imagine', 'reckon', 'suppose', 'want', 'wish', 'see',
  'view', 'understand', 'realize', 'realise', 'seem', 'appear', 'plan', 'intend', 'decide',
  'prefer', 'regard', 'remember', 'forget', 'learn', 'recognize', 'recognise', 'trust',
  'like', 'love', 'hate', 'dislike', 'favor', 'favour', 'seek', 'refuse', 'decline',
  'pretend', 'presume', 'conclude', 'figure', 'insist', 'anticipate', 'predict', 'envision',
] as const;

/** Verbs of evidence: polls, reports and studies "show" or "find". */
export const evidenceVerbs = [
  'show', 'find', 'reveal', 'indicate', 'suggest', 'demonstrate', 'prove', 'confirm',
  'estimate', 'project', 'conclude', 'document', 'highlight', 'illustrate', 'mean',
] as const;

/**
 * Verbs of speech that also name an act done to a thing ("the pirates attacked a ship",
 * "the team signed a linebacker", "Microsoft issued a patch"). With one of these as its
 * cue, a statement gives someone's words only when what follows is a clause ("attacked
 * the plan, saying it…" is caught by its second verb; "signed a deal" is not speech).
 * Verbs whose commonest WordNet sense is not one of saying, thinking, perceiving or feeling
 * are treated the same way without being listed.
 */
export const actVerbs = [
  'attack', 'back', 'support', 'lash', 'blast', 'slam', 'charge', 'sign', 'release', 'issue',
  'file', 'post', 'pen', 'print', 'read', 'offer', 'order', 'name', 'identify', 'list',
  'allow', 'require', 'present', 'commit', 'target', 'impose', 'reward', 'welcome', 'return', 'point',
  'refuse', 'show', 'prove', 'demonstrate', 'want', 'wish', 'introduce', 'learn',
  'deliberate', 'nominate', 'sentence', 'avoid', 'choose', 'submit', 'find', 'see', 'hear', 'notice', 'watch',
  'feel', 'sense',
] as const;

/**
 * Verbs that give someone's words only when they name a thing as something ("called the
 * verdict bittersweet", "branded him a liar") or ask for something ("called for calm",
 * "called on voters to…"): "called police to report it", "called the wedding off" and
 * "called a halt to the fight" are no words.
 */
export const namingVerbs = ['call', 'dub', 'label', 'brand', 'term'] as const;

/** Particles after a naming verb that make it a request ("called for", "called on"). */
export const requestParticles = ['for', 'on', 'upon'] as const;

/**
 * Participles that are passive with no "be" before them, in headlines and reduced clauses,
 * when the word after them follows (see `reducedPassive` in attributions.ts).
 */
export const reducedPassives = {
  /** "John Jenkin accused of murder", "a man suspected of arson": the accused, not the accuser. */
  of: ['accuse', 'suspect', 'convict', 'charge'],
  /** "a victim remembered for her lovers", "a senator criticized for his vote": what is spoken of. */
  for: ['remember', 'know', 'praise', 'criticize', 'criticise', 'blame', 'credit', 'fault', 'condemn', 'celebrate'],
  /** "a man said to have been released", "a dog thought to be theirs": what is spoken of. */
  toBe: ['say', 'think', 'believe', 'report', 'know', 'understand', 'consider', 'rumour', 'rumor', 'estimate', 'expect', 'allege', 'fear'],
  /** Forms that are only participles: "Jury shown footage of…", "the mother, seen shielding her son": passive with no auxiliary before them. */
  alone: ['shown', 'seen', 'known', 'given', 'written', 'spoken', 'sworn', 'drawn', 'proven'],
} as const;

/**
 * Participles after which a passive cue keeps its subject as the source: states of mind
 * ("are convinced", "is determined", "was focused on") and "quoted" ("was quoted by state
 * television as saying"). The subject of any other passive cue is what is spoken of or to
 * ("was accused of", "is expected", "were told"). Participles whose commonest WordNet sense
 * is one of feeling ("was shocked", "are worried") keep it too without being listed.
 */
export const sourceParticiples = [
  'assure', 'convince', 'persuade', 'determine', 'resolve', 'dedicate', 'devote', 'commit', 'oppose',
  'focus', 'prepare', 'satisfy', 'mystify', 'puzzle', 'divide', 'quote',
] as const;

/**
 * Verbs after which a writer names the source last ("…, said his girlfriend.", "…, reports
 * the Daily News."): a bare form of one of them right after a comma, followed only by a noun
 * phrase to the sentence's end, is an inverted attribution.
 */
export const invertingCues = ['say', 'report', 'write', 'add', 'explain', 'note'] as const;

/** Words that open a clause of content ("said that…", "asked whether…", "explained how…"). */
export const clauseOpeners = ['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which'] as const;

/** Pronouns that open a relative clause inside a noun phrase ("a woman who was walking"): not a subject of the content. */
export const relativePronouns = ['who', 'whom', 'whose', 'which', 'that'] as const;

/** Nouns that name an utterance ("in a statement", "his remarks"). */
export const speechNouns = [
  'statement', 'interview', 'remark', 'comment', 'tweet', 'speech', 'letter', 'op-ed',
  'editorial', 'post', 'message', 'email', 'announcement', 'press', 'conference', 'claim',
  'view', 'criticism', 'testimony', 'memo', 'report', 'poll', 'survey', 'study', 'words',
  'response', 'reply', 'warning', 'promise', 'pledge', 'argument', 'assertion', 'accusation',
] as const;

/** Documents that speak for whoever issued them ("the statement said"). */
export const issuedDocuments = ['statement', 'release', 'announcement', 'communique', 'communiqué'] as const;

/** Prepositions of the medium that carried words ("in a statement", "during an interview"). */
export const mediumPrepositions = ['in', 'during', 'via'] as const;

/** Participles that open a part of a source, not a phrase about it: "Critics, including the mayor, said". */
export const memberParticiples = ['including'] as const;

/** How words travel, after "by": "said by phone" is the speaker's channel, not an agent as in "described by French media". */
export const channels = ['phone', 'telephone', 'email', 'e-mail', 'text', 'letter', 'fax', 'video', 'videolink', 'satellite', 'radio', 'cable', 'mail', 'post', 'word'] as const;

/** Phrases that name a source without a verb ("according to police"): a report prints them after the words. */
export const sourcePhrases = ['according to', 'in the words of', 'as quoted by', 'per'] as const;

/** Phrases that attribute without a finite verb ("according to police", "citing officials"). */
export const reportingPhrases = [...sourcePhrases, 'citing'] as const;

/** Set phrases built on a verb of saying that report no one's words ("Needless to say, …"). */
export const sayingIdioms = ['needless to say', 'suffice it to say', 'suffice to say', 'that is to say', 'so to speak', 'sad to say', 'strange to say', 'truth be told'] as const;

/** Words that open a subordinate clause: a clause after one does not make a phrase before it a clause. */
export const subordinators = ['after', 'before', 'when', 'while', 'because', 'since', 'until', 'unless', 'although', 'though', 'once', 'whereas', 'as', 'if'] as const;

/** Singular nouns for a group that "they" may stand for ("The jury deliberated… They said"). */
export const collectiveNouns = ['jury', 'police', 'government', 'team', 'committee', 'panel', 'board', 'council', 'family', 'crew', 'staff', 'couple'] as const;

/** Personal pronouns that can name a speaker. */
export const personalPronouns = ['he', 'she', 'they', 'i', 'we', 'you', 'it'] as const;

/** Articles and possessives: a verb form between one and a noun describes the noun ("his accused killer"). */
export const nounDeterminers = ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'your'] as const;

/** Object and possessive forms that can also stand for a speaker. */
export const otherPronouns = ['him', 'his', 'her', 'hers', 'them', 'their', 'its'] as const;

/** Abbreviated titles spelled out, so that "Alaska Gov. Sarah Palin" holds the role "the governor" names. */
export const titleAbbreviations: Readonly<Record<string, string>> = {
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'pres.': 'president', 'gen.': 'general',
  'lt.': 'lieutenant', 'col.': 'colonel', 'maj.': 'major', 'capt.': 'captain', 'sgt.': 'sergeant',
  'adm.': 'admiral', 'cmdr.': 'commander', 'det.': 'detective', 'insp.': 'inspector', 'supt.': 'superintendent',
  'atty.': 'attorney', 'rev.': 'reverend', 'sec.': 'secretary',
  // British style writes them without the point ("the Rev Billy Graham", "Det Sgt Ann Hale").
  rev: 'reverend', sgt: 'sergeant', lt: 'lieutenant', capt: 'captain', col: 'colonel', gen: 'general',
  insp: 'inspector', supt: 'superintendent', det: 'detective', cllr: 'councillor', prof: 'professor',
};

/** Title words that stand before a name and describe a role ("Russian President Vladimir Putin"). */
export const titleWords = [
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'chancellor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'chairman',
  'chairwoman', 'chair', 'director', 'chief', 'general', 'gen.', 'admiral', 'judge',
  'justice', 'attorney', 'king', 'queen', 'prince', 'princess', 'leader', 'speaker',
  'candidate', 'nominee', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'founder', 'professor', 'prof.', 'doctor',
  'sir', 'lord', 'lady', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'state', 'deputy', 'former', 'acting', 'executive', 'officer', 'official',
  'analyst', 'economist', 'lawyer', 'adviser', 'advisor', 'aide', 'manager', 'commander',
  'premier', 'sheikh', 'emir', 'sultan', 'cardinal', 'bishop',
  'rev.', 'reverend', 'pastor', 'rabbi', 'imam', 'coach', 'captain', 'anchor', 'host',
  'correspondent', 'reporter', 'editor', 'columnist', 'author', 'writer', 'activist',
  'strategist', 'pollster', 'campaign', 'press', 'white', 'house', 'u.s.', 'us', 'russian',
  'american', 'republican', 'democratic', 'democrat', 'gop', 'incumbent',
  'inspector', 'insp.', 'detective', 'det.', 'sheriff', 'undersheriff', 'sergeant', 'sgt.', 'lieutenant', 'lt.', 'constable',
  'capt.', 'col.', 'maj.', 'adm.', 'cmdr.', 'supt.', 'atty.',
  'rev', 'sgt', 'lt', 'capt', 'col', 'gen', 'insp', 'supt', 'det', 'cllr', 'prof',
  'trooper', 'warden', 'superintendent', 'prosecutor', 'envoy', 'diplomat', 'colonel',
  'councillor', 'councilor', 'councilman', 'councilwoman',
  'actor', 'actress', 'singer', 'songwriter', 'producer', 'comedian', 'filmmaker', 'novelist', 'poet', 'musician',
  'composer', 'artist', 'designer', 'architect', 'photographer', 'journalist', 'chef',
] as const;

/**
 * Title words that only qualify a title ("Vice", "Foreign", "White House"). Without a title
 * after them they do not make a role of the start of a name: "White Rock" is a town, while
 * "State John Kerry" (after "Secretary of") still names John Kerry.
 */
export const titleQualifiers = [
  'vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'state', 'deputy', 'former', 'acting',
  'campaign', 'press', 'white', 'house', 'u.s.', 'us', 'russian', 'american', 'republican', 'democratic', 'gop', 'incumbent',
] as const;

/** Honorifics that stand before a name but are neither name nor role. */
export const honorifics = ['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'miss', 'mx.'] as const;

/** Lower-case words inside names ("Ursula von der Leyen"). */
export const nameParticles = ['de', 'da', 'del', 'der', 'den', 'van', 'von', 'bin', 'al', 'la', 'le', 'di', 'du', 'dos', 'ibn'] as const;

/** Role nouns that an article uses in place of a named person ("the president said"). */
export const roleNouns = [
  'president', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'chancellor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'chairman',
  'chairwoman', 'director', 'chief', 'general', 'judge', 'king', 'queen', 'prince', 'pope',
  'leader', 'candidate', 'nominee', 'premier', 'congressman', 'congresswoman', 'lawmaker',
  'billionaire', 'businessman', 'businesswoman', 'mogul', 'front-runner', 'frontrunner',
  'democrat', 'republican', 'official', 'prosecutor', 'lawyer', 'attorney', 'ceo',
] as const;

/**
 * Role nouns that stand for any title the words before them fit: "the Russian leader" may
 * be the Russian President. A more particular noun names that role only: "the police
 * spokeswoman" is not the Police Commissioner.
 */
export const genericRoleNouns = ['leader', 'official', 'chief', 'head', 'boss'] as const;

/** Labels that introduce a list of someone's statements ("Putin's statements are as follows:"). */
export const listIntroNouns = [
  'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'highlight',
  'highlights', 'words', 'quote', 'quotes', 'message', 'messages', 'point', 'points',
  'speech', 'address', 'answer', 'answers', 'response', 'responses', 'claim', 'claims',
] as const;

/** Phrases that introduce a list of someone's statements. */
export const listIntroPhrases = ['as follows', 'the following', 'highlights of', 'here are', 'key points', 'excerpts'] as const;

/**
 * Marks that sign words with a name: "— Dana Starks" on a line of its own, or after the
 * words on their line ("“…” ― Dana Starks"). A signature's cue is its mark, lemma "—".
 */
export const signatureMarks = ['—', '―', '–', '--', '~'] as const;

/** Days of the week: one before a name is no part of it ("On Sunday Tony Bale met…"). */
export const weekDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Capitalised words that are dates, not names. */
export const calendarWords = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
  // Without their point, as datelines write them ("TNN Nov 13"); not "Jan", "Jun", a given name.
  'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  ...weekDays,
] as const;

/**
 * Words of time that name no one when they stand alone where a speaker should be ("11 a.m.
 * saying…", "Yesterday told…"); "a", "m" and "p" are the pieces of a spaced "a. m.".
 */
export const timeWords = ['a.m.', 'p.m.', 'am', 'pm', 'a', 'm', 'p', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'noon', 'midnight'] as const;

/** Articles and possessives that open a noun phrase ("The rules announced Thursday would…"), unlike a relative pronoun. */
export const determiners = ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our'] as const;

/**
 * When something was said, written right after the verb of saying ("said Friday, …",
 * "said on Tuesday morning that …"): the words that may make up such an adverbial, which
 * belongs to the cue, not to what was said.
 */
export const timeAfterCue = {
  /** Words that can be the whole adverbial or its head. */
  heads: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
    'yesterday', 'tonight', 'earlier', 'later',
  ],
  /** Words that open it ("on Friday", "last week", "this morning"). */
  openers: ['on', 'last', 'this', 'earlier', 'late', 'early'],
  /** Words that may follow a head ("Friday morning", "earlier this week"). */
  tails: ['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'this', 'today'],
} as const;

/**
 * Given names that mostly belong to one gender, and gendered role words, so that "she"
 * does not go to a man named just before. Names not listed leave the gender open.
 */
export const femaleGivenNames = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah',
  'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily',
  'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie',
  'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela', 'shirley', 'anna',
  'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine', 'christine',
  'debra', 'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane', 'ruth',
  'julie', 'olivia', 'joyce', 'virginia', 'victoria', 'lauren', 'christina', 'joan',
  'evelyn', 'judith', 'megan', 'cheryl', 'hannah', 'jacqueline', 'martha', 'gloria',
  'teresa', 'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice', 'abigail',
  'alice', 'judy', 'sophia', 'grace', 'denise', 'amber', 'doris', 'marilyn', 'danielle',
  'beverly', 'isabella', 'theresa', 'diana', 'natalie', 'brittany', 'charlotte', 'marie',
  'kayla', 'alexis', 'lori', 'hillary', 'nikki', 'kamala', 'ursula',
  'jacinda', 'giorgia', 'annalena', 'kaja', 'mette', 'sanna', 'liz',
  'kristalina', 'christine', 'yulia', 'svetlana', 'olga', 'natalia', 'irina', 'elena',
  'tatiana', 'anastasia', 'ekaterina', 'fatima', 'aisha', 'leila', 'sonia', 'indira',
  'benazir', 'michele', 'melania', 'ivanka', 'chelsea', 'nadia', 'ilhan',
  'alexandria', 'greta', 'sophie', 'claire', 'camille', 'chloe', 'lucia', 'carmen', 'isabel',
] as const;

export const maleGivenNames = [
  'james', 'robert', 'john', 'michael', 'david', 'william', 'richard', 'joseph', 'thomas',
  'charles', 'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul',
  'andrew', 'joshua', 'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward',
  'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen',
  'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'alexander',
  'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam',
  'nathan', 'henry', 'douglas', 'zachary', 'peter', 'kyle', 'ethan', 'walter', 'noah',
  'jeremy', 'keith', 'roger', 'gerald', 'harold', 'sean', 'austin',
  'carl', 'arthur', 'lawrence', 'dylan', 'jesse', 'bryan', 'billy', 'joe', 'bruce',
  'gabriel', 'logan', 'albert', 'willie', 'alan', 'juan', 'wayne', 'elijah', 'randy', 'roy',
  'vincent', 'ralph', 'eugene', 'russell', 'bobby', 'mason', 'philip', 'louis', 'barack',
  'bernie', 'ted', 'mike', 'marco', 'jeb', 'chris', 'mitt', 'rand', 'bill', 'tim', 'vladimir',
  'sergey', 'sergei', 'dmitry', 'dmitri', 'alexei', 'alexey', 'volodymyr', 'emmanuel',
  'olaf', 'boris', 'rishi', 'keir', 'narendra', 'recep', 'jair', 'luiz',
  'antonio', 'pedro', 'mohammed', 'muhammad', 'ahmed', 'ali', 'hassan', 'ibrahim', 'benjamin',
  'naftali', 'yair', 'shinzo', 'fumio', 'jens', 'francis',
  'antony', 'lloyd', 'jake', 'mitch', 'chuck', 'rudy', 'jared',
  'beto', 'pete', 'cory', 'martin', 'franz', 'friedrich', 'wolfgang', 'heinz',
  'pierre', 'jean-luc', 'francois', 'nicolas', 'giuseppe', 'mario', 'matteo', 'silvio',
] as const;

export const femaleRoleWords = ['spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'mrs.', 'ms.', 'mrs', 'ms', 'madam', 'queen', 'princess', 'lady', 'first lady'] as const;
export const maleRoleWords = ['spokesman', 'congressman', 'chairman', 'businessman', 'mr.', 'mr', 'king', 'prince', 'sir', 'lord'] as const;

/**
 * Words whose "'s" wink-nlp's lexicon reads as a verb ("it's" = it is): the tokenizer
 * leaves these alone when it separates a possessive "'s" (see tokens.ts).
 */
export const verbCliticHosts = ['it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'he', 'she', 'let'] as const;

/** Speaker names that are bare pronouns: unresolved, they say nothing about who spoke. */
export const barePronouns = ['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'this', 'that', 'who', 'one', 'someone', 'somebody'] as const;

/**
 * A source naming no one: a pronoun left unresolved with what the tagger took after it
 * ("I couldn ’ t", "They ’ re") opens it, a relative is in it ("whom residents", "many of
 * whom"), or an indefinite is all of it ("nothing", "others"); or what shows rather than says
 * opens it ("pictures showed the walls reduced to rubble", "results from a blood test").
 */
export const noOne = {
  openers: ['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'who', 'which', 'whom', 'whose',
    'pictures', 'photos', 'photographs', 'images', 'footage', 'video', 'videos', 'data', 'figures', 'results', 'statistics'],
  inside: ['whom', 'which', 'whose'],
  alone: [...barePronouns, 'nothing', 'none', 'nobody', 'no one', 'some', 'others', 'many', 'all', 'few', 'several', 'everyone', 'everybody', 'anyone'],
} as const;

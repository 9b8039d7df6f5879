import type { NumberLexicon } from './lexicon.js';

/**
 * Negations and verbs of denial in languages other than English (ISO 639-1 keys), for
 * reading polarity: "Die Brücke ist nicht beschädigt" against "Die Brücke ist beschädigt".
 * French "ne" is left out: it comes with "pas", "jamais" or "aucun", which are listed.
 */
const words = (list: string) => new Set(list.split(/\s+/));

export const NEGATIONS_BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  de: words('nicht kein keine keinen keinem keiner keines nie niemals niemand nichts'),
  fr: words('pas jamais aucun aucune rien'),
  es: words('no nunca jamás ningún ninguna ninguno nadie nada'),
  it: words('non mai nessun nessuna nessuno niente nulla'),
  pt: words('não nunca jamais nenhum nenhuma ninguém nada'),
  nl: words('niet geen nooit niemand niets'),
  ru: words('не нет ни никто ничто ничего никогда'),
  uk: words('не немає ні ніхто ніщо нічого ніколи'),
  pl: words('nie nigdy nikt nic żaden żadna żadne'),
  sv: words('inte ej aldrig ingen inget inga ingenting'),
  da: words('ikke aldrig ingen intet ingenting'),
  nb: words('ikke aldri ingen ingenting'),
};

export const DENIALS_BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  de: words('bestritt bestreitet bestritten dementierte dementiert'),
  fr: words('démenti dément démentent nié nie nient'),
  es: words('negó niega niegan desmintió desmiente'),
  it: words('negato nega negano smentito smentisce'),
  pt: words('negou nega negam desmentiu desmente'),
  nl: words('ontkende ontkent ontkennen'),
  ru: words('опроверг опровергла опровергли опровергает отрицает отрицают отверг отвергла отвергли'),
  uk: words('спростував спростувала спростували заперечив заперечила заперечили заперечує'),
  pl: words('zaprzeczył zaprzeczyła zaprzeczyli zdementował zdementowała zdementowali'),
  sv: words('förnekar förnekade dementerar dementerade'),
  da: words('benægter benægtede dementerer dementerede'),
  nb: words('benekter benektet dementerer dementerte'),
};

const numbers = (list: string): Record<string, number> =>
  Object.fromEntries(list.trim().split(/\s+/).map((pair) => pair.split('=')).map(([w, n]) => [w, Number(n)]));
const phrases = (list: string) => list.split(',').map((p) => p.trim());

/**
 * Numbers in the languages that Parallax reads statements in. Only the words that news
 * style spells out (two to twelve, twenty, thirty; a dozen, hundreds and up as multipliers)
 * are listed, and none that is more often another word (Italian "sei", you are; "venti", winds).
 */
export const NUMBERS_BY_LANGUAGE: Record<string, NumberLexicon> = {
  de: {
    values: numbers('zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 zwanzig=20 dreißig=30'),
    multipliers: numbers('hundert=100 tausend=1000 dutzend=12 million=1e6 millionen=1e6 mio=1e6 milliarde=1e9 milliarden=1e9 mrd=1e9'),
    indefinite: ['ein', 'eine', 'einem', 'einer'],
    qualifiers: [
      { words: phrases('mindestens, mehr als, über, wenigstens, gut'), kind: 'min' },
      { words: phrases('höchstens, bis zu, weniger als, unter, maximal'), kind: 'max' },
      { words: phrases('etwa, rund, ungefähr, circa, ca, knapp, fast, nahezu, annähernd, gegen'), kind: 'approx' },
    ],
    ranges: ['bis', 'und', 'oder'],
    links: ['und', 'oder', 'aber', 'sowie'],
    fillers: ['weitere', 'weiteren', 'mehr', 'der', 'die', 'des'],
    percent: ['prozent'],
    clock: ['uhr'],
    yearLeads: [
      ...'seit im jahr jahre jahres jahren bis ab anno von vor nach zwischen um und oder ende anfang beginn mitte'.split(' '),
      ...'frühjahr frühling sommer herbst winter saison'.split(' '),
      ...'januar jänner februar märz april mai juni juli august september oktober november dezember'.split(' '),
    ],
  },
  fr: {
    values: numbers('deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 vingt=20 trente=30'),
    multipliers: numbers('cent=100 cents=100 mille=1000 douzaine=12 douzaines=12 million=1e6 millions=1e6 milliard=1e9 milliards=1e9'),
    indefinite: ['une', 'un'],
    qualifiers: [
      { words: phrases('au moins, plus de, au minimum'), kind: 'min' },
      { words: phrases("au plus, jusqu'à, moins de, au maximum"), kind: 'max' },
      { words: phrases('environ, près de, presque, quelque, approximativement, autour de'), kind: 'approx' },
    ],
    ranges: ['à', 'et', 'ou'],
    links: ['et', 'ou', 'mais'],
    fillers: ['de', 'des', 'autres', 'supplémentaires'],
    percent: [],
    clock: ['h'],
  },
  es: {
    values: numbers('dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 veinte=20 treinta=30'),
    multipliers: numbers('cien=100 mil=1000 docena=12 docenas=12 millón=1e6 millones=1e6'),
    indefinite: ['una', 'un'],
    qualifiers: [
      { words: phrases('al menos, más de, por lo menos, como mínimo'), kind: 'min' },
      { words: phrases('hasta, menos de, como máximo'), kind: 'max' },
      { words: phrases('unos, unas, cerca de, alrededor de, aproximadamente, casi'), kind: 'approx' },
    ],
    ranges: ['a', 'y', 'o'],
    links: ['y', 'o', 'pero'],
    fillers: ['de', 'más', 'otros', 'otras'],
    percent: [],
  },
  it: {
    values: numbers('due=2 tre=3 quattro=4 cinque=5 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 trenta=30'),
    multipliers: numbers('cento=100 mille=1000 mila=1000 dozzina=12 dozzine=12 milione=1e6 milioni=1e6 miliardo=1e9 miliardi=1e9'),
    indefinite: ['una', 'un', 'uno'],
    qualifiers: [
      { words: phrases('almeno, più di, oltre'), kind: 'min' },
      { words: phrases('fino a, meno di, al massimo'), kind: 'max' },
      { words: phrases('circa, quasi, intorno a, approssimativamente'), kind: 'approx' },
    ],
    ranges: ['a', 'e', 'o'],
    links: ['e', 'o', 'ma'],
    fillers: ['di', 'altri', 'altre'],
    percent: [],
  },
  pt: {
    values: numbers('dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 vinte=20 trinta=30'),
    multipliers: numbers('cem=100 mil=1000 dúzia=12 dúzias=12 milhão=1e6 milhões=1e6 bilhão=1e9 bilhões=1e9'),
    indefinite: ['uma', 'um'],
    qualifiers: [
      { words: phrases('pelo menos, mais de, ao menos, no mínimo'), kind: 'min' },
      { words: phrases('até, menos de, no máximo'), kind: 'max' },
      { words: phrases('cerca de, quase, aproximadamente, por volta de'), kind: 'approx' },
    ],
    ranges: ['a', 'e', 'ou'],
    links: ['e', 'ou', 'mas'],
    fillers: ['de', 'outros', 'outras'],
    percent: [],
  },
  nl: {
    values: numbers('één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 twintig=20 dertig=30'),
    multipliers: numbers('honderd=100 duizend=1000 dozijn=12 miljoen=1e6 miljoenen=1e6 miljard=1e9 miljarden=1e9'),
    indefinite: ['een'],
    qualifiers: [
      { words: phrases('minstens, ten minste, meer dan, ruim'), kind: 'min' },
      { words: phrases('hoogstens, tot, minder dan, maximaal'), kind: 'max' },
      { words: phrases("ongeveer, zo'n, circa, bijna, rond, omstreeks"), kind: 'approx' },
    ],
    ranges: ['tot', 'en', 'of'],
    links: ['en', 'of', 'maar'],
    fillers: ['andere', 'meer'],
    percent: ['procent'],
  },
  // Slavic number words decline; the cases news writes most often are listed.
  ru: {
    values: numbers('два=2 две=2 двух=2 три=3 трех=3 трёх=3 четыре=4 четырех=4 четырёх=4 пять=5 пяти=5 шесть=6 шести=6 семь=7 семи=7 восемь=8 восьми=8 девять=9 девяти=9 десять=10 десяти=10 двенадцать=12 двадцать=20 тридцать=30 сто=100 двести=200 триста=300'),
    multipliers: numbers('тысяча=1000 тысячи=1000 тысяч=1000 тыс=1000 миллион=1e6 миллиона=1e6 миллионов=1e6 млн=1e6 миллиард=1e9 миллиарда=1e9 миллиардов=1e9 млрд=1e9'),
    indefinite: [],
    qualifiers: [
      { words: phrases('более, свыше, больше, не менее, по меньшей мере'), kind: 'min' },
      { words: phrases('до, менее, меньше, не более'), kind: 'max' },
      { words: phrases('около, примерно, почти, порядка, приблизительно'), kind: 'approx' },
    ],
    ranges: ['до', 'или'],
    links: ['и', 'или', 'но', 'а'],
    fillers: ['других', 'еще', 'ещё'],
    percent: ['процентов', 'процента', 'процент'],
  },
  uk: {
    values: numbers("два=2 дві=2 двох=2 три=3 трьох=3 чотири=4 чотирьох=4 п'ять=5 п'яти=5 шість=6 шести=6 сім=7 семи=7 вісім=8 восьми=8 дев'ять=9 дев'яти=9 десять=10 десяти=10 дванадцять=12 двадцять=20 тридцять=30 сто=100 двісті=200 триста=300"),
    multipliers: numbers('тисяча=1000 тисячі=1000 тисяч=1000 тис=1000 мільйон=1e6 мільйона=1e6 мільйонів=1e6 млн=1e6 мільярд=1e9 мільярда=1e9 мільярдів=1e9 млрд=1e9'),
    indefinite: [],
    qualifiers: [
      { words: phrases('понад, більше, щонайменше, не менше'), kind: 'min' },
      { words: phrases('до, менше, не більше'), kind: 'max' },
      { words: phrases('близько, приблизно, майже, орієнтовно'), kind: 'approx' },
    ],
    ranges: ['до', 'або'],
    links: ['і', 'й', 'та', 'або', 'але', 'а'],
    fillers: ['інших', 'ще'],
    percent: ['відсотків', 'відсотка', 'відсоток'],
  },
  pl: {
    values: numbers('dwa=2 dwie=2 dwóch=2 trzy=3 trzech=3 cztery=4 czterech=4 pięć=5 pięciu=5 sześć=6 sześciu=6 siedem=7 siedmiu=7 osiem=8 ośmiu=8 dziewięć=9 dziewięciu=9 dziesięć=10 dziesięciu=10 dwanaście=12 dwadzieścia=20 trzydzieści=30 sto=100 dwieście=200 trzysta=300'),
    multipliers: numbers('tysiąc=1000 tysiące=1000 tysięcy=1000 tys=1000 milion=1e6 miliony=1e6 milionów=1e6 mln=1e6 miliard=1e9 miliardy=1e9 miliardów=1e9 mld=1e9'),
    indefinite: [],
    qualifiers: [
      { words: phrases('ponad, co najmniej, więcej niż, przeszło'), kind: 'min' },
      { words: phrases('do, mniej niż, najwyżej, maksymalnie'), kind: 'max' },
      { words: phrases('około, ok, blisko, prawie, niemal, mniej więcej'), kind: 'approx' },
    ],
    ranges: ['do', 'lub', 'albo'],
    links: ['i', 'oraz', 'lub', 'albo', 'ale', 'a'],
    fillers: ['innych', 'kolejnych', 'jeszcze'],
    percent: ['procent', 'proc'],
  },
  // Chinese and Japanese numerals are read by `readHanNumerals` (see HAN_NUMERALS below);
  // these are the words around them.
  zh: {
    values: {},
    multipliers: {},
    indefinite: [],
    qualifiers: [
      { words: phrases('至少, 超过, 逾, 多达, 最少'), kind: 'min' },
      { words: phrases('不到, 不足, 最多'), kind: 'max' },
      { words: phrases('约, 大约, 近, 将近, 接近, 左右'), kind: 'approx' },
    ],
    ranges: ['至', '到'],
    links: ['和', '及', '与', '以及', '但'],
    fillers: ['名', '个', '個', '位', '余'],
    percent: [],
  },
  ja: {
    values: {},
    multipliers: {},
    indefinite: [],
    qualifiers: [
      { words: phrases('少なくとも, 最低'), kind: 'min' },
      { words: phrases('最大, 最多'), kind: 'max' },
      { words: phrases('約, およそ, 推定'), kind: 'approx' },
    ],
    ranges: ['から'],
    links: ['と', 'や'],
    fillers: ['名', '余り'],
    percent: ['パーセント'],
  },
};

/**
 * Chinese and Japanese numerals ("三百", "一百二十五", "3万", "1.5亿"): digits, the
 * units within a group of four digits, the units of whole groups, and the counters that
 * may follow a count ("三百名", "两人"), which tell a numeral from a word that starts
 * like one ("一些", some; "十分", very).
 */
export const HAN_NUMERALS = {
  digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as Record<string, number>,
  units: { 十: 10, 百: 100, 千: 1000 } as Record<string, number>,
  groups: { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 } as Record<string, number>,
  counters: new Set([...'人名个個位户戸家座栋棟间間辆輛台架艘件起岁歳头頭匹只次所条條处處']),
};

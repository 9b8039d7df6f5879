/** ISO 639-3 codes that franc returns, mapped to the ISO 639-1 codes used in documents. */
export const ISO6393_TO_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk',
  tur: 'tr', ara: 'ar', arb: 'ar', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', swe: 'sv', nob: 'nb', nno: 'nn',
  dan: 'da', fin: 'fi', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ron: 'ro',
  hun: 'hu', ell: 'el', heb: 'he', pes: 'fa', fas: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', tam: 'ta', tel: 'te',
  mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', msa: 'ms',
  tgl: 'tl', swh: 'sw', cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', ekk: 'et', est: 'et', isl: 'is',
  gle: 'ga', cym: 'cy', afr: 'af', azj: 'az', uzn: 'uz', kaz: 'kk', bel: 'be', mkd: 'mk', als: 'sq', hye: 'hy',
  kat: 'ka', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', nep: 'ne', sin: 'si', khm: 'km', mya: 'my',
};

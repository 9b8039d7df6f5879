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
};

export const DENIALS_BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  de: words('bestritt bestreitet bestritten dementierte dementiert'),
  fr: words('démenti dément démentent nié nie nient'),
  es: words('negó niega niegan desmintió desmiente'),
  it: words('negato nega negano smentito smentisce'),
  pt: words('negou nega negam desmentiu desmente'),
  nl: words('ontkende ontkent ontkennen'),
};

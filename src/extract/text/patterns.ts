import { RIGHTS_RESERVED } from '../patterns.js';

/**
 * Boilerplate markers for flattened web pages (plain-text captures), in several
 * languages. Data only: the logic in `lines.ts` decides how to use them.
 * Each list is matched case-insensitively against a whole trimmed line unless noted.
 */

/** A line that opens the comment section: everything after it is comments or the comment form. */
export const COMMENT_SECTION_START: RegExp[] = [
  /^(leave|post|add|write) (a |your )?(reply|comment|response)\b/i,
  /^(\d+ )?(comments?|responses?|replies)( \(\d+\))?:?$/i,
  /^(join|start) the (discussion|conversation)\b/i,
  /^(show|view|load|read) (all |more )?\d* ?comments?\b/i,
  /^(kommentar|kommentare|antwort) (hinterlassen|schreiben|verfassen)\b|^(\d+ )?kommentare?:?$/i,
  /^(laisser|ajouter|écrire) (un|une|votre) (commentaire|réponse)\b|^(\d+ )?commentaires?:?$/i,
  /^(deja|dejar|escribe|añade) (una|un|tu) (respuesta|comentario)\b|^(\d+ )?comentarios?:?$/i,
  /^(lascia|scrivi) (un|una) (commento|risposta)\b|^(\d+ )?commenti:?$/i,
  /^(dodaj|napisz|zostaw) (komentarz|odpowiedź)\b|^(\d+ )?komentarz(e|y)?:?$/i,
  /^(deixe|deixar) (uma|um|seu) (resposta|comentário)\b/i,
];

/** Interface text: navigation, sharing, login and subscription widgets, consent banners. */
export const WIDGET_LINES: RegExp[] = [
  /^skip to (main )?(content|navigation|main)\b/i,
  /^(zum inhalt springen|aller au contenu|saltar al contenido|ir al contenido|przejdź do treści|vai al contenuto)/i,
  /^(share|tweet|pin|email|print|like)( (this|on|via) [\w ]{0,20})?:?$/i,
  /^share (this|on|via)\b/i,
  /^(teilen|partager|compartir|condividi|udostępnij|compartilhar)( auf| sur| en| su| na)?\b.{0,30}$/i,
  /^(log ?in|log ?out|sign ?in|sign ?up|register|subscribe)\b.{0,40}$/i,
  /\b(log out|sign out) ?\/ ?change\b/i,
  /^you are commenting using your\b/i,
  /^fill in your details below\b/i,
  /^your email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(notify me|save my name|remember me)\b/i,
  /^connecting to %s$/i,
  /^%d bloggers like this:?$/i,
  /^(like|liked by) (this|\d+ (people|bloggers))\b/i,
  /^(related( posts| articles| stories)?|read (more|next|also)|see also|more from|you may also like|recommended( for you)?):?$/i,
  /^(weiterlesen|mehr zum thema|lesen sie auch|à lire aussi|lire aussi|lee también|leer más|czytaj (też|także|więcej))\b/i,
  /^(advertisement|sponsored( content)?|anzeige|werbung|publicité|publicidad|reklama)$/i,
  /^(sign up|subscribe) (for|to) (our|the) newsletter\b/i,
  /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings))\b/i,
  /^(follow us|folgen sie uns|suivez-nous|síguenos|obserwuj nas)\b/i,
  /^(©|copyright\b)/i,
  // A notice on a short line, as the HTML extractor reads a short block.
  new RegExp(`^(?=.{0,200}$).*(${RIGHTS_RESERVED})`, 'i'),
  /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|pinterest)( photo)?$/i,
  /^(previous|next) (post|article|story)\b/i,
  /^(breaking( news)?|eilmeldung|dernière minute|última hora|pilne|son dakika)!?:?$/i,
  /^(home|menu|search|close|toggle navigation|back to top)$/i,
];

/** Picture credits and captions of the page furniture kind. */
export const CREDIT_LINES: RegExp[] = [
  /^\(?(image|photo|picture|foto|bild|zdjęcie|imagen|crédit photo|photo credit|image credit)s?( credit)?\s*[:/©].{0,120}$/i,
  /^\(?(photo|foto|image|bild)\s*(by|von|par|de|:)\s.{0,100}\)?$/i,
  /^\(?(ap|afp|reuters|getty images|epa|dpa) photo\b.{0,100}\)?$/i,
];

/** "More soon" teasers that point to later coverage rather than report anything. */
export const TEASER_LINES: RegExp[] = [
  /^(more|further) (information|details|updates?)\b.*\b(soon|shortly|to follow|will follow|later)\b/i,
  /^details\b.*\b(soon|shortly|to follow|later)\b/i,
  /^(we|we'll|we’ll)( will)? (post|publish|share|bring you|have) more\b.{0,60}$/i,
  /^(this (is a )?(story|article) (is )?(developing|being updated)|developing story|more to follow|updates to follow)\b/i,
  /^(weitere (informationen|details) folgen|mehr in kürze|plus d'informations à venir|más información en breve|więcej informacji wkrótce)/i,
];

/** A complete tag left in the text: removed, its text kept. */
export const TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi;

/** The tail of a tag whose `<` was lost: `…” data-x-href=”https://…”>`. Everything up to it is residue. */
export const BROKEN_TAG_TAIL = /^[^<>]*\b[\w-]+\s*=\s*["'“”][^"'“”<>]*["'“”]\s*\/?>/u;

/** Template placeholders that were never filled in. */
export const PLACEHOLDER = /\{\{.*?\}\}|\{%.*?%\}|(^|\s)%[sd](\s|$|:)/;

/** A byline at the top of a text: "By Ana Ruiz". Captures the name. */
export const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Aa]utor(?:ka)?:?)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|van|von|da|di|del|la|le)){0,4})$/u;

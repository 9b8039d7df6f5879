/** Content sniffing: is this HTML, whatever its extension says? */

const HTML_STRONG = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|script|style|meta|link|img|article|section|header|footer|nav)\b[^<>]{0,500}>/gi;
/** This many well-formed tags in the head of a file make it HTML even without <html>. */
const MIN_TAGS_FOR_HTML = 5;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (HTML_STRONG.test(head.slice(0, 8192))) return true;
  let tags = 0;
  for (const _ of head.matchAll(HTML_TAG)) if (++tags >= MIN_TAGS_FOR_HTML) return true;
  return false;
}

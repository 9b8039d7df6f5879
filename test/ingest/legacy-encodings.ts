/** Encoders for generated test pages in legacy charsets (only the characters the tests use). */

/** windows-1251 bytes for Russian text (Cyrillic letters sit at 0xC0-0xFF). */
export function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x401) return 0xa8;
      if (c === 0x451) return 0xb8;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }),
  );
}

/** Shift_JIS bytes for kana text (hiragana from 0x829F, katakana from 0x8340). */
export function shiftJisKana(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    let code: number;
    if (c < 0x80) code = c;
    else if (c >= 0x3041 && c <= 0x3093) code = 0x829f + (c - 0x3041);
    else if (c >= 0x30a1 && c <= 0x30df) code = 0x8340 + (c - 0x30a1);
    else if (c >= 0x30e0 && c <= 0x30f6) code = 0x8380 + (c - 0x30e0);
    else if (c === 0x3002) code = 0x8142;
    else if (c === 0x3001) code = 0x8141;
    else throw new Error(`no Shift_JIS code for ${ch}`);
    if (code > 0xff) out.push(code >> 8);
    out.push(code & 0xff);
  }
  return Buffer.from(out);
}

export const RUSSIAN = 'Сегодня в Москве прошла встреча министров иностранных дел. Стороны обсудили вопросы безопасности и торговли. ';
export const JAPANESE = 'きょうは とうきょうで かいぎが ありました。 がいむだいじんが はなしあいを しました。 カメラ テレビ。';

import { describe, expect, it } from 'vitest';
import { dateReaderFor } from '../../src/claims/dates.js';

/** The expressions a language's reader takes as naming a day, in a sentence written for this test. */
function days(language: string, text: string): string[] {
  const reader = dateReaderFor(language);
  return reader.parse(text, new Date('2024-05-15T12:00:00Z')).map((r) => r.text).filter((e) => reader.namesDay(e));
}

describe('dates in other languages than English', () => {
  it('takes no everyday word that a weekday or month abbreviation spells for a date', () => {
    expect(days('de', 'Der Hafen habe noch nie so hohes Wasser gesehen.')).toEqual([]);
    expect(days('fr', 'Les pêcheurs sont restés en mer.')).toEqual([]);
    expect(days('es', 'Los pescadores volvieron al mar.')).toEqual([]);
  });

  it('still reads weekdays and dates written out', () => {
    expect(days('de', 'Am Dienstag stieg der Pegel.')).toEqual(['Am Dienstag']);
    expect(days('fr', 'Le port a rouvert mardi.')).toEqual(['mardi']);
    expect(days('es', 'El puerto reabrió el 14 de mayo.')).toEqual(['14 de mayo']);
    expect(days('de', 'Der Hafen öffnete am So., 12. Mai wieder.')).toEqual(['12. Mai']);
  });
});

import { describe, expect, it } from 'vitest';
import { authorNames } from '../../src/extract/html/authors.js';

describe('authorNames', () => {
  it('splits bylines into names in several languages', () => {
    expect(authorNames('By Ann Lee and Bo Kim')).toEqual(['Ann Lee', 'Bo Kim']);
    expect(authorNames('Von Jana Nowak und Peter Schmidt')).toEqual(['Jana Nowak', 'Peter Schmidt']);
    expect(authorNames('Par Claire Dubois et Luc Martin')).toEqual(['Claire Dubois', 'Luc Martin']);
    expect(authorNames('Por María de la Paz')).toEqual(['María de la Paz']);
    expect(authorNames('Przez Anna Kowalska')).toEqual(['Anna Kowalska']);
  });

  it('keeps credentials with the name and cuts what follows the byline', () => {
    expect(authorNames('Dylan Bailey, MS, RD')).toEqual(['Dylan Bailey, MS, RD']);
    expect(authorNames('By Ann Lee | November 19, 2019')).toEqual(['Ann Lee']);
    expect(authorNames('ByAnn Lee')).toEqual(['Ann Lee']);
  });

  it('rejects what is not a name', () => {
    expect(authorNames('https://facebook.com/someone')).toEqual([]);
    expect(authorNames('Updated 5 minutes ago')).toEqual([]);
    expect(authorNames('Florence says')).toEqual([]);
    expect(authorNames('Name *')).toEqual([]);
  });

  it('holds text from the page to capitalised names', () => {
    expect(authorNames('content strategy', { minWords: 1 })).toEqual([]);
    expect(authorNames('Ludwig van Beethoven', { minWords: 2 })).toEqual(['Ludwig van Beethoven']);
    expect(authorNames('Admin', { minWords: 2 })).toEqual([]);
  });
});

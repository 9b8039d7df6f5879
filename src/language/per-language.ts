/** `build` for each language, computed the first time that language is asked for. */
export function perLanguage<T>(build: (language: string) => T): (language: string) => T {
  const cache = new Map<string, T>();
  return (language) => {
    if (!cache.has(language)) cache.set(language, build(language));
    return cache.get(language)!;
  };
}

/** `english` for English or an unknown language; else `build` of the language, computed once per language. */
export function englishOr<T>(english: T, build: (language: string) => T): (language: string | undefined) => T {
  const other = perLanguage(build);
  return (language) => (!language || language === 'en' ? english : other(language));
}

/** A regular-expression alternation that matches any of the words literally, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

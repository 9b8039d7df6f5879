/** `build` for each language, computed the first time that language is asked for. */
export function perLanguage<T>(build: (language: string) => T): (language: string) => T {
  const cache = new Map<string, T>();
  return (language) => {
    if (!cache.has(language)) cache.set(language, build(language));
    return cache.get(language)!;
  };
}

/** A regular-expression alternation that matches any of the words literally, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

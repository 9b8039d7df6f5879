/**
 * One options object, passed down through every stage (trafilatura's `options` pattern).
 * Stages read the part they need; nothing reads globals.
 */
export interface ParallaxOptions {
  /** Inputs larger than this many bytes (after decompression) are refused. */
  maxInputBytes: number;
  /** Wall-clock budget for extracting one document, in milliseconds. */
  extractBudgetMs: number;
  /** Force a language (ISO 639-1) instead of detecting it. */
  language?: string;
  /** Keep figure captions in extracted HTML text. */
  captions: boolean;
  /** Word budget for the briefing summary. */
  summaryWords: number;
}

export const defaultOptions: ParallaxOptions = {
  maxInputBytes: 64 * 1024 * 1024,
  extractBudgetMs: 5_000,
  captions: true,
  summaryWords: 120,
};

export function resolveOptions(partial: Partial<ParallaxOptions> = {}): ParallaxOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...defaultOptions, ...defined };
}

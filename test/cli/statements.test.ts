import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { hasSeeds, seedsDir } from '../helpers/shared.js';

interface Record {
  id: string;
  input: string;
  text: string;
  statements: Statement[];
}

async function statements(args: string[], stdin?: string): Promise<Record[]> {
  const { code, stdout } = await runCli(['statements', ...args, '--format', 'json'], stdin);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record[];
}

/** Every span indexes the document text: content (single-part), speaker, cue. */
function expectSpansIndexText(r: Record): void {
  for (const s of r.statements) {
    if (!s.parts || s.parts.length <= 1) expect(r.text.slice(s.span.start, s.span.end)).toBe(s.text);
    if (s.speaker.span) expect(r.text.slice(s.speaker.span.start, s.speaker.span.end).length).toBeGreaterThan(0);
    if (s.cue.span) expect(r.text.slice(s.cue.span.start, s.cue.span.end)).toBe(s.cue.text);
  }
}

describe('parallax statements (end to end)', () => {
  it('keeps a clean article’s text unchanged, so offsets match the original', async () => {
    const article =
      'Ferry strike ends after late talks\n\n' +
      'The ferry union accepted the new offer on Sunday, union leader Marta Silva said.\n\n' +
      '“We got what we came for,” Silva told reporters at the harbour. She added that crews would return on Monday.\n';
    const [r] = await statements(['-'], article);
    expect(r.text).toBe(article);
    expectSpansIndexText(r);
    const said = (words: string) => r.statements.find((s) => s.text.includes(words));
    expect(said('accepted the new offer')?.speaker.name).toBe('Marta Silva');
    expect(said('We got what we came for')).toMatchObject({ kind: 'direct', speaker: { name: 'Marta Silva' }, cue: { lemma: 'tell' } });
    const added = said('crews would return on Monday')!;
    expect(added.speaker.name).toBe('Marta Silva');
    expect(r.text.slice(added.speaker.span!.start, added.speaker.span!.end)).toBe('She');
  });

  it('prints Markdown by default and one record per line with --format jsonl', async () => {
    const md = await runCli(['statements', 'examples/marrow-fen-flood/cpa-wire.html']);
    expect(md.stdout).toMatch(/\*\*Piet Aldana\*\* \(say, direct\): “The dam is sound\./);
    const jsonl = await runCli(['statements', 'examples/marrow-fen-flood', '--format', 'jsonl']);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['cpa-wire', 'eastmark-courier', 'fenland-notes', 'riverside-gazette']);
  });
});

describe.runIf(hasSeeds)('parallax statements on the real seeds', () => {
  it('names every statement’s canonical speaker, with spans into the cleaned text', async () => {
    const records = await statements([seedsDir]);
    for (const r of records) expectSpansIndexText(r);
    // Statements reported inside another's words (`within`) and those without a named source aside.
    const own = records.flatMap((r) => r.statements).filter((s) => !s.within && s.speaker.name);
    expect(new Set(own.map((s) => s.speaker.name))).toEqual(new Set(['Vladimir Putin', 'Joe Biden']));
    expect(own.length).toBeGreaterThanOrEqual(14);
    const news = records.find((r) => r.id === '002_8d613513c12cf073')!;
    const headline = news.statements.find((s) => s.text.startsWith('There was no hostility'))!;
    // "Putin: There was no hostility…" gives his words, though unquoted; the list of "the
    // highlights of Putin's statements" after it is the outlet's summary of them.
    expect(headline).toMatchObject({ cue: { lemma: ':' }, speaker: { name: 'Vladimir Putin' }, kind: 'direct' });
    const listed = news.statements.find((s) => s.text.startsWith('We did not receive any response'))!;
    expect(listed).toMatchObject({ speaker: { name: 'Vladimir Putin' }, kind: 'reported' });
  });
});

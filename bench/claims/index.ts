/**
 * `npm run bench -- claims [--data FILE] [--sample N] [--seed S] [--labels FILE]`: what the
 * claims stage makes of the 86 gold events of ECB+ (`../shared/data/clustering/ecbplus`),
 * each run through the pipeline as one coverage. ECB+ has no gold for claims or
 * contradictions: this counts claims by status, disputes by the kind of conflict, and the
 * claims stage's time; `--sample N` prints N disputes, drawn with a fixed seed, for reading
 * by hand. Each dispute has a key (event, kind and a hash of the sentences on its sides);
 * `--labels` (default `bench/claims/ecbplus-disputes.tsv`) holds verdicts given by hand to
 * earlier disputes, so a run reports the precision of the disputes that were judged, and
 * how many are new and not judged yet. `--missed N` draws N pairs that the number rules
 * leave undisputed although they count something in one unit with values that cannot both
 * hold and agree on no count (each sentence the other's best match, in one claim that is
 * not disputed): reading them tells what the rules miss. `--support N` draws N corroborated
 * claims with the sentences behind them; `--support-labels` (default
 * `bench/claims/ecbplus-support.tsv`) holds verdicts given by hand on whether each sentence
 * states the fact of the claim's wording, so a run reports how far the support badges
 * ("[3 sources]") can be trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeClaims, type ClaimAnalysis, type Unit } from '../../src/claims/index.js';
import { numbersConflict, numbersDisagree } from '../../src/claims/numbers.js';
import { resolveOptions } from '../../src/core/options.js';
import type { Claim, Coverage, Span } from '../../src/core/types.js';
import { analyzeDocument, analyzeEvent } from '../../src/pipeline/index.js';
import { option } from '../../scripts/args.js';

interface EcbDoc {
  id: string;
  event_label: string;
  text: string;
  source_domain?: string | null;
}

/** A small deterministic generator, so that a sample can be read again. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** A dispute's identity across runs: its event, its kind and the sentences on its sides. */
function disputeKey(event: string, kind: string, sides: NonNullable<Claim['sides']>): string {
  const cited = sides.flatMap((s) => s.support.map((c) => `${c.doc}@${c.span.start}`)).sort();
  return `${event}:${kind}:${createHash('sha1').update(cited.join(' ')).digest('hex').slice(0, 10)}`;
}

interface Verdict {
  conflict: boolean;
  /** For a conflict: the disagreement it shows, named by its event and its note (several disputes may show one). */
  disagreement?: string;
}

/** Verdicts by key from a TSV file: `key`, `conflict` or `no-conflict`, a note. */
function readLabels(file: string): Map<string, Verdict> {
  const labels = new Map<string, Verdict>();
  if (!existsSync(file)) return labels;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [key, verdict, note = ''] = line.split('\t');
    if (verdict !== 'conflict' && verdict !== 'no-conflict') throw new Error(`${file}: unknown verdict in "${line}"`);
    const event = key.slice(0, key.indexOf(':'));
    labels.set(key, verdict === 'conflict' ? { conflict: true, disagreement: `${event}: ${note}` } : { conflict: false });
  }
  return labels;
}

/** A supporting sentence's identity across runs: its event, the claim's wording sentence and its own position. */
function supportKey(event: string, voice: Unit, member: Unit): string {
  const cited = `${voice.doc}@${voice.span.start} ${member.doc}@${member.span.start}`;
  return `${event}:support:${createHash('sha1').update(cited).digest('hex').slice(0, 10)}`;
}

/** Support verdicts by key from a TSV file: `key`, `same` (it states the wording's fact) or `other`, a note. */
function readSupportLabels(file: string): Map<string, boolean> {
  const labels = new Map<string, boolean>();
  if (!existsSync(file)) return labels;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [key, verdict] = line.split('\t');
    if (verdict !== 'same' && verdict !== 'other') throw new Error(`${file}: unknown verdict in "${line}"`);
    labels.set(key, verdict === 'same');
  }
  return labels;
}

/** A corroborated claim's wording and the sentences of other documents behind it, each with its support key. */
interface SupportCase {
  text: string;
  /** Keys of the sentences from other documents, with whether their sources are independent of the wording's. */
  members: { key: string; independent: boolean; line: string }[];
}

function supportCases(event: string, analysis: ClaimAnalysis): SupportCase[] {
  const cases: SupportCase[] = [];
  for (const claim of analysis.claims) {
    if (claim.status !== 'corroborated') continue;
    const units = analysis.unitsOf.get(claim.id)!;
    const voice = units.find((u) => u.text === claim.text) ?? units[0];
    const independent = (u: Unit) => analysis.independence.groupOf(u.doc) !== analysis.independence.groupOf(voice.doc);
    const members = units
      .filter((u) => u.doc !== voice.doc)
      .map((u) => ({ key: supportKey(event, voice, u), independent: independent(u), line: `  - ${supportKey(event, voice, u)} [${u.doc}] ${u.text.replace(/\s+/g, ' ')}` }));
    cases.push({ text: `${event} ${claim.id} [${claim.sources} sources] [${voice.doc}] ${claim.text.replace(/\s+/g, ' ')}`, members });
  }
  return cases;
}

/** Counterpart sentences of two outlets in one undisputed claim whose counts of one quantity cannot both hold. */
function undisputedCountPairs(event: string, analysis: ClaimAnalysis): string[] {
  const figure = (u: Unit, n: Span) => u.text.slice(n.start - u.span.start, n.end - u.span.start);
  const line = (u: Unit) => `  - [${u.doc}] ${u.text.replace(/\s+/g, ' ')}`;
  const pairs: string[] = [];
  for (const claim of analysis.claims) {
    if (claim.status === 'disputed') continue;
    const units = analysis.unitsOf.get(claim.id)!;
    for (const [i, a] of units.entries()) {
      for (const b of units.slice(i + 1)) {
        if (a.doc === b.doc || !analysis.counterparts(a, b)) continue;
        // Counts in one unit that differ, and no count of the same quantity that agrees.
        if (!numbersDisagree(a.features.numbers, b.features.numbers, false)) continue;
        const differing = a.features.numbers.flatMap((x) => b.features.numbers.filter((y) => numbersConflict(x, y)).map((y) => `${figure(a, x)} / ${figure(b, y)}`));
        pairs.push([`${event} (${differing.join(', ')})`, line(a), line(b)].join('\n'));
      }
    }
  }
  return pairs;
}

function eventsOf(file: string): Map<string, Coverage> {
  const options = resolveOptions({});
  const byEvent = new Map<string, EcbDoc[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as EcbDoc;
    const docs = byEvent.get(doc.event_label);
    if (docs) docs.push(doc);
    else byEvent.set(doc.event_label, [doc]);
  }
  const events = new Map<string, Coverage>();
  for (const [label, docs] of byEvent) {
    const analysed = docs.map((d) =>
      analyzeDocument({ id: d.id, input: d.id, kind: 'text', content: d.text, given: { source: d.source_domain ?? d.id } }, options),
    );
    events.set(label, analyzeEvent(analysed));
  }
  return events;
}

export async function run(args: string[]): Promise<void> {
  const file = option(args, '--data') ?? '../shared/data/clustering/ecbplus/ecbplus_docs.jsonl';
  const sample = Number(option(args, '--sample') ?? 0);
  const seed = Number(option(args, '--seed') ?? 7);
  const missed = Number(option(args, '--missed') ?? 0);
  const supportSample = Number(option(args, '--support') ?? 0);
  const events = eventsOf(file);

  const status = { corroborated: 0, 'single-source': 0, disputed: 0 };
  const kinds = new Map<string, number>();
  const disputes: { key: string; text: string }[] = [];
  const undisputed: string[] = [];
  const supported: SupportCase[] = [];
  let ms = 0;
  for (const [label, coverage] of events) {
    const t = performance.now();
    const analysis = analyzeClaims(coverage);
    ms += performance.now() - t;
    if (missed > 0) undisputed.push(...undisputedCountPairs(label, analysis));
    supported.push(...supportCases(label, analysis));
    for (const claim of analysis.claims) {
      status[claim.status]++;
      const kind = analysis.conflictOf.get(claim.id);
      if (!kind) continue;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const sides = claim.sides ?? [];
      const key = disputeKey(label, kind, sides);
      disputes.push({ key, text: [`${label} (${kind}) ${key}`, ...sides.map((s) => `  - [${s.support[0].doc}] ${s.text.replace(/\s+/g, ' ')}`)].join('\n') });
    }
  }

  const docs = [...events.values()].reduce((n, c) => n + c.docs.length, 0);
  console.log(`ECB+: ${events.size} events, ${docs} documents, from ${file}. No gold for claims: counts only.\n`);
  console.log('| claims | corroborated | single-source | disputed | claims stage |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  const total = status.corroborated + status['single-source'] + status.disputed;
  console.log(`| ${total} | ${status.corroborated} | ${status['single-source']} | ${status.disputed} | ${(ms / 1000).toFixed(2)} s |`);
  console.log(`\nDisputes by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}.`);
  const labelFile = option(args, '--labels') ?? 'bench/claims/ecbplus-disputes.tsv';
  const labels = readLabels(labelFile);
  if (labels.size > 0) {
    const judged = disputes.filter((d) => labels.has(d.key));
    const right = judged.filter((d) => labels.get(d.key)!.conflict).length;
    const disagreements = new Set([...labels.values()].flatMap((v) => (v.disagreement ? [v.disagreement] : [])));
    const shown = new Set(judged.flatMap((d) => labels.get(d.key)!.disagreement ?? []));
    const lost = [...disagreements].filter((x) => !shown.has(x));
    const precision = judged.length ? ((100 * right) / judged.length).toFixed(1) : '-';
    console.log(`\nJudged by hand (${labelFile}, ${labels.size} verdicts, ${disagreements.size} distinct disagreements between outlets):`);
    console.log(`${judged.length} of the ${disputes.length} disputes are judged; ${right} are real conflicts (precision ${precision}%);`);
    console.log(`${disputes.length - judged.length} are not judged yet; ${shown.size} of the judged disagreements are found, ${lost.length} no longer are${lost.length ? `: ${lost.join('; ')}` : ''}.`);
  }
  reportSupport(supported, supportSample, seed, option(args, '--support-labels') ?? 'bench/claims/ecbplus-support.tsv');
  if (sample > 0) {
    const drawn = draw(disputes, sample, seed);
    console.log(`\n${drawn.length} disputes drawn with seed ${seed}, each with its sides:\n`);
    console.log(drawn.map((d) => `${d.text}${labels.has(d.key) ? (labels.get(d.key)!.conflict ? '  [judged: conflict]' : '  [judged: no conflict]') : ''}`).join('\n'));
  }
  if (missed > 0) {
    const drawn = draw(undisputed, missed, seed);
    console.log(`\n${undisputed.length} undisputed pairs of counterpart sentences count one thing differently and agree on no count; ${drawn.length} drawn with seed ${seed}:\n`);
    console.log(drawn.join('\n'));
  }
}

/**
 * How far the support of corroborated claims holds, by the verdicts given so far: of the
 * judged sentences behind them, how many state the wording's fact; of the claims whose
 * sentences are all judged, how many still have an independent source that states it.
 */
function reportSupport(cases: SupportCase[], n: number, seed: number, file: string): void {
  const labels = readSupportLabels(file);
  if (labels.size > 0) {
    const members = cases.flatMap((c) => c.members);
    const judged = members.filter((m) => labels.has(m.key));
    const same = judged.filter((m) => labels.get(m.key)).length;
    const complete = cases.filter((c) => c.members.every((m) => labels.has(m.key)) && c.members.some((m) => labels.has(m.key)));
    const held = complete.filter((c) => c.members.some((m) => m.independent && labels.get(m.key))).length;
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
    console.log(`\nSupport judged by hand (${file}, ${labels.size} verdicts):`);
    console.log(`${judged.length} sentences behind corroborated claims are judged; ${same} state the claim's fact (${pct(same, judged.length)}%);`);
    console.log(`${complete.length} corroborated claims are judged in full; ${held} keep an independent source that states them (${pct(held, complete.length)}%).`);
  }
  if (n <= 0) return;
  const drawn = draw(cases, n, seed);
  console.log(`\n${drawn.length} of ${cases.length} corroborated claims drawn with seed ${seed}, each with the sentences of other documents behind it:\n`);
  for (const c of drawn) {
    console.log(c.text);
    for (const m of c.members) console.log(`${m.line}${labels.has(m.key) ? (labels.get(m.key) ? '  [judged: same]' : '  [judged: other]') : ''}${m.independent ? '' : '  (same source)'}`);
  }
}

/** `n` items drawn at random with a fixed seed, in the order of their draws. */
function draw<T>(items: T[], n: number, seed: number): T[] {
  const next = random(seed);
  return items
    .map((item) => [next(), item] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, item]) => item);
}

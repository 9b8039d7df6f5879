import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/claims/index.js';
import { analyzeInputs } from '../../src/pipeline/index.js';

describe('example event: the Marrow Fen flood', () => {
  it('does not count residents claiming the dam wall cracked as support for the denial that it was damaged', async () => {
    const claims = buildClaims(await analyzeInputs(['examples/marrow-fen-flood']));
    const denial = claims.filter((c) => c.support.some((s) => /denied that the dam wall/.test(s.text)));
    expect(denial).toHaveLength(1);
    expect(denial[0].support.some((s) => /residents claimed/.test(s.text))).toBe(false);
    expect(denial[0].status).toBe('corroborated');
    const residents = claims.filter((c) => c.support.some((s) => /residents claimed the dam wall had cracked/.test(s.text)));
    expect(residents.map((c) => c.status)).toEqual(['single-source']);
  });

  it('shows the evacuation count contradiction as disputed, the wire copy counted once', async () => {
    const coverage = await analyzeInputs(['examples/marrow-fen-flood']);
    const claims = buildClaims(coverage);
    const evacuated = claims.filter((c) => c.support.some((s) => /1,200 residents were evacuated/.test(s.text)));
    expect(evacuated).toHaveLength(1);
    const claim = evacuated[0];
    expect(claim.status).toBe('disputed');
    const sides = claim.sides!.map((side) => [...new Set(side.support.map((s) => s.doc))].sort());
    expect(sides).toEqual([['cpa-wire', 'riverside-gazette'], ['eastmark-courier']]);
    expect(claim.sides![0].text).toMatch(/1,800 people were evacuated/);
    // The Riverside Gazette runs the CPA wire story: two documents, one source.
    expect(claim.sources).toBe(2);
  });

  it("cites the wire story without its dateline, and makes no claim of the blog's headline line or the wire credit", async () => {
    const claims = buildClaims(await analyzeInputs(['examples/marrow-fen-flood']));
    const texts = claims.flatMap((c) => c.support.map((s) => s.text));
    expect(texts).toContain('Engineers opened the spillway gates of the Halden Dam on Tuesday morning following record rain, flooding the lower part of Marrow Fen.');
    expect(texts.some((t) => t.includes('MARROW FEN'))).toBe(false);
    expect(texts.some((t) => t.includes('what we saw on Tuesday'))).toBe(false);
    // The Riverside Gazette's wire credit line is a label, not something it reports.
    expect(texts.some((t) => t.includes('From the Continental Press Agency'))).toBe(false);
  });

  it("supports the governor's quotation by the outlets that carry it, not by the blog's neighbours who 'left' with what they could 'carry'", async () => {
    const claims = buildClaims(await analyzeInputs(['examples/marrow-fen-flood']));
    const quote = claims.filter((c) => c.support.some((s) => /No family will be left to carry this alone/.test(s.text)));
    expect(quote).toHaveLength(1);
    expect([...new Set(quote[0].support.map((s) => s.doc))].sort()).toEqual(['cpa-wire', 'eastmark-courier', 'riverside-gazette']);
    expect(quote[0].sources).toBe(2);
  });
});

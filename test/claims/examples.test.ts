import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/claims/index.js';
import { analyzeInputs } from '../../src/pipeline/index.js';

describe('example event: the Marrow Fen flood', () => {
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
});

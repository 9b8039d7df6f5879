import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema } from '../../src/briefing/json-schema.js';
import { eventsJsonSchema } from '../../src/events/index.js';
import { repoRoot } from '../helpers/cli.js';

describe('the JSON Schema files in docs/', () => {
  it('are what `npm run schema` makes of the zod contracts today', () => {
    const file = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'docs', `${name}.schema.json`), 'utf8'));
    expect(file('briefing')).toEqual(briefingJsonSchema());
    expect(file('events')).toEqual(eventsJsonSchema());
  });
});

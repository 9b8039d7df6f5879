/** `npm run schema`: regenerate docs/briefing.schema.json and docs/events.schema.json from the zod contracts. */
import { writeFileSync } from 'node:fs';
import { briefingJsonSchema } from '../src/briefing/json-schema.js';
import { eventsJsonSchema } from '../src/events/index.js';

for (const [name, schema] of [
  ['briefing', briefingJsonSchema()],
  ['events', eventsJsonSchema()],
] as const) {
  const path = new URL(`../docs/${name}.schema.json`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}

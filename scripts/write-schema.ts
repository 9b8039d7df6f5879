/** `npm run schema`: regenerate docs/briefing.schema.json from the zod contract. */
import { writeFileSync } from 'node:fs';
import { briefingJsonSchema } from '../src/briefing/json-schema.js';

const path = new URL('../docs/briefing.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);

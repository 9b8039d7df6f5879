import { z } from 'zod';
import { BriefingSchema } from './schema.js';

/** The briefing contract as a JSON Schema (draft 2020-12), for users outside TypeScript. */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://parallax.example/schemas/briefing@1.json',
    title: 'Parallax briefing (parallax/briefing@1)',
    ...z.toJSONSchema(BriefingSchema),
  };
}

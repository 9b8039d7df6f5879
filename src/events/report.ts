import { z } from 'zod';
import type { Doc } from '../core/types.js';
import type { EventGroup } from './cluster.js';

/** The `parallax events` contract (`--format json`): the events of the inputs and their documents. */
export const EventsSchema = z.object({
  schema: z.literal('parallax/events@1'),
  events: z.array(
    z.object({
      id: z.string().describe('e1, e2, … largest event first; `parallax brief --event` takes it'),
      title: z.string().describe("the representative document's title, else its first sentence"),
      representative: z.string().describe('id of the document most like the others'),
      documents: z.array(
        z.object({
          id: z.string(),
          input: z.string(),
          title: z.string().optional(),
          source: z.string(),
          published: z.string().optional(),
        }),
      ),
    }),
  ),
});

export type EventsJson = z.infer<typeof EventsSchema>;

/** The events contract as a JSON Schema (draft 2020-12), for users outside TypeScript. */
export function eventsJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://parallax.example/schemas/events@1.json',
    title: 'Parallax events (parallax/events@1)',
    ...z.toJSONSchema(EventsSchema),
  };
}

/** The event's name: its most central document's title, else that document's first sentence. */
function titleOf(event: EventGroup, docs: Map<string, Doc>): string {
  const doc = docs.get(event.representative)!;
  const first = doc.sentences[0];
  return (doc.title ?? (first ? doc.text.slice(first.start, first.end) : doc.id)).replace(/\s+/g, ' ').trim();
}

/** The events of `groupEvents` with what a reader needs to tell them apart. */
export function eventsReport(docs: Doc[], events: EventGroup[]): EventsJson {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    schema: 'parallax/events@1',
    events: events.map((event) => ({
      id: event.id,
      title: titleOf(event, byId),
      representative: event.representative,
      documents: event.docs.map((id) => {
        const doc = byId.get(id)!;
        return { id: doc.id, input: doc.input, title: doc.title, source: doc.source, published: doc.published };
      }),
    })),
  };
}

import { describe, expect, it } from 'vitest';
import { EventsSchema, eventsReport } from '../../src/events/index.js';
import { textDoc } from '../helpers/docs.js';

describe('eventsReport', () => {
  it('names an event by its representative title, or by its first sentence where it has none, and lists its documents', () => {
    const titled = textDoc({ id: 'a', source: 'Harbour Post', text: 'The quay reopened on Friday.', title: 'Saltmere quay reopens' });
    const untitled = textDoc({ id: 'b', source: 'b', text: 'The quay reopened  on\tFriday after repairs. Ships queued.' });
    const report = eventsReport([titled, untitled], [
      { id: 'e1', docs: ['a'], representative: 'a' },
      { id: 'e2', docs: ['b'], representative: 'b' },
    ]);
    expect(EventsSchema.parse(report)).toEqual(report);
    expect(report.events.map((e) => e.title)).toEqual(['Saltmere quay reopens', 'The quay reopened on Friday after repairs.']);
    expect(report.events[0].documents).toEqual([{ id: 'a', input: 'a', title: 'Saltmere quay reopens', source: 'Harbour Post', published: undefined }]);
  });
});

import type { BriefingJson } from '../briefing/schema.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export { escapeHtml, renderHtml } from './html.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';

export type Format = 'md' | 'json' | 'html';

/** The briefing in one output format: JSON is the contract (`parallax/briefing@1`) as is. */
export function render(briefing: BriefingJson, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(briefing, null, 2)}\n`;
    case 'md':
      return renderMarkdown(briefing);
    case 'html':
      return renderHtml(briefing);
  }
}

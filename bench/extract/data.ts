/** The two extraction sets in ../shared/data/extraction: pages, gold and metric inputs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DATA_DIR = join(process.cwd(), '..', 'shared', 'data', 'extraction');

export type SetName = 'aeb' | 'wcxb';

export interface Page {
  set: SetName;
  id: string;
  path: string;
  url?: string;
}

export interface Gold {
  body: string;
  /** WCXB only. */
  type?: string;
  title?: string | null;
  author?: string | null;
  date?: string | null;
  with?: string[];
  without?: string[];
}

export function loadPages(set: SetName): { pages: Page[]; gold: Map<string, Gold> } {
  return set === 'aeb' ? loadAeb() : loadWcxb();
}

function loadAeb() {
  const dir = join(DATA_DIR, 'aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: Page[] = [];
  const gold = new Map<string, Gold>();
  for (const [id, g] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    pages.push({ set: 'aeb', id, path: join(dir, 'html', `${id}.html.gz`), url: g.url });
    gold.set(id, { body: g.articleBody ?? '' });
  }
  return { pages, gold };
}

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
    with?: string[];
    without?: string[];
  };
}

function loadWcxb() {
  const dir = join(DATA_DIR, 'wcxb-dev');
  const pages: Page[] = [];
  const gold = new Map<string, Gold>();
  for (const file of readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.replace(/\.json$/, '');
    const g = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')) as WcxbFile;
    const t = g.ground_truth;
    pages.push({ set: 'wcxb', id, path: join(dir, 'html', `${id}.html.gz`), url: g.url });
    gold.set(id, {
      body: t.main_content ?? '',
      type: g._internal?.page_type?.primary,
      title: t.title,
      author: t.author,
      date: t.publish_date,
      with: t.with ?? [],
      without: t.without ?? [],
    });
  }
  return { pages, gold };
}

export function readPage(page: Page): string {
  return gunzipSync(readFileSync(page.path)).toString('utf8');
}

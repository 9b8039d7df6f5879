/**
 * `npm run bench -- store [--data FILE] [--postgres URL]`: what keeping documents in a
 * store costs and saves, side by side in one run. On ECB+ (982 documents, the clustering
 * set) it times the per-document stages from the file (the peer: what every `brief` or
 * `events` without a store does), `storeDocuments` into a new SQLite store (and into a new
 * schema of the PostgreSQL database `--postgres` or PARALLAX_TEST_POSTGRES names), and
 * reading every document back; and checks that the documents read back equal, as JSON,
 * the ones analysed from the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { option } from '../../scripts/args.js';
import { freshSchema } from '../../scripts/postgres-schema.js';
import { readDocuments, storeDocuments } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

export async function run(args: string[]): Promise<void> {
  const file = option(args, '--data') ?? '../shared/data/clustering/ecbplus/ecbplus_docs.jsonl';
  const postgres = option(args, '--postgres') ?? process.env.PARALLAX_TEST_POSTGRES;
  const [read, fromFile] = await timed(() => readDocuments([file]));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-store-'));
  const backends: { name: string; location: string; drop?: () => Promise<void> }[] = [{ name: 'SQLite', location: join(dir, 'bench.db') }];
  if (postgres) {
    const schema = await freshSchema(postgres, 'parallax_bench');
    backends.push({ name: 'PostgreSQL', location: schema.url, drop: schema.drop });
  }

  console.log(`${read.docs.length} documents from ${file}; the per-document stages from the file took ${(fromFile / 1000).toFixed(2)} s.\n`);
  console.log('| store | add (stages + writes) | add / from file | read all back | from file / read back | read back = analysed | read back by id / all |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const b of backends) {
    const store = await openStore(b.location, { create: true });
    try {
      const [, add] = await timed(() => storeDocuments(store, [file]));
      const [back, readBack] = await timed(() => store.documents());
      // Equal as JSON: a field left undefined by a stage is absent once stored.
      const same = back.docs.length === read.docs.length && back.docs.every((d, i) => isDeepStrictEqual(d, JSON.parse(JSON.stringify(read.docs[i]))));
      // What a selection (--since, --source) costs: every document asked for by id, as a selection reads them.
      const [, byId] = await timed(() => store.documents(back.docs.map((d) => d.id)));
      console.log(
        `| ${b.name} | ${(add / 1000).toFixed(2)} s | ${(add / fromFile).toFixed(2)}x | ${(readBack / 1000).toFixed(2)} s | ${(fromFile / readBack).toFixed(1)}x | ${same ? 'yes' : 'NO'} | ${(byId / readBack).toFixed(2)}x |`,
      );
    } finally {
      await store.close();
      await b.drop?.();
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, LOOPBACK_HOSTS } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';

let store: Store;
beforeEach(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'parallax-access-')), 'store.db'), { create: true });
});
afterEach(() => store.close());

const note = 'The Lowmoor ferry will stop running in May, the council said on Monday.';
const stored = async () => (await store.list()).map((d) => d.id);
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('a server with a token', () => {
  const app = () => createApp(store, { access: { token: 'tide-table-42' } });

  it('refuses requests without it: a JSON error for the API, a Basic challenge for browsers', async () => {
    const api = await app().request('/api/events');
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: 'this server needs its token (Authorization: Bearer <token>)' });
    const page = await app().request('/');
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toBe('Basic realm="Parallax", charset="UTF-8"');
    expect((await app().request('/', { headers: { authorization: 'Bearer tide-table-4' } })).status).toBe(401);
    expect((await app().request('/', { headers: { authorization: basic('ana', 'wrong') } })).status).toBe(401);
  });

  it('answers with the token as a Bearer token or as a Basic password', async () => {
    expect((await app().request('/api/events', { headers: { authorization: 'Bearer tide-table-42' } })).status).toBe(200);
    expect((await app().request('/', { headers: { authorization: basic('anyone', 'tide-table-42') } })).status).toBe(200);
    const post = await app().request('/api/documents?id=ferry', { method: 'POST', body: note, headers: { 'content-type': 'text/plain', authorization: 'Bearer tide-table-42' } });
    expect(post.status).toBe(201);
    expect(await stored()).toEqual(['ferry']);
  });
});

describe('a server on this machine only', () => {
  const app = () => createApp(store, { access: { hosts: LOOPBACK_HOSTS } });
  const at = (host: string) => app().request('/api/documents', { headers: { host } });

  it('answers to the names of this machine, and to no other (DNS rebinding)', async () => {
    expect((await at('127.0.0.1:8080')).status).toBe(200);
    expect((await at('localhost:8080')).status).toBe(200);
    expect((await at('[::1]:8080')).status).toBe(200);
    const rebound = await at('news-tips.example:8080');
    expect(rebound.status).toBe(403);
    expect(await rebound.json()).toEqual({ error: 'this server answers to localhost, 127.0.0.1, ::1 only, not news-tips.example' });
  });
});

describe('any server', () => {
  const app = () => createApp(store);
  const post = (headers: Record<string, string>) =>
    app().request('/api/documents?id=ferry', { method: 'POST', body: note, headers: { 'content-type': 'text/plain', host: '127.0.0.1:8080', ...headers } });

  it('refuses changes that pages of other sites send, and stores nothing from them', async () => {
    const attempts: Record<string, string>[] = [{ origin: 'https://news-tips.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of attempts) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'a request from another site may not change the store' });
    }
    const del = await app().request('/api/documents/ferry', { method: 'DELETE', headers: { host: '127.0.0.1:8080', origin: 'https://news-tips.example' } });
    expect(del.status).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it('takes changes from its own pages and from clients that are not browsers', async () => {
    expect((await post({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({})).status).toBe(200); // the same document again: already stored
    expect((await app().request('/api/events', { headers: { origin: 'https://news-tips.example' } })).status).toBe(200);
    expect(await stored()).toEqual(['ferry']);
  });
});

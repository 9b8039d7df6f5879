import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/** Who may use the server. */
export interface AccessSettings {
  /**
   * When set, every request must carry this token: `Authorization: Bearer <token>` (scripts),
   * or as the password of HTTP Basic authentication, any user name (browsers ask for it).
   */
  token?: string;
  /**
   * Host names the server answers to, when it listens on this machine only: a web page
   * whose own name resolves to 127.0.0.1 (DNS rebinding) must not reach the store.
   * Undefined: any name.
   */
  hosts?: readonly string[];
}

/** The names of this machine, for a server bound to a loopback address. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compare in constant time: a token must not leak through how long a wrong one takes. */
function sameSecret(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** The token a request carries, as a Bearer token or a Basic password. */
function presentedToken(header: string | undefined): string | undefined {
  const [scheme, value] = header?.trim().split(/\s+/, 2) ?? [];
  if (!scheme || !value) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** The host name of a Host header ("127.0.0.1:8080", "[::1]:8080"), lower-cased. */
function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  return (bracketed ? bracketed[1] : host.replace(/:\d+$/, '')).toLowerCase();
}

/**
 * A request that changes the store from a page of another site: a browser sends a form or
 * a `text/plain` POST across sites without asking, with this server's credentials.
 */
function crossSite(c: Context): boolean {
  if (SAFE_METHODS.has(c.req.method)) return false;
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false; // not a browser (curl, scripts)
  try {
    return new URL(origin).host !== c.req.header('host');
  } catch {
    return true; // "null": a sandboxed page or a file
  }
}

export function accessGuard(settings: AccessSettings): MiddlewareHandler {
  const refuse = (c: Context, status: 401 | 403, error: string) => {
    if (status === 401) c.header('WWW-Authenticate', 'Basic realm="Parallax", charset="UTF-8"');
    return c.req.path.startsWith('/api/') ? c.json({ error }, status) : c.text(error, status);
  };
  return async (c, next) => {
    const host = hostName(c.req.header('host'));
    if (settings.hosts && (host === undefined || !settings.hosts.includes(host))) {
      return refuse(c, 403, `this server answers to ${settings.hosts.join(', ')} only, not ${host ?? 'a request without a Host'}`);
    }
    if (crossSite(c)) return refuse(c, 403, 'a request from another site may not change the store');
    if (settings.token !== undefined) {
      const given = presentedToken(c.req.header('authorization'));
      if (given === undefined || !sameSecret(given, settings.token)) return refuse(c, 401, 'this server needs its token (Authorization: Bearer <token>)');
    }
    await next();
  };
}

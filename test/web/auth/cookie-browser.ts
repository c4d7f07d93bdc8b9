// A minimal browser for in-process requests (app.request): keeps cookies by name and path as a browser
// would, sends them back where they apply, and records each Set-Cookie's attributes so tests can check
// HttpOnly, SameSite, Secure and Path.
import type { Hono } from "hono";

export const SITE = "https://news.example.org";

export interface StoredCookie {
  value: string;
  path: string;
  attributes: string[];
}

export class CookieBrowser {
  readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly app: Hono) {}

  async get(pathOrUrl: string | URL): Promise<Response> {
    return this.request(pathOrUrl, { method: "GET" });
  }

  async post(path: string, form: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
  }

  async request(pathOrUrl: string | URL, init: RequestInit): Promise<Response> {
    const url = new URL(pathOrUrl.toString(), SITE);
    if (url.origin !== SITE) throw new Error(`not this site: ${url.origin}`);
    const cookie = [...this.cookies]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    const res = await this.app.request(url.toString(), { ...init, headers });
    for (const line of res.headers.getSetCookie()) this.store(line);
    return res;
  }

  /** The cookie's Set-Cookie attributes, lower-cased ("httponly", "samesite=lax", "path=/"…). */
  attributes(name: string): string[] {
    return this.cookies.get(name)?.attributes ?? [];
  }

  private store(line: string): void {
    const [pair, ...attrs] = line.split(";").map((s) => s.trim());
    const eq = pair!.indexOf("=");
    const name = pair!.slice(0, eq);
    const value = pair!.slice(eq + 1);
    const attributes = attrs.map((a) => a.toLowerCase());
    const path = attributes.find((a) => a.startsWith("path="))?.slice(5) ?? "/";
    if (attributes.includes("max-age=0") || value === "") this.cookies.delete(name);
    else this.cookies.set(name, { value, path, attributes });
  }
}

/** The location of a redirect response, resolved against the site. */
export function locationOf(res: Response): URL {
  const location = res.headers.get("location");
  if (!location) throw new Error(`expected a redirect, got ${res.status}`);
  return new URL(location, SITE);
}

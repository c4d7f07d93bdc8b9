// Local stand-ins for the translation providers, speaking each one's documented wire format, errors and
// rate-limit answers included (see src/translation/providers/*.ts for the references). Each counts the
// requests and the characters it was sent, and can be switched to answer errors or to refuse connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fakeTranslateHtml } from "./fake-mt.js";

export type FakeMode =
  | { kind: "ok" }
  | { kind: "status"; status: number; retryAfter?: string }
  /** A 200 whose body is not the documented shape. */
  | { kind: "garbage" };

export interface Received {
  path: string;
  method: string;
  headers: IncomingMessage["headers"];
  body: unknown;
  /** The texts to translate in this request. */
  texts: string[];
}

type Handler = (req: IncomingMessage, body: unknown, res: ServerResponse) => { texts: string[] } | undefined;

export class FakeProvider {
  mode: FakeMode = { kind: "ok" };
  readonly received: Received[] = [];
  private server: Server | null = null;
  port = 0;

  constructor(
    private readonly handle: Handler,
    private readonly errorBody: (status: number) => unknown,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Texts received, across requests. */
  get texts(): string[] {
    return this.received.flatMap((r) => r.texts);
  }

  get characters(): number {
    return this.texts.reduce((n, t) => n + Array.from(t).length, 0);
  }

  reset(): void {
    this.received.length = 0;
    this.mode = { kind: "ok" };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => {
        raw += c;
      });
      req.on("end", () => {
        let body: unknown = raw;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          // form bodies and the like stay as text
        }
        const record: Received = {
          path: req.url ?? "",
          method: req.method ?? "",
          headers: req.headers,
          body,
          texts: [],
        };
        this.received.push(record);
        if (this.mode.kind === "status") {
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (this.mode.retryAfter) headers["retry-after"] = this.mode.retryAfter;
          res.writeHead(this.mode.status, headers).end(JSON.stringify(this.errorBody(this.mode.status)));
          return;
        }
        if (this.mode.kind === "garbage") {
          res
            .writeHead(200, { "content-type": "application/json" })
            .end(JSON.stringify({ unexpected: true }));
          return;
        }
        const r = this.handle(req, body, res);
        if (r) record.texts = r.texts;
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening: connections are refused until start() again (same port). */
  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** LibreTranslate: POST /translate {q, source, target, format, api_key} → {translatedText}; errors {error}. */
export function fakeLibreTranslate(opts: { apiKey?: string } = {}): FakeProvider {
  return new FakeProvider(
    (req, body, res) => {
      if (req.method !== "POST" || req.url !== "/translate") {
        json(res, 404, { error: "Not Found" });
        return undefined;
      }
      const b = body as {
        q?: string | string[];
        source?: string;
        target?: string;
        format?: string;
        api_key?: string;
      };
      if (opts.apiKey && b.api_key !== opts.apiKey) {
        json(res, 403, { error: "Invalid API key" });
        return undefined;
      }
      if (b.q === undefined || !b.target) {
        json(res, 400, { error: "Invalid request: missing q parameter" });
        return undefined;
      }
      const texts = typeof b.q === "string" ? [b.q] : b.q;
      // Argos translates what is inside every element, translate="no" or not.
      const out = texts.map((t) => fakeTranslateHtml(t, { keepNoTranslate: false }));
      json(res, 200, { translatedText: typeof b.q === "string" ? out[0] : out });
      return { texts };
    },
    (status) => ({
      error:
        status === 429
          ? "Too many request limits violations"
          : status === 403
            ? "Invalid API key"
            : "Translation error",
    }),
  );
}

interface DeepLGlossary {
  id: string;
  source: string;
  target: string;
  entries: [string, string][];
}

/** DeepL v2: /v2/translate, /v2/glossaries, /v2/glossary-language-pairs; `Authorization: DeepL-Auth-Key`. */
export function fakeDeepL(opts: {
  key: string;
  pairs?: [string, string][];
  applyGlossary?: boolean;
}): FakeProvider & { glossaries: Map<string, DeepLGlossary> } {
  const glossaries = new Map<string, DeepLGlossary>();
  let next = 1;
  const pairs = opts.pairs ?? [
    ["ar", "en"],
    ["en", "ar"],
    ["de", "en"],
  ];
  const fake = new FakeProvider(
    (req, body, res) => {
      if (req.headers.authorization !== `DeepL-Auth-Key ${opts.key}`) {
        json(res, 403, { message: "Authorization failed" });
        return undefined;
      }
      const url = req.url ?? "";
      if (req.method === "GET" && url === "/v2/glossary-language-pairs") {
        json(res, 200, { supported_languages: pairs.map(([s, t]) => ({ source_lang: s, target_lang: t })) });
        return undefined;
      }
      if (req.method === "POST" && url === "/v2/glossaries") {
        const b = body as {
          name?: string;
          source_lang?: string;
          target_lang?: string;
          entries?: string;
          entries_format?: string;
        };
        const entries = (b.entries ?? "")
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split("\t") as [string, string]);
        if (!b.name || !b.source_lang || !b.target_lang || entries.some((e) => e.length !== 2)) {
          json(res, 400, { message: "Invalid glossary entries provided" });
          return undefined;
        }
        const id = `gl-${next++}`;
        glossaries.set(id, { id, source: b.source_lang, target: b.target_lang, entries });
        json(res, 201, {
          glossary_id: id,
          name: b.name,
          ready: true,
          source_lang: b.source_lang,
          target_lang: b.target_lang,
          creation_time: "2021-02-19T10:26:00.000Z",
          entry_count: entries.length,
        });
        return undefined;
      }
      const del = /^\/v2\/glossaries\/([^/]+)$/.exec(url);
      if (req.method === "DELETE" && del) {
        const existed = glossaries.delete(decodeURIComponent(del[1]!));
        if (existed) res.writeHead(204).end();
        else json(res, 404, { message: "Not found" });
        return undefined;
      }
      if (req.method === "POST" && url === "/v2/translate") {
        const b = body as {
          text?: string[];
          target_lang?: string;
          source_lang?: string;
          tag_handling?: string;
          glossary_id?: string;
        };
        if (!Array.isArray(b.text) || !b.target_lang) {
          json(res, 400, { message: "Value for 'target_lang' not supported." });
          return undefined;
        }
        let glossary: [string, string][] = [];
        if (b.glossary_id) {
          const g = glossaries.get(b.glossary_id);
          if (!g || !b.source_lang) {
            json(res, 400, { message: "Invalid glossary_id" });
            return undefined;
          }
          // applyGlossary false plays a glossary that did not take (a term DeepL did not recognise).
          glossary = opts.applyGlossary === false ? [] : g.entries;
        }
        const html = b.tag_handling === "html";
        const translations = b.text.map((t) => ({
          detected_source_language: (b.source_lang ?? "AR").toUpperCase(),
          text: html
            ? fakeTranslateHtml(t, { keepNoTranslate: true, glossary })
            : fakeTranslateHtml(t, { keepNoTranslate: false, glossary }),
        }));
        json(res, 200, { translations });
        return { texts: b.text };
      }
      json(res, 404, { message: "Not found" });
      return undefined;
    },
    (status) => ({
      message: status === 456 ? "Quota Exceeded" : status === 429 ? "Too many requests" : "Internal error",
    }),
  );
  return Object.assign(fake, { glossaries });
}

/** OpenAI-compatible chat completions: POST /v1/chat/completions with a Bearer key. */
export function fakeOpenAi(opts: {
  key: string;
  reply?: (content: string) => { content: string | null; finish_reason?: string };
}): FakeProvider {
  return new FakeProvider(
    (req, body, res) => {
      if (req.headers.authorization !== `Bearer ${opts.key}`) {
        json(res, 401, {
          error: {
            message: "Incorrect API key provided.",
            type: "invalid_request_error",
            param: null,
            code: "invalid_api_key",
          },
        });
        return undefined;
      }
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        json(res, 404, { error: { message: "Not found", type: "invalid_request_error" } });
        return undefined;
      }
      const b = body as { model?: string; messages?: { role: string; content: string }[] };
      const user = b.messages?.find((m) => m.role === "user")?.content ?? "";
      const system = b.messages?.find((m) => m.role === "system")?.content ?? "";
      const keep = system.includes('translate="no"');
      const r = opts.reply
        ? opts.reply(user)
        : { content: fakeTranslateHtml(user, { keepNoTranslate: keep }), finish_reason: "stop" };
      json(res, 200, {
        id: "chatcmpl-test",
        object: "chat.completion",
        created: 1613730360,
        model: b.model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: r.content },
            finish_reason: r.finish_reason ?? "stop",
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
      return { texts: [user] };
    },
    (status) => ({
      error: {
        message:
          status === 429
            ? "Rate limit reached for requests"
            : "The server had an error while processing your request.",
        type: status === 429 ? "requests" : "server_error",
        param: null,
        code: status === 429 ? "rate_limit_exceeded" : null,
      },
    }),
  );
}

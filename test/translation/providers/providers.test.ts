// Each provider adapter against a local server speaking that provider's documented format, errors and
// rate-limit answers included. Keys must never appear in an error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deepl, deeplTarget } from "../../../src/translation/providers/deepl.js";
import { retryAfterSeconds } from "../../../src/translation/providers/http.js";
import { libreTranslate } from "../../../src/translation/providers/libretranslate.js";
import { openAi } from "../../../src/translation/providers/openai.js";
import { TranslatorError } from "../../../src/translation/providers/translator-error.js";
import type { Translator } from "../../../src/translation/providers/types.js";
import { type FakeProvider, fakeDeepL, fakeLibreTranslate, fakeOpenAi } from "../fake-providers.js";

const KEY = "sk-test-0123456789-secret";
const req = (...wires: string[]) => ({
  source: "ar",
  target: "en",
  texts: wires.map((wire) => ({ wire, kind: "paragraph" as const })),
});

async function failure(t: Translator, r = req("العراق")): Promise<TranslatorError> {
  try {
    await t.translate(r);
  } catch (e) {
    expect(e).toBeInstanceOf(TranslatorError);
    expect((e as Error).message).not.toContain(KEY);
    return e as TranslatorError;
  }
  throw new Error("expected a failure");
}

/** Error and rate-limit answers every provider shares, and a refused connection. */
function commonFailures(get: () => { fake: FakeProvider; t: Translator }) {
  it("sorts 5xx as unavailable, 429 as a rate limit with its Retry-After, and a bad body as a bad reply", async () => {
    const { fake, t } = get();
    fake.mode = { kind: "status", status: 503 };
    expect((await failure(t)).kind).toBe("unavailable");
    fake.mode = { kind: "status", status: 500 };
    expect((await failure(t)).kind).toBe("unavailable");
    fake.mode = { kind: "status", status: 429, retryAfter: "7" };
    const limited = await failure(t);
    expect(limited.kind).toBe("rate_limited");
    expect(limited.opts.retryAfterSeconds).toBe(7);
    expect(limited.transient).toBe(true);
    fake.mode = { kind: "garbage" };
    expect((await failure(t)).kind).toBe("bad_reply");
  });

  it("reports a refused connection as unavailable", async () => {
    const { fake, t } = get();
    await fake.stop();
    try {
      expect((await failure(t)).kind).toBe("unavailable");
    } finally {
      await fake.start();
    }
  });
}

describe("LibreTranslate adapter", () => {
  const fake = fakeLibreTranslate({ apiKey: KEY });
  let t: Translator;
  beforeAll(async () => {
    await fake.start();
    t = libreTranslate({ url: fake.url, key: KEY });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it("sends a batch as q[] with format html and the api_key, and reads translatedText[]", async () => {
    const out = await t.translate(req('<em id="m1">العراق</em>', "بغداد"));
    expect(out).toEqual(['<em id="m1">Iraq</em>', "Baghdad"]);
    expect(fake.received[0]?.body).toEqual({
      q: ['<em id="m1">العراق</em>', "بغداد"],
      source: "ar",
      target: "en",
      format: "html",
      api_key: KEY,
    });
  });

  it("says no to a wrong key with 403 {error}, without repeating the key", async () => {
    const wrong = libreTranslate({ url: fake.url, key: `${KEY}-wrong` });
    const e = await failure(wrong);
    expect(e.kind).toBe("rejected");
    expect(e.message).toBe("libretranslate answered 403: Invalid API key");
    expect(e.transient).toBe(false);
  });

  it("answers 429 {error} when limits are violated", async () => {
    fake.mode = { kind: "status", status: 429 };
    const e = await failure(t);
    expect(e.message).toContain("Too many request limits violations");
  });

  commonFailures(() => ({ fake, t }));
});

describe("DeepL adapter", () => {
  const fake = fakeDeepL({ key: KEY });
  let t: Translator;
  beforeAll(async () => {
    await fake.start();
    t = deepl({ key: KEY, url: fake.url });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it("sends text[] with the DeepL-Auth-Key header, tag_handling html and DeepL's language codes", async () => {
    const out = await t.translate(
      req('<strong id="m1">العراق</strong>', 'في <span translate="no" id="k1">بغداد</span>'),
    );
    // DeepL leaves translate="no" content alone (its HTML handling).
    expect(out).toEqual(['<strong id="m1">Iraq</strong>', 'in <span translate="no" id="k1">بغداد</span>']);
    const r = fake.received[0]!;
    expect(r.path).toBe("/v2/translate");
    expect(r.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(r.body).toMatchObject({ target_lang: "EN-US", source_lang: "AR", tag_handling: "html" });
    expect(deeplTarget("pt-br")).toBe("PT-BR");
    expect(deeplTarget("zh")).toBe("ZH-HANS");
    expect(deeplTarget("fr")).toBe("FR");
  });

  it("creates, uses and deletes glossaries through /v2/glossaries", async () => {
    const g = t.glossaries!;
    expect(await g.supports("ar", "en")).toBe(true);
    expect(await g.supports("fa", "en")).toBe(false);
    const id = await g.create("test", "ar", "en", [{ source: "ستولتنبرغ", target: "Jens Stoltenberg" }]);
    expect(fake.glossaries.get(id)?.entries).toEqual([["ستولتنبرغ", "Jens Stoltenberg"]]);
    const out = await t.translate({ ...req("قال ستولتنبرغ"), glossaryId: id });
    expect(out[0]).toContain("Jens Stoltenberg");
    expect(fake.received.at(-1)?.body).toMatchObject({ glossary_id: id, source_lang: "AR" });
    await g.remove(id);
    expect(fake.glossaries.has(id)).toBe(false);
    await g.remove(id); // already gone: fine
  });

  it("tells a used-up quota (456) and a wrong key (403) apart", async () => {
    fake.mode = { kind: "status", status: 456 };
    const quota = await failure(t);
    expect(quota.kind).toBe("quota");
    expect(quota.message).toContain("Quota Exceeded");
    fake.reset();
    const e = await failure(deepl({ key: `${KEY}x`, url: fake.url }));
    expect(e.kind).toBe("rejected");
    expect(e.opts.status).toBe(403);
  });

  it("uses the free API for :fx keys", async () => {
    const { deeplBaseUrl } = await import("../../../src/translation/providers/deepl.js");
    expect(deeplBaseUrl("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deeplBaseUrl("abc")).toBe("https://api.deepl.com");
  });

  commonFailures(() => ({ fake, t }));
});

describe("OpenAI-compatible adapter", () => {
  const fake = fakeOpenAi({ key: KEY });
  let t: Translator;
  beforeAll(async () => {
    await fake.start();
    t = openAi({ key: KEY, url: `${fake.url}/v1`, model: "test-model" });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it("sends one chat completion per unit with a translator's instructions, and reads choices[0]", async () => {
    const out = await t.translate({
      source: "ar",
      target: "en",
      texts: [
        { wire: "بغداد", kind: "dateline" },
        { wire: '<em id="m1">العراق</em>', kind: "paragraph" },
      ],
    });
    expect(out).toEqual(["Baghdad", '<em id="m1">Iraq</em>']);
    expect(fake.received).toHaveLength(2);
    const body = fake.received[0]!.body as { model: string; messages: { role: string; content: string }[] };
    expect(fake.received[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(body.model).toBe("test-model");
    expect(body.messages[0]?.content).toContain("from Arabic into English");
    expect(body.messages[0]?.content).toContain("dateline");
    expect(body.messages[1]).toEqual({ role: "user", content: "بغداد" });
  });

  it("refuses a wrong key with 401 {error:{message}}", async () => {
    const e = await failure(openAi({ key: "sk-wrong-key-000", url: fake.url }));
    expect(e.kind).toBe("rejected");
    expect(e.message).toBe("openai answered 401: Incorrect API key provided.");
  });

  it("takes an answer wrapped in a code fence, and refuses one cut off or empty", async () => {
    const fenced = fakeOpenAi({ key: KEY, reply: () => ({ content: "```html\nIraq\n```" }) });
    await fenced.start();
    const cut = fakeOpenAi({ key: KEY, reply: () => ({ content: "Ira", finish_reason: "length" }) });
    await cut.start();
    const empty = fakeOpenAi({ key: KEY, reply: () => ({ content: null }) });
    await empty.start();
    try {
      expect(await openAi({ key: KEY, url: fenced.url }).translate(req("العراق"))).toEqual(["Iraq"]);
      expect((await failure(openAi({ key: KEY, url: cut.url }))).kind).toBe("bad_reply");
      expect((await failure(openAi({ key: KEY, url: empty.url }))).kind).toBe("bad_reply");
    } finally {
      await Promise.all([fenced.stop(), cut.stop(), empty.stop()]);
    }
  });

  commonFailures(() => ({ fake, t }));
});

describe("Retry-After", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterSeconds("120")).toBe(120);
    expect(retryAfterSeconds("Fri, 19 Feb 2021 10:27:00 GMT", Date.UTC(2021, 1, 19, 10, 26))).toBe(60);
    expect(retryAfterSeconds("soon")).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});

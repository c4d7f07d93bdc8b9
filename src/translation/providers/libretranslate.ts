// LibreTranslate (https://libretranslate.com/docs): POST /translate with JSON {q, source, target, format,
// api_key}. q may be a list, answered by a list in translatedText. format "html" makes it translate text
// nodes and keep the tags. Errors come as {"error": "…"}: 400 bad input, 403 bad or missing key,
// 429 too many requests, 500 translation failed.
import { z } from "zod";
import { primaryLanguage } from "../languages.js";
import { badReply, requestJson } from "./http.js";
import type { TranslateRequest, Translator } from "./types.js";

const Reply = z.object({ translatedText: z.union([z.string(), z.array(z.string())]) });

/** LibreTranslate's default address when run locally (`libretranslate` listens on port 5000). */
export const LIBRETRANSLATE_DEFAULT_URL = "http://127.0.0.1:5000";

export interface LibreTranslateOptions {
  url?: string;
  key?: string;
  timeoutMs?: number;
}

/** Argos models are keyed by bare language codes, except the two Chinese scripts. */
function libreCode(tag: string): string {
  if (tag === "auto") return "auto";
  if (tag === "zh-hant" || tag === "zh-tw") return "zt";
  return primaryLanguage(tag);
}

export function libreTranslate(opts: LibreTranslateOptions = {}): Translator {
  const base = (opts.url ?? LIBRETRANSLATE_DEFAULT_URL).replace(/\/+$/, "");
  const http = { provider: "libretranslate", secrets: [opts.key], timeoutMs: opts.timeoutMs ?? 60_000 };
  return {
    name: "libretranslate",
    maxBatch: 25,
    async translate(req: TranslateRequest): Promise<string[]> {
      const { body } = await requestJson(
        `${base}/translate`,
        {
          method: "POST",
          body: {
            q: req.texts.map((t) => t.wire),
            source: libreCode(req.source),
            target: libreCode(req.target),
            format: "html",
            ...(opts.key ? { api_key: opts.key } : {}),
          },
        },
        http,
      );
      const parsed = Reply.safeParse(body);
      if (!parsed.success) throw badReply("libretranslate", "no translatedText");
      const out = parsed.data.translatedText;
      const list = typeof out === "string" ? [out] : out;
      if (list.length !== req.texts.length)
        throw badReply("libretranslate", `${list.length} translations for ${req.texts.length} texts`);
      return list;
    },
  };
}

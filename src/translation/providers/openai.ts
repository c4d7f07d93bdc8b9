// OpenAI-compatible chat completions (https://platform.openai.com/docs/api-reference/chat): POST
// /v1/chat/completions with `Authorization: Bearer <key>`, JSON {model, messages, temperature};
// answers {choices: [{message: {role, content}, finish_reason}]}. Errors: {"error": {message, type, code}}
// with 401 bad key, 429 rate limit or quota, 5xx. Many servers speak it (Ollama, vLLM, llama.cpp), so
// the address is configurable. One unit per request: the reply is the unit, nothing to split apart.
import { z } from "zod";
import { displayTag } from "../languages.js";
import { badReply, requestJson } from "./http.js";
import type { TranslateRequest, Translator, UnitKind } from "./types.js";

const Reply = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

export const OPENAI_DEFAULT_URL = "https://api.openai.com";
export const OPENAI_DEFAULT_MODEL = "gpt-4o-mini";

export interface OpenAiOptions {
  key: string;
  url?: string;
  model?: string;
  timeoutMs?: number;
}

const UNIT_NOTE: Readonly<Record<UnitKind, string>> = {
  headline: "It is the headline of a news article: translate it as a headline.",
  dateline:
    "It is a dateline: the name of a place or of a news outlet. Give its usual name in the target language.",
  paragraph: "It is one paragraph of a news article.",
};

function languageName(tag: string): string {
  if (tag === "auto") return "its original language";
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(displayTag(tag)) ?? tag;
  } catch {
    return tag;
  }
}

export function systemPrompt(source: string, target: string, kind: UnitKind): string {
  return [
    `You translate news from ${languageName(source)} into ${languageName(target)}.`,
    "The user message is an HTML fragment. Translate its text faithfully, in the register of a news agency.",
    "Keep every HTML tag with its attributes exactly as given, around the words it marks.",
    'Copy the content of every element with translate="no" unchanged.',
    "Do not add notes, quotes or explanations. Reply with the translated fragment only.",
    UNIT_NOTE[kind],
  ].join("\n");
}

/** Models sometimes wrap the answer in a Markdown code fence despite the instructions. */
function unfence(text: string): string {
  const m = /^\s*```[a-z]*\n([\s\S]*?)\n```\s*$/i.exec(text);
  return (m ? m[1]! : text).trim();
}

export function openAi(opts: OpenAiOptions): Translator {
  const base = (opts.url ?? OPENAI_DEFAULT_URL).replace(/\/+$/, "").replace(/\/v1$/, "");
  const http = { provider: "openai", secrets: [opts.key], timeoutMs: opts.timeoutMs ?? 120_000 };
  const model = opts.model ?? OPENAI_DEFAULT_MODEL;
  return {
    name: "openai",
    maxBatch: 1,
    async translate(req: TranslateRequest): Promise<string[]> {
      const out: string[] = [];
      for (const t of req.texts) {
        const { body } = await requestJson(
          `${base}/v1/chat/completions`,
          {
            method: "POST",
            headers: { authorization: `Bearer ${opts.key}` },
            body: {
              model,
              temperature: 0,
              messages: [
                { role: "system", content: systemPrompt(req.source, req.target, t.kind) },
                { role: "user", content: t.wire },
              ],
            },
          },
          http,
        );
        const parsed = Reply.safeParse(body);
        if (!parsed.success) throw badReply("openai", "no choices[0].message");
        const choice = parsed.data.choices[0]!;
        if (choice.message.content === null) throw badReply("openai", "empty message");
        if (choice.finish_reason === "length")
          throw badReply("openai", "the reply was cut off (finish_reason length)");
        out.push(unfence(choice.message.content));
      }
      return out;
    },
  };
}

// The webhook boundary: any JSON body → a validated update, or a clear error string. Never throws.
// Kinds per https://core.telegram.org/bots/api#update: `channel_post` (a new post) and `edited_channel_post`
// (a new version of a post; it can also fire for changes to fields Dateline ignores, so compare content).
import type { z } from "zod";
import { type BotMessage, updateSchema } from "./schemas.js";

export type UpdateKind = "post" | "edit" | "other";

export type ParsedUpdate =
  | { ok: true; updateId: number; kind: UpdateKind; message?: BotMessage }
  | { ok: false; error: string };

/** How many validation problems an error string lists before "and N more". */
const MAX_LISTED_ISSUES = 5;

export function parseUpdate(body: unknown): ParsedUpdate {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, error: `Update must be a JSON object, got ${describe(body)}` };
  }
  let result: ReturnType<typeof updateSchema.safeParse>;
  try {
    result = updateSchema.safeParse(body);
  } catch (e) {
    // A hostile object (throwing getters, proxies) must not take the webhook down.
    return { ok: false, error: `Update could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!result.success) return { ok: false, error: `Invalid update: ${formatIssues(result.error.issues)}` };
  const update = result.data;
  if (update.channel_post)
    return { ok: true, updateId: update.update_id, kind: "post", message: update.channel_post };
  if (update.edited_channel_post) {
    return { ok: true, updateId: update.update_id, kind: "edit", message: update.edited_channel_post };
  }
  return { ok: true, updateId: update.update_id, kind: "other" };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = issue.path.map(String).join(".");
    return `${path || "(root)"}: ${issue.message}`;
  });
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join("; ")}; and ${more} more` : listed.join("; ");
}

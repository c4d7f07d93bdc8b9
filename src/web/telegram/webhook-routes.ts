// POST /telegram/webhook: Telegram's deliveries (Bot API setWebhook). The secret token header is checked
// in constant time; the answer is 2xx only once the post is stored, so Telegram retries on failure.
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import type { Logger } from "../../shared/logger.js";
import type { UpdateHandler } from "../../sync/update-handler.js";
import { parseUpdate } from "../../telegram/bot/parse-update.js";

export const WEBHOOK_PATH = "/telegram/webhook";
const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Updates are small JSON documents; anything larger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  // Hash both sides to one length, so the comparison leaks neither content nor length.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function telegramWebhookRoutes(handler: UpdateHandler, secret: string, log: Logger): Hono {
  const app = new Hono();
  app.post(WEBHOOK_PATH, async (c) => {
    if (!sameSecret(c.req.header(SECRET_HEADER), secret)) {
      return c.json({ ok: false, error: "wrong or missing secret token" }, 401);
    }
    const text = await c.req.text();
    if (text.length > MAX_BODY_BYTES) return c.json({ ok: false, error: "body too large" }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return c.json({ ok: false, error: "body is not JSON" }, 400);
    }
    const update = parseUpdate(body);
    if (!update.ok) {
      log.warn("webhook: malformed update", { error: update.error });
      return c.json({ ok: false, error: update.error }, 400);
    }
    const outcome = await handler.handle(update);
    return c.json({ ok: true, outcome });
  });
  return app;
}

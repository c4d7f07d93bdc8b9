// A local Bot API server speaking Telegram's wire format (https://core.telegram.org/bots/api): method
// calls at /bot<token>/<method> answered {ok, result}, and file downloads at /file/bot<token>/<path>.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeBotApi {
  url: string;
  token: string;
  /** Method calls received, in order. */
  calls: { method: string; params: Record<string, unknown> }[];
  /** Updates served by getUpdates (those with update_id >= offset). */
  updates: Record<string, unknown>[];
  /** file_id → bytes */
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

export const FAKE_TOKEN = "123456:AAExampleExampleExampleExampleExample";

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}

export async function startFakeBotApi(token = FAKE_TOKEN): Promise<FakeBotApi> {
  const api: Omit<FakeBotApi, "url" | "close"> = { token, calls: [], updates: [], files: new Map() };
  let webhook = "";
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) {
      const bytes =
        fileMatch[1] === token
          ? api.files.get(decodeURIComponent(fileMatch[2]!).replace(/^files\//, ""))
          : undefined;
      if (!bytes) return send(404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      return res.end(bytes);
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!m) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    if (m[1] !== token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    const params = { ...Object.fromEntries(url.searchParams), ...(await body(req)) };
    api.calls.push({ method, params });
    switch (method) {
      case "getMe":
        return send(200, {
          ok: true,
          result: { id: 123456789, is_bot: true, first_name: "Dateline", username: "dateline_test_bot" },
        });
      case "getUpdates": {
        if (webhook) {
          return send(409, {
            ok: false,
            error_code: 409,
            description: "Conflict: can't use getUpdates method while webhook is active",
          });
        }
        const offset = Number(params.offset ?? 0);
        return send(200, { ok: true, result: api.updates.filter((u) => Number(u.update_id) >= offset) });
      }
      case "getFile": {
        const id = String(params.file_id);
        const bytes = api.files.get(id);
        if (!bytes)
          return send(400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
        return send(200, {
          ok: true,
          result: {
            file_id: id,
            file_unique_id: `u-${id}`,
            file_size: bytes.length,
            file_path: `files/${id}`,
          },
        });
      }
      case "setWebhook":
        webhook = String(params.url ?? "");
        return send(200, { ok: true, result: true, description: "Webhook was set" });
      case "deleteWebhook":
        webhook = "";
        return send(200, { ok: true, result: true });
      case "getWebhookInfo":
        return send(200, {
          ok: true,
          result: { url: webhook, has_custom_certificate: false, pending_update_count: 0 },
        });
      default:
        return send(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    ...api,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  } as FakeBotApi;
}

/** Real-shaped channel_post / edited_channel_post updates. */
export function channelPostUpdate(
  updateId: number,
  message: Record<string, unknown>,
  kind: "channel_post" | "edited_channel_post" = "channel_post",
): Record<string, unknown> {
  return { update_id: updateId, [kind]: message };
}

export const TEST_CHAT = { id: -1001234567890, title: "Riverside", username: "riverside", type: "channel" };

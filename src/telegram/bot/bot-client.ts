// The Bot API behind a thin adapter over grammY's Api. Two error kinds stay apart: Telegram said no
// (TELEGRAM_API) and the network failed (NETWORK). The token never appears in a message or a log line.
import { Api, GrammyError, HttpError } from "grammy";
import { DatelineError } from "../../shared/errors.js";
import { BOT_DOWNLOAD_LIMIT_BYTES } from "./map-message.js";

/** The updates Dateline asks for (Bot API, setWebhook/getUpdates allowed_updates). */
export const ALLOWED_UPDATES = ["channel_post", "edited_channel_post"] as const;
/** Long polling timeout: Telegram holds the request open up to this long when there is nothing new. */
export const POLL_TIMEOUT_SECONDS = 30;

export interface BotClientOptions {
  token: string;
  /** Default https://api.telegram.org; a self-hosted Bot API server or a test server. */
  apiRoot: string;
  fetch?: typeof fetch;
}

export interface RawUpdate {
  update_id: number;
  [key: string]: unknown;
}

export class BotClient {
  private readonly api: Api;

  constructor(private readonly opts: BotClientOptions) {
    this.api = new Api(opts.token, { apiRoot: opts.apiRoot, timeoutSeconds: POLL_TIMEOUT_SECONDS + 15 });
  }

  private scrub(text: string): string {
    return text.split(this.opts.token).join("<token>");
  }

  private fail(what: string, e: unknown): never {
    if (e instanceof GrammyError) {
      throw new DatelineError(
        "TELEGRAM_API",
        `Telegram refused ${what}: ${this.scrub(e.description)} (${e.error_code})`,
        {
          cause: e,
        },
      );
    }
    const reason =
      e instanceof HttpError
        ? String((e.error as Error)?.message ?? e.message)
        : String((e as Error)?.message ?? e);
    throw new DatelineError("NETWORK", `could not reach the Bot API for ${what}: ${this.scrub(reason)}`);
  }

  async getMe(): Promise<{ id: number; username: string }> {
    try {
      const me = await this.api.getMe();
      return { id: me.id, username: me.username };
    } catch (e) {
      this.fail("getMe", e);
    }
  }

  /** Long polling: updates after `offset` (confirming everything before it). Raw JSON objects. */
  async getUpdates(offset: number, signal?: AbortSignal): Promise<RawUpdate[]> {
    try {
      const updates = await this.api.getUpdates(
        { offset, timeout: POLL_TIMEOUT_SECONDS, allowed_updates: [...ALLOWED_UPDATES] },
        // grammY types its own AbortSignal shim; the runtime accepts the standard one.
        signal as Parameters<Api["getUpdates"]>[1],
      );
      return updates as unknown as RawUpdate[];
    } catch (e) {
      this.fail("getUpdates", e);
    }
  }

  async setWebhook(url: string, secretToken: string): Promise<void> {
    try {
      await this.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (e) {
      this.fail("setWebhook", e);
    }
  }

  async deleteWebhook(): Promise<void> {
    try {
      await this.api.deleteWebhook();
    } catch (e) {
      this.fail("deleteWebhook", e);
    }
  }

  async webhookInfo(): Promise<{ url: string; pendingUpdates: number; lastError: string | null }> {
    try {
      const info = await this.api.getWebhookInfo();
      return {
        url: info.url ?? "",
        pendingUpdates: info.pending_update_count,
        lastError: info.last_error_message ?? null,
      };
    } catch (e) {
      this.fail("getWebhookInfo", e);
    }
  }

  /** Downloads a file by id: getFile, then the file URL (Bot API "Downloading files"; 20 MB for bots). */
  async downloadFile(fileId: string): Promise<Buffer> {
    let path: string | undefined;
    try {
      const file = await this.api.getFile(fileId);
      if (file.file_size !== undefined && file.file_size > BOT_DOWNLOAD_LIMIT_BYTES) {
        throw new DatelineError("TELEGRAM_API", "file is larger than the Bot API's 20 MB download limit");
      }
      path = file.file_path;
    } catch (e) {
      if (e instanceof DatelineError) throw e;
      this.fail("getFile", e);
    }
    if (!path) throw new DatelineError("TELEGRAM_API", "Telegram gave no file path for this file");
    const url = `${this.opts.apiRoot.replace(/\/+$/, "")}/file/bot${this.opts.token}/${path}`;
    let res: Response;
    try {
      res = await (this.opts.fetch ?? fetch)(url);
    } catch (e) {
      throw new DatelineError(
        "NETWORK",
        `could not download a file from the Bot API: ${this.scrub(String((e as Error).message))}`,
      );
    }
    if (!res.ok) throw new DatelineError("TELEGRAM_API", `file download failed with HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}

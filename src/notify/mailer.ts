// Outgoing mail: plain text only, through SMTP when DATELINE_SMTP_URL is set, otherwise nowhere. Sends run
// in the background (a reader's request never waits on a mail server) and are tracked, so shutdown and tests
// can wait for them (idle()).
import nodemailer from "nodemailer";
import type { Logger } from "../shared/logger.js";
import { headerSafe } from "./defang.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  readonly enabled: boolean;
  /** Queues a message; failures are logged, never thrown at the caller. */
  send(message: MailMessage): void;
  /** Resolves when every queued message has been handed to the server (or failed). */
  idle(): Promise<void>;
}

export const noMail: Mailer = {
  enabled: false,
  send: () => {},
  idle: async () => {},
};

export interface SmtpOptions {
  url: string;
  from: string;
  log: Logger;
}

export function smtpMailer(opts: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport(opts.url);
  const pending = new Set<Promise<void>>();
  return {
    enabled: true,
    send(m) {
      const job = transport
        .sendMail({
          from: opts.from,
          to: m.to,
          subject: headerSafe(m.subject),
          text: m.text,
          headers: m.headers ?? {},
          // Plain text only: no HTML part a client could render, so no markup from a commenter can reach it.
          textEncoding: "quoted-printable",
        })
        .then(
          () => {},
          (e: unknown) => {
            // The address is personal data and the error may echo the server's reply; log neither in full.
            opts.log.warn("mail not sent", { error: (e as Error).message.slice(0, 200) });
          },
        );
      pending.add(job);
      void job.finally(() => pending.delete(job));
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

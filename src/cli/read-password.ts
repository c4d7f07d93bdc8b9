// Reading a password without it ever being a command-line argument (shell history, `ps`): from a terminal
// with echo off, or the first line of standard input (--password-stdin, for scripts).
import type { Readable, Writable } from "node:stream";

/** The first line of a stream (a trailing CR/LF removed). */
export async function readFirstLine(input: Readable): Promise<string> {
  let data = "";
  for await (const chunk of input) {
    data += typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    const nl = data.indexOf("\n");
    if (nl >= 0) return data.slice(0, nl).replace(/\r$/, "");
    if (data.length > 4096) break;
  }
  return data.replace(/\r?\n?$/, "");
}

interface TtyInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Asks on the terminal with echo off; rejects on Ctrl-C or Ctrl-D. */
export function promptHidden(question: string, input: TtyInput, output: Writable): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!input.isTTY || !input.setRawMode) {
      reject(new Error("no terminal to ask for the password on: pipe it in with --password-stdin"));
      return;
    }
    output.write(question);
    input.setRawMode(true);
    input.resume();
    let value = "";
    const done = (err: Error | null) => {
      input.setRawMode?.(false);
      input.pause();
      input.off("data", onData);
      output.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of typeof chunk === "string" ? chunk : chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done(null);
        if (ch === "\u0003" || ch === "\u0004") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    input.on("data", onData);
  });
}

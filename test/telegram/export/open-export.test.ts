import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openExport } from "../../../src/telegram/export/index.js";
import { exportText, writeExport } from "./sample-export.js";

describe("openExport", () => {
  it("accepts the export folder or its result.json", async () => {
    const file = await writeExport(exportText([]));
    const folder = path.dirname(file);
    const expected = { resultJson: file, baseDir: folder, totalBytes: Buffer.byteLength(exportText([])) };
    expect(await openExport(folder)).toEqual(expected);
    expect(await openExport(file)).toEqual(expected);
  });

  it("says what to do when there is no result.json", async () => {
    const folder = path.dirname(await writeExport("{}"));
    const empty = path.join(folder, "empty");
    await mkdir(empty);
    await expect(openExport(empty)).rejects.toMatchObject({
      exportCode: "EXPORT_NOT_FOUND",
      message: expect.stringMatching(/has no result\.json: export the channel from Telegram Desktop/),
    });
    await expect(openExport(path.join(folder, "nowhere"))).rejects.toMatchObject({
      exportCode: "EXPORT_NOT_FOUND",
      message: expect.stringMatching(/does not exist/),
    });
  });

  it("recognizes an HTML export", async () => {
    const folder = path.join(path.dirname(await writeExport("{}")), "html-export");
    await mkdir(folder);
    await writeFile(path.join(folder, "messages.html"), "<html></html>");
    await expect(openExport(folder)).rejects.toThrow(/holds an HTML export: .*"Machine-readable JSON"/);
  });
});

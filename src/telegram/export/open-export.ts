// openExport: from what the user points at (the export folder, or its result.json) to the file to read.
import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { ExportFormatError } from "./export-format-error.js";
import type { OpenedExport } from "./types.js";

const RESULT_JSON = "result.json";
/** What Telegram Desktop writes instead of result.json when the format chosen was HTML. */
const HTML_EXPORT_PAGE = "messages.html";

export async function openExport(pathToFolderOrResultJson: string): Promise<OpenedExport> {
  const target = path.resolve(pathToFolderOrResultJson);
  const found = await statOrNull(target);
  if (found === null) {
    throw notFound(
      `${pathToFolderOrResultJson} does not exist: pass the folder Telegram Desktop exported the channel to, or its ${RESULT_JSON}`,
    );
  }
  if (found.isFile()) return { resultJson: target, baseDir: path.dirname(target), totalBytes: found.size };

  const resultJson = path.join(target, RESULT_JSON);
  const file = await statOrNull(resultJson);
  if (file?.isFile()) return { resultJson, baseDir: target, totalBytes: file.size };
  const isHtmlExport = (await statOrNull(path.join(target, HTML_EXPORT_PAGE))) !== null;
  throw notFound(
    isHtmlExport
      ? `${pathToFolderOrResultJson} holds an HTML export: export the channel again choosing the format "Machine-readable JSON"`
      : `${pathToFolderOrResultJson} has no ${RESULT_JSON}: export the channel from Telegram Desktop ("Export chat history", format "Machine-readable JSON") and pass that folder`,
  );
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if (error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR"))
      return null;
    throw error;
  }
}

function notFound(message: string): ExportFormatError {
  return new ExportFormatError(message, { exportCode: "EXPORT_NOT_FOUND" });
}

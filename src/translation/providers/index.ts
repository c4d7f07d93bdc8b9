// Translation providers, the package face: the provider named in the configuration (or null when
// translation is off), the contract every provider meets, and the error they throw.
import type { Config } from "../../config/schema.js";
import { deepl } from "./deepl.js";
import { libreTranslate } from "./libretranslate.js";
import { openAi } from "./openai.js";
import type { Translator } from "./types.js";

export function createTranslator(config: Config["translator"]): Translator | null {
  const url = config.url !== undefined ? { url: config.url } : {};
  switch (config.provider) {
    case "libretranslate":
      return libreTranslate({ ...url, ...(config.key !== undefined ? { key: config.key } : {}) });
    case "deepl":
      return deepl({ key: config.key ?? "", ...url });
    case "openai":
      return openAi({
        key: config.key ?? "",
        ...url,
        ...(config.model !== undefined ? { model: config.model } : {}),
      });
    default:
      return null;
  }
}

export { isTranslatorError, TranslatorError, type TranslatorErrorKind } from "./translator-error.js";
export type { ProviderGlossaries, ProviderName, TranslateRequest, Translator, UnitKind } from "./types.js";

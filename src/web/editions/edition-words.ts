// The words edition pages add to the interface, in the editions' languages (English for any other, with
// the element marked lang="en").
import type { Direction } from "../../articles/types.js";

export interface EditionText {
  lang: string;
  dir: Direction;
  machineTranslated: (language: string) => string;
  readOriginal: string;
  outdated: string;
  languages: string;
  latestNews: string;
  archive: (label: string) => string;
}

const en: EditionText = {
  lang: "en",
  dir: "ltr",
  machineTranslated: (l) => `This article was translated by machine from ${l}.`,
  readOriginal: "Read the original",
  outdated: "The original has been updated since this translation was made; a new translation will follow.",
  languages: "Languages",
  latestNews: "Latest news",
  archive: (label) => `Archive: ${label}`,
};

const ar: EditionText = {
  lang: "ar",
  dir: "rtl",
  machineTranslated: (l) => `تُرجم هذا المقال آليًا من ${l}.`,
  readOriginal: "اقرأ النص الأصلي",
  outdated: "حُدّث النص الأصلي بعد هذه الترجمة، وستتبعه ترجمة جديدة.",
  languages: "اللغات",
  latestNews: "آخر الأخبار",
  archive: (label) => `الأرشيف: ${label}`,
};

const fa: EditionText = {
  lang: "fa",
  dir: "rtl",
  machineTranslated: (l) => `این مطلب به‌صورت ماشینی از ${l} ترجمه شده است.`,
  readOriginal: "متن اصلی را بخوانید",
  outdated: "متن اصلی پس از این ترجمه به‌روز شده است؛ ترجمه تازه به‌زودی می‌آید.",
  languages: "زبان‌ها",
  latestNews: "آخرین خبرها",
  archive: (label) => `بایگانی: ${label}`,
};

const ru: EditionText = {
  lang: "ru",
  dir: "ltr",
  machineTranslated: (l) => `Эта статья переведена машинным переводом (язык оригинала: ${l}).`,
  readOriginal: "Читать оригинал",
  outdated: "Оригинал изменён после перевода; новый перевод скоро появится.",
  languages: "Языки",
  latestNews: "Последние новости",
  archive: (label) => `Архив: ${label}`,
};

const catalog: Readonly<Record<string, EditionText>> = { en, ar, fa, ru };

export function editionText(language: string): EditionText {
  return catalog[language.toLowerCase().split("-")[0] ?? ""] ?? en;
}

// "3 comments": the published count shown in article bylines and listing items, in the site's language when
// it is one the comment section speaks (English otherwise), with CLDR plural rules.

type PluralForms = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & {
  other: (n: string) => string;
};

const COUNT: Record<string, { dir: "ltr" | "rtl"; forms: PluralForms }> = {
  en: { dir: "ltr", forms: { one: (n) => `${n} comment`, other: (n) => `${n} comments` } },
  ar: {
    dir: "rtl",
    forms: {
      zero: () => "لا تعليقات",
      one: () => "تعليق واحد",
      two: () => "تعليقان",
      few: (n) => `${n} تعليقات`,
      many: (n) => `${n} تعليقًا`,
      other: (n) => `${n} تعليق`,
    },
  },
  fa: { dir: "rtl", forms: { other: (n) => `${n} دیدگاه` } },
  ru: {
    dir: "ltr",
    forms: {
      one: (n) => `${n} комментарий`,
      few: (n) => `${n} комментария`,
      many: (n) => `${n} комментариев`,
      other: (n) => `${n} комментария`,
    },
  },
};

export interface CountLabel {
  label: string;
  lang: string;
  dir: "ltr" | "rtl";
}

/** "3 comments" in `language` when the site speaks it, else in English. */
export function commentCountLabel(count: number, language: string): CountLabel {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  const lang = primary in COUNT ? primary : "en";
  const entry = COUNT[lang]!;
  const rule = new Intl.PluralRules(lang).select(count);
  const n = new Intl.NumberFormat(lang === "fa" || lang === "ar" ? `${lang}-u-nu-latn` : lang).format(count);
  return { label: (entry.forms[rule] ?? entry.forms.other)(n), lang, dir: entry.dir };
}

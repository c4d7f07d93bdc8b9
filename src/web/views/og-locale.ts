// og:locale wants language_TERRITORY (https://ogp.me/#optional); our articles carry bare BCP 47 tags.

/** The territory Facebook's locale list pairs with each language we commonly see; "ar_AR" is its pan-Arab one. */
const DEFAULT_TERRITORY: Readonly<Record<string, string>> = {
  ar: "AR",
  en: "US",
  fa: "IR",
  ru: "RU",
  uk: "UA",
  tr: "TR",
  ku: "TR",
  he: "IL",
  ur: "PK",
  fr: "FR",
  de: "DE",
  es: "ES",
};

/** "en-GB" → "en_GB", "ar" → "ar_AR", an unknown bare language → itself. */
export function ogLocale(language: string): string {
  const [lang = "", region] = language.split("-");
  const primary = lang.toLowerCase();
  if (region && /^[a-z]{2}$/i.test(region)) return `${primary}_${region.toUpperCase()}`;
  const territory = DEFAULT_TERRITORY[primary];
  return territory ? `${primary}_${territory}` : primary;
}

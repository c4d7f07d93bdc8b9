import { describe, expect, it } from "vitest";
import { detectLanguage, detectLanguageOfParts, directionOf } from "../../src/articles/language.js";
import { randomTexts } from "./test-strings.js";

describe("detectLanguage", () => {
  it("tells Arabic from Persian and Urdu by their own letters", () => {
    expect(detectLanguage("قالت وزارة الصحة إن المستشفى سيفتح أبوابه غدا", "en")).toBe("ar");
    expect(detectLanguage("وزارت بهداشت گفت که بیمارستان فردا باز می‌شود", "ar")).toBe("fa");
    expect(detectLanguage("وزارت صحت نے کہا کہ ہسپتال کل کھلے گا", "ar")).toBe("ur");
  });

  it("tells Ukrainian from Russian", () => {
    expect(detectLanguage("Міністерство повідомило про відкриття лікарні", "ru")).toBe("uk");
    expect(detectLanguage("Министерство сообщило об открытии больницы", "uk")).toBe("ru");
  });

  it("recognizes Hebrew and Latin", () => {
    expect(detectLanguage("המשרד הודיע על פתיחת בית החולים", "en")).toBe("he");
    expect(detectLanguage("The ministry announced the hospital will open", "ar")).toBe("en");
  });

  it("keeps the channel's language for Latin text when the channel writes another Latin language", () => {
    expect(detectLanguage("Le ministère a annoncé l'ouverture de l'hôpital", "fr")).toBe("fr");
    expect(detectLanguage("Wezaret ragehand ku nexweşxane vedibe", "ku")).toBe("ku");
  });

  it("ignores links, hashtags and mentions when counting letters", () => {
    const text = "عاجل https://example.com/very/long/english/path/here #breaking_news_today @people_channel";
    expect(detectLanguage(text, "en")).toBe("ar");
  });

  it("follows the majority script in mixed text", () => {
    expect(detectLanguage("قال المتحدث باسم الحكومة إن اجتماع NATO سيعقد الأسبوع المقبل", "en")).toBe("ar");
  });

  it("falls back to the channel's language without letters", () => {
    expect(detectLanguage("🔴 2024 🔴", "ar")).toBe("ar");
    expect(detectLanguage("", "en")).toBe("en");
  });

  it("uses the channel's language when Arabic-script letters do not decide", () => {
    expect(detectLanguage("باران", "fa")).toBe("fa");
    expect(detectLanguage("سەرۆک وەزیران گوتی", "ckb")).toBe("ckb");
  });
});

describe("directionOf", () => {
  it("is rtl for Arabic, Persian, Hebrew and Urdu, with or without a region", () => {
    for (const language of ["ar", "fa", "he", "ur", "ar-IQ"]) expect(directionOf(language)).toBe("rtl");
    for (const language of ["en", "ru", "fr"]) expect(directionOf(language)).toBe("ltr");
  });
});

/** detectLanguage as first written, with regexes over the whole text: the fast scan must agree with it. */
function byDefinition(text: string, channelLanguage: string): string {
  const notProse = /(?:https?:\/\/|www\.|tg:\/\/)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{M}\p{N}_]+|\bt\.me\/\S*/giu;
  const count = (letters: string, pattern: RegExp) => letters.match(pattern)?.length ?? 0;
  const arabic = (letters: string) => {
    if (/[ٹڈڑںے]/u.test(letters)) return "ur";
    const persian = count(letters, /[پچژگکی]/gu);
    const arabicOnly = count(letters, /[ةيكى]/gu);
    return persian === arabicOnly ? null : persian > arabicOnly ? "fa" : "ar";
  };
  const none = () => null;
  const rules: [RegExp, string[], string[], (letters: string) => string | null][] = [
    [/\p{Script=Arabic}/gu, ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"], ["ar", "fa", "ur"], arabic],
    [
      /\p{Script=Cyrillic}/gu,
      ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
      ["ru", "uk"],
      (letters) => (/[іїєґІЇЄҐ]/u.test(letters) ? "uk" : "ru"),
    ],
    [/\p{Script=Hebrew}/gu, ["he", "yi"], [], none],
    [/\p{Script=Greek}/gu, ["el"], [], none],
    [/\p{Script=Armenian}/gu, ["hy"], [], none],
    [/\p{Script=Georgian}/gu, ["ka"], [], none],
    [/\p{Script=Devanagari}/gu, ["hi", "mr", "ne"], [], none],
    [/\p{Script=Bengali}/gu, ["bn", "as"], [], none],
    [/\p{Script=Thai}/gu, ["th"], [], none],
    [/\p{Script=Hangul}/gu, ["ko"], [], none],
    [
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
      ["zh", "ja"],
      ["zh", "ja"],
      (letters) => (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letters) ? "ja" : "zh"),
    ],
    [/\p{Script=Latin}/gu, ["en"], [], none],
  ];
  const prose = text.replace(notProse, " ");
  let best: { rule: (typeof rules)[number]; letters: string } | null = null;
  for (const rule of rules) {
    const letters = prose.match(rule[0])?.join("") ?? "";
    if (letters.length > (best?.letters.length ?? 0)) best = { rule, letters };
  }
  if (!best) return channelLanguage;
  const [, languages, told, tell] = best.rule;
  const channel = channelLanguage.split("-")[0]?.toLowerCase() ?? "";
  const latin = best.rule === rules.at(-1);
  const writes =
    languages.includes(channel) ||
    (latin && channel !== "" && !rules.some((rule) => rule[1].includes(channel)));
  if (writes && !told.includes(channel)) return channelLanguage;
  return tell(best.letters) ?? (writes ? channelLanguage : (languages[0] ?? channelLanguage));
}

describe("detectLanguage, one pass over the text", () => {
  it("agrees with the regex definition on random text", () => {
    const channels = ["ar", "en", "fa", "ckb", "uk", "ru", "fr", "", "zh-Hant", "ja", "he"];
    randomTexts(3, 2000).forEach((text, index) => {
      const channel = channels[index % channels.length] ?? "";
      expect(detectLanguage(text, channel)).toBe(byDefinition(text, channel));
    });
  });

  it("sets aside exactly the links, addresses and tags the regex would, in any case", () => {
    const texts = [
      "WWW.Example.COM قال",
      "xwww.site/x كلام",
      "ww.w only English",
      "#وسم English words",
      "a@b.c الناس",
      "24/7 خبر",
      "HTTP://X.Y/Z كلام",
      "Tg://x خبر",
      "att.me/news كلام",
      "(t.me/x) خبر",
      "x.t.me/y خبر",
    ];
    for (const text of texts) expect(detectLanguage(text, "en")).toBe(byDefinition(text, "en"));
  });

  it("reads parts as if joined by line breaks", () => {
    const seconds = randomTexts(5, 300);
    randomTexts(4, 300).forEach((first, index) => {
      const second = seconds[index] ?? "";
      expect(detectLanguageOfParts([first, second], "ar")).toBe(detectLanguage(`${first}\n${second}`, "ar"));
    });
  });
});

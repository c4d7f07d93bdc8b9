import { describe, expect, it } from "vitest";
import { detectLanguage, directionOf } from "./language.js";

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

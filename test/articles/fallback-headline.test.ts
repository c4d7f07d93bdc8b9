import { describe, expect, it } from "vitest";
import { fallbackHeadline } from "../../src/articles/fallback-headline.js";
import type { MediaRef, TelegramPost } from "../../src/telegram/post.js";

const MISSING = { type: "missing", reason: "test" } as const;

function post(extra: Partial<TelegramPost> = {}, media: MediaRef[] = []): TelegramPost {
  return { messageId: 7, date: 1_613_730_000, text: "", entities: [], media, ...extra };
}

describe("fallbackHeadline", () => {
  it("prefers a poll question, then a location, then a file name", () => {
    expect(
      fallbackHeadline(
        [post({ poll: { question: "Should schools reopen?", options: ["Yes", "No"] } })],
        "en",
      ),
    ).toEqual({
      headline: "Should schools reopen?",
      generic: false,
    });
    expect(
      fallbackHeadline(
        [post({ location: { latitude: 33.3, longitude: 44.4, title: "Tahrir Square" } })],
        "en",
      ),
    ).toEqual({
      headline: "Tahrir Square",
      generic: false,
    });
    expect(
      fallbackHeadline(
        [post({}, [{ kind: "document", source: MISSING, fileName: "budget_report-2024.pdf" }])],
        "en",
      ),
    ).toEqual({ headline: "budget report 2024", generic: false });
  });

  it("labels media by kind in the channel's language", () => {
    expect(
      fallbackHeadline([post({}, [{ kind: "photo", source: MISSING, fileName: "x.jpg" }])], "ar"),
    ).toEqual({
      headline: "صورة",
      generic: true,
    });
    expect(fallbackHeadline([post({}, [{ kind: "video", source: MISSING }])], "en-GB")).toEqual({
      headline: "Video",
      generic: true,
    });
    expect(fallbackHeadline([post()], "xx")).toEqual({ headline: "Post", generic: true });
  });
});

import { describe, expect, it } from "vitest";
import { channelFromInput, isChannelUsername } from "../../../src/telegram/preview/channel-name.js";
import { InvalidChannelError } from "../../../src/telegram/preview/errors.js";

describe("channel usernames", () => {
  it("accepts 5–32 letters, digits and underscores", () => {
    expect(isChannelUsername("fulano")).toBe(true);
    expect(isChannelUsername("Dateline_News_2025")).toBe(true);
    expect(isChannelUsername("a".repeat(32))).toBe(true);
    expect(isChannelUsername("abcd")).toBe(false);
    expect(isChannelUsername("a".repeat(33))).toBe(false);
    expect(isChannelUsername("with-dash")).toBe(false);
    expect(isChannelUsername("@fulano")).toBe(false);
  });

  it.each([
    "https://t.me/fulano",
    "https://t.me/s/fulano",
    "https://t.me/fulano/12345",
    "https://t.me/s/fulano/12345",
    "t.me/fulano",
    "t.me/s/fulano",
    "t.me/s/fulano/12345",
    "fulano",
    "@fulano",
    "  https://telegram.me/fulano?x=1 ",
  ])("finds the username in %j", (input) => {
    expect(channelFromInput(input)).toBe("fulano");
  });

  it("throws InvalidChannelError when there is none", () => {
    expect(() => channelFromInput("https://t.me/s/ab")).toThrow(InvalidChannelError);
    expect(() => channelFromInput("not a channel")).toThrow(InvalidChannelError);
  });
});

import { describe, expect, it } from "vitest";
import { SignInRefusedError } from "../../src/auth/errors.js";
import { telegramIdentity, verifyTelegramLogin } from "../../src/auth/telegram-login.js";
import { BOT_TOKEN, loginFields, signedLogin } from "./telegram-data.js";

const NOW = 1_700_000_000;

describe("Telegram Login Widget data", () => {
  it("accepts data signed with the bot token and maps it to a reader", () => {
    const login = verifyTelegramLogin(signedLogin(loginFields(NOW - 30)), BOT_TOKEN, NOW);
    expect(telegramIdentity(login)).toEqual({
      provider: "telegram",
      subject: "987654321",
      displayName: "Layla Hassan",
      profileUrl: "https://t.me/layla_h",
      avatarUrl: "https://t.me/i/userpic/320/layla_h.jpg",
      email: null,
      emailVerified: false,
    });
  });

  it("accepts the minimal data of a user without last name, username or photo", () => {
    const query = signedLogin({ id: "42", first_name: "Sami", auth_date: String(NOW) });
    const reader = telegramIdentity(verifyTelegramLogin(query, BOT_TOKEN, NOW));
    expect(reader).toMatchObject({ subject: "42", displayName: "Sami", profileUrl: null, avatarUrl: null });
  });

  it("checks fields Telegram may add, as part of the signed string", () => {
    const query = signedLogin({ ...loginFields(NOW), allows_write_to_pm: "true" });
    expect(() => verifyTelegramLogin(query, BOT_TOKEN, NOW)).not.toThrow();
  });

  const refused = (query: URLSearchParams, now = NOW) => {
    try {
      verifyTelegramLogin(query, BOT_TOKEN, now);
    } catch (e) {
      expect(e).toBeInstanceOf(SignInRefusedError);
      return (e as Error).message;
    }
    throw new Error("accepted");
  };

  it("refuses data signed with another bot's token", () => {
    const forged = signedLogin(loginFields(NOW), "999999:ZZZ-another-bot-token-entirely-000000");
    expect(refused(forged)).toBe(
      "Sign-in with Telegram failed: the login data could not be verified as coming from Telegram.",
    );
  });

  it("refuses data changed after signing (another user's id)", () => {
    const query = signedLogin(loginFields(NOW));
    query.set("id", "1");
    expect(refused(query)).toMatch(/could not be verified/);
  });

  it("refuses a field added after signing", () => {
    const query = signedLogin(loginFields(NOW));
    query.set("admin", "1");
    expect(refused(query)).toMatch(/could not be verified/);
  });

  it("refuses a stale login, even correctly signed", () => {
    expect(refused(signedLogin(loginFields(NOW - 11 * 60)))).toBe(
      "Sign-in with Telegram failed: the login is too old; please sign in again.",
    );
  });

  it("refuses a login dated in the future", () => {
    expect(refused(signedLogin(loginFields(NOW + 3600)))).toMatch(/dated in the future/);
  });

  it("refuses malformed data: no hash, a bad hash, a repeated field", () => {
    const noHash = signedLogin(loginFields(NOW));
    noHash.delete("hash");
    expect(refused(noHash)).toMatch(/malformed/);
    const badHash = signedLogin(loginFields(NOW));
    badHash.set("hash", "zz");
    expect(refused(badHash)).toMatch(/malformed/);
    const repeated = signedLogin(loginFields(NOW));
    repeated.append("id", "1");
    expect(refused(repeated)).toMatch(/malformed/);
  });
});

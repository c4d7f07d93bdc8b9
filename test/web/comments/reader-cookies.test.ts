// The commenter's signed cookies: their own comment ids and the proof of an email address survive only
// unaltered.
import { describe, expect, it } from "vitest";
import {
  guestProof,
  ownCommentIds,
  provenEmail,
  withOwnComment,
} from "../../../src/web/comments/reader-cookies.js";

describe("signed cookies", () => {
  const secret = "s".repeat(32);
  it("own comment ids and email proof survive only unaltered", () => {
    let cookie = withOwnComment(secret, undefined, 5);
    cookie = withOwnComment(secret, cookie, 9);
    expect(ownCommentIds(secret, cookie)).toEqual([5, 9]);
    expect(ownCommentIds(secret, cookie.replace("5.9", "5.10"))).toEqual([]);
    const proof = guestProof(secret, "amira@example.org");
    expect(provenEmail(secret, proof)).toBe("amira@example.org");
    expect(provenEmail(secret, `x${proof}`)).toBeNull();
  });
});

// parseInput: a value outside its schema is the client's mistake, a BAD_REQUEST with the given message.
import { expect, it } from "vitest";
import { z } from "zod";
import { DatelineError } from "../../src/shared/errors.js";
import { parseInput } from "../../src/web/parse-input.js";

const query = z.object({ page: z.coerce.number().int().min(1).catch(1), done: z.string().max(5).optional() });

it("returns the parsed value, with fallbacks applied", () => {
  expect(parseInput(query, { page: "3", done: "ok" }, "bad")).toEqual({ page: 3, done: "ok" });
  expect(parseInput(query, { page: "zero" }, "bad")).toEqual({ page: 1 });
});

it("throws a BAD_REQUEST DatelineError (400) with the message", () => {
  let thrown: unknown;
  try {
    parseInput(query, { done: "too long" }, 'Unrecognised "done".');
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(DatelineError);
  expect(thrown).toMatchObject({ code: "BAD_REQUEST", status: 400, message: 'Unrecognised "done".' });
});

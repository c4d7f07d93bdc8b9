// Queries and forms are parsed, never trusted: a value outside its schema is the client's mistake (400),
// answered with a message that says what was wrong, not a failed parse's 500.
import type { z } from "zod";
import { DatelineError } from "../shared/errors.js";

/** The parsed value, or a BAD_REQUEST DatelineError carrying `message`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DatelineError("BAD_REQUEST", message);
  return parsed.data;
}

// Where a new comment goes: published, held for an editor, or spam. The rules run in order and the first
// that speaks decides, as in WordPress's check_comment() and wp_allow_comment(): disallowed words mark spam,
// then the spam checker, then the rules that hold a comment (every comment held, too many links, a
// moderation word, an identity without an approved comment yet).
import type { WordList } from "./word-list.js";

export type ModerationMode = "open" | "first" | "all";

export type Verdict =
  | { status: "approved" }
  | { status: "pending"; reason: string }
  | { status: "spam"; reason: string };

export interface ModerationFacts {
  /** Name, email, website, text and IP: what the word lists are matched against. */
  fields: readonly string[];
  links: number;
  /** The identity is proven (signed in, or an emailed link opened in this browser) and has an approved comment. */
  knownIdentity: boolean;
  /** For guests: whether the email address is proven in this browser. */
  emailProven: boolean;
  /** The spam checker's opinion; null when none is configured or it did not answer. */
  checker: "spam" | "ham" | "unavailable" | null;
}

export interface ModerationPolicy {
  mode: ModerationMode;
  /** Held at this many links or more; 0 turns the rule off. */
  maxLinks: number;
  moderationWords: WordList;
  disallowedWords: WordList;
}

interface Rule {
  name: string;
  decide(f: ModerationFacts, p: ModerationPolicy): Verdict | null;
}

/** The rules, in the order they are asked. */
export const MODERATION_RULES: readonly Rule[] = [
  {
    name: "disallowed word",
    decide: (f, p) => {
      const w = p.disallowedWords.find(f.fields);
      return w ? { status: "spam", reason: `disallowed word "${w}"` } : null;
    },
  },
  {
    name: "spam checker",
    decide: (f) =>
      f.checker === "spam"
        ? { status: "spam", reason: "the spam checker says spam" }
        : f.checker === "unavailable"
          ? { status: "pending", reason: "the spam checker did not answer" }
          : null,
  },
  {
    name: "hold all",
    decide: (_f, p) => (p.mode === "all" ? { status: "pending", reason: "every comment is held" } : null),
  },
  {
    name: "links",
    decide: (f, p) =>
      p.maxLinks > 0 && f.links >= p.maxLinks ? { status: "pending", reason: `${f.links} links` } : null,
  },
  {
    name: "moderation word",
    decide: (f, p) => {
      const w = p.moderationWords.find(f.fields);
      return w ? { status: "pending", reason: `moderation word "${w}"` } : null;
    },
  },
  {
    name: "first comment",
    decide: (f, p) =>
      p.mode === "first" && !f.knownIdentity
        ? { status: "pending", reason: f.emailProven ? "first comment" : "first comment, email not proven" }
        : null,
  },
];

export function moderate(facts: ModerationFacts, policy: ModerationPolicy): Verdict {
  for (const rule of MODERATION_RULES) {
    const verdict = rule.decide(facts, policy);
    if (verdict) return verdict;
  }
  return { status: "approved" };
}

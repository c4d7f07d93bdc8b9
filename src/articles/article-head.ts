// The head of an article: headline and dateline, in whichever order the post gives them, and the body
// that remains. Channels write "Headline / Place – Outlet / text", "Place – Outlet / Headline / text",
// or open the first paragraph with the dateline.
import { type DatelineMatch, extractDateline } from "./dateline.js";
import { extractHeadline, type HeadlineSource } from "./headline.js";
import { splitLines, wholeLineRange } from "./lines.js";
import type { RichText } from "./rich-text.js";
import { deleteRangesAndTrim, trimRich } from "./text-edit.js";
import type { Dateline } from "./types.js";

export interface ArticleHead {
  headline: string;
  headlineSource: HeadlineSource;
  dateline: Dateline | null;
  body: RichText;
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SINGLE_WORD = /^[^\p{L}\p{N}]*[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’-]*[^\p{L}\p{N}]*$/u;

/**
 * Lines before the headline that carry no news: emoji-only rules ("🔴🔴🔴") and a one-word kicker
 * ("عاجل", "BREAKING:") on a line of its own. They are dropped so that the real headline is found.
 */
function dropLeadIns(rich: RichText): RichText {
  let text = trimRich(rich);
  let kickerDropped = false;
  for (;;) {
    const [first, second] = splitLines(text.text, 2);
    const isRule = first !== undefined && !HAS_WORD_CHARACTER.test(first.text);
    // One kicker at most, and only before a line of several words: a post made of one-word lines is
    // content, not a kicker followed by a headline.
    const isKicker =
      !kickerDropped &&
      first !== undefined &&
      second !== undefined &&
      SINGLE_WORD.test(first.text) &&
      !SINGLE_WORD.test(second.text) &&
      HAS_WORD_CHARACTER.test(second.text);
    if (!first || text.text === "" || !(isRule || isKicker)) return text;
    if (isKicker) kickerDropped = true;
    text = deleteRangesAndTrim(text, [wholeLineRange(first, text.text.length)]);
  }
}

function head(headline: ReturnType<typeof extractHeadline>, match: DatelineMatch | null): ArticleHead {
  return {
    headline: headline.headline,
    headlineSource: headline.source,
    dateline: match?.dateline ?? null,
    body: match ? match.rest : headline.body,
  };
}

export function splitHead(rich: RichText): ArticleHead {
  const text = dropLeadIns(rich);
  const headline = extractHeadline(text);
  const removesLine = headline.source === "line" || headline.source === "bold";
  // "Headline / Place – Outlet" comes first: the common shape, and a first line that reads as a
  // headline must not be mistaken for a dateline.
  const afterHeadline = removesLine ? extractDateline(headline.body) : null;
  if (afterHeadline?.form === "line") return head(headline, afterHeadline);

  const leading = extractDateline(text);
  if (leading) {
    const rest = extractHeadline(leading.rest);
    return {
      headline: rest.headline,
      headlineSource: rest.source,
      dateline: leading.dateline,
      body: rest.body,
    };
  }
  return head(headline, afterHeadline);
}

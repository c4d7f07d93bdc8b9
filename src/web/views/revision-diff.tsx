// A line diff between two versions of a body: kept lines plain, added lines <ins>, removed lines <del>.

import type { RevisionView } from "../view-models.js";
import { type LangDir, langAttrs } from "./lang-attrs.js";
import type { UiText } from "./ui-words.js";

interface RevisionDiffProps {
  diff: RevisionView["diff"];
  ui: UiText;
  /** The article's language: the lines are its text. */
  text: LangDir;
}

export function RevisionDiff({ diff, ui, text }: RevisionDiffProps) {
  // The +/− marks are drawn by CSS (colour is not the only cue); the hidden words are for screen readers,
  // which mostly do not announce <ins>/<del> on their own.
  const label = (word: string) => (
    <span class="vh" {...langAttrs(ui, text)}>
      {word}{" "}
    </span>
  );
  return (
    <div class="diff" lang={text.lang} dir={text.dir}>
      {diff.map((line) => {
        if (line.op === "add")
          return (
            <ins>
              {label(ui.added)}
              {line.text}
            </ins>
          );
        if (line.op === "del")
          return (
            <del>
              {label(ui.removed)}
              {line.text}
            </del>
          );
        return <span>{line.text}</span>;
      })}
    </div>
  );
}

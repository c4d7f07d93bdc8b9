// Links to the same page in the other languages, each labelled in its own language and script.

import { renderFragment } from "../views/index.js";
import type { AlternateView } from "./models.js";

export function LanguageSwitcher({ alternates, label }: { alternates: AlternateView[]; label: string }) {
  if (alternates.length < 2) return null;
  return (
    <nav class="tags language-switcher" aria-label={label}>
      <ul>
        {alternates.map((a) =>
          a.current ? (
            <li>
              <span lang={a.lang} dir={a.dir} aria-current="page">
                {a.label}
              </span>
            </li>
          ) : (
            <li>
              <a href={a.href} hreflang={a.lang} lang={a.lang} dir={a.dir} rel="alternate">
                {a.label}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

export function renderLanguageSwitcher(alternates: AlternateView[], label: string): string {
  return renderFragment(<LanguageSwitcher alternates={alternates} label={label} />);
}

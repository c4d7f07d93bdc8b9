// Site search: a plain GET form, so it works without JavaScript and results pages can be linked and cached.
import type { UiText } from "./ui-words.js";

export function SearchForm({ ui, action = "/search" }: { ui: UiText; action?: string | undefined }) {
  return (
    // <search> is the HTML landmark element (2023); older browsers treat it as an unknown inline element and
    // the form inside still works.
    <search>
      <form class="search" action={action} method="get">
        <label class="vh" for="site-search-q">
          {ui.searchLabel}
        </label>
        <input id="site-search-q" type="search" name="q" required enterkeyhint="search" />
        <button type="submit">{ui.searchButton}</button>
      </form>
    </search>
  );
}

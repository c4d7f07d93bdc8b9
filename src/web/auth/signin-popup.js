// @ts-nocheck — browser code: the project's type-check has no DOM library. Covered by test/browser/signin.test.ts.
//
// Reader sign-in in a popup window, the way WordPress.com's comment form does it ("Connecting to %s"), as a
// file served from our own origin: the site's Content-Security-Policy allows no inline script.
//
// Without JavaScript the same links navigate the page itself to the provider and back (the server's
// redirects do everything). With it, in three roles picked by what the page contains:
//  - a page with sign-in links (a[data-signin-popup]) opens them in a popup ("?popup=1": the server then
//    answers "Connecting to <provider>…" first), and when told the sign-in succeeded, fetches the page again
//    and swaps in the fresh contents of its comment form (#respond), keeping what the reader had typed, then
//    fires "dateline:signin-refreshed" on #respond for other scripts (the comment form's) to catch up;
//  - the popup's last page (#signin-done) tells its opener — postMessage aimed at our own origin only — and
//    closes; if the opener was lost (a provider's Cross-Origin-Opener-Policy severs it), it tells the site's
//    other windows through a BroadcastChannel, which is same-origin by definition; if the window cannot
//    close, it goes on to the page the reader came from;
//  - a failed sign-in's page in a popup shows its "Close this window" button.
// Messages are accepted only from our own origin and only of our one type.
(() => {
  const MESSAGE = "dateline:signed-in";
  const CHANNEL = "dateline-signin";
  const origin = window.location.origin;

  const done = document.getElementById("signin-done");
  if (done) {
    finishInPopup(done);
    return;
  }

  for (const button of document.querySelectorAll("[data-signin-close]")) {
    if (!window.opener) continue;
    button.hidden = false;
    button.addEventListener("click", () => window.close());
  }

  let popup = null;
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-signin-popup]") : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== origin) return;
    url.searchParams.set("popup", "1");
    const width = 600;
    const height = 700;
    const left = Math.max(0, window.screenX + (window.outerWidth - width) / 2);
    const top = Math.max(0, window.screenY + (window.outerHeight - height) / 3);
    popup = window.open(
      url.toString(),
      "dateline-signin",
      `popup=yes,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
    );
    if (!popup) return; // blocked: the link goes ahead in this window, as without JavaScript
    event.preventDefault();
    popup.focus();
  });

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !isOurs(event.data)) return;
    if (popup && event.source && event.source !== popup) return;
    refreshForm();
  });
  if ("BroadcastChannel" in window) {
    new BroadcastChannel(CHANNEL).addEventListener("message", (event) => {
      if (isOurs(event.data)) refreshForm();
    });
  }

  function isOurs(data) {
    return typeof data === "object" && data !== null && data.type === MESSAGE;
  }

  function finishInPopup(element) {
    const back = element.getAttribute("data-return") || "/";
    let told = false;
    try {
      if (window.opener && !window.opener.closed) {
        window.opener.postMessage({ type: MESSAGE }, origin);
        told = true;
      }
    } catch {
      told = false;
    }
    if (!told && "BroadcastChannel" in window) {
      const channel = new BroadcastChannel(CHANNEL);
      channel.postMessage({ type: MESSAGE });
      channel.close();
      told = true;
    }
    if (told) window.close();
    // Still open (not a script-opened window, or nothing was told): carry on in this window.
    window.setTimeout(() => window.location.replace(back), told ? 400 : 0);
  }

  const FIELDS = "textarea[name], input[name]:not([type=checkbox]):not([type=radio]):not([type=submit])";
  let refreshing = false;
  async function refreshForm() {
    if (refreshing) return;
    refreshing = true;
    const current = document.getElementById("respond");
    try {
      if (!current) throw new Error("no form on this page");
      const response = await fetch(window.location.href, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { accept: "text/html" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const fresh = new DOMParser()
        .parseFromString(await response.text(), "text/html")
        .getElementById("respond");
      if (!fresh) throw new Error("no form in the fresh page");
      // Swap the contents, not the element: it keeps its place (a reply form sits under its comment) and
      // whatever other scripts hold on to it. Field values the reader or a script set are kept.
      const kept = new Map();
      for (const field of current.querySelectorAll(FIELDS)) {
        if (field.value) kept.set(field.name, field.value);
      }
      current.replaceChildren(...document.importNode(fresh, true).childNodes);
      for (const field of current.querySelectorAll(FIELDS)) {
        if (kept.has(field.name)) field.value = kept.get(field.name);
      }
      current.dispatchEvent(new CustomEvent("dateline:signin-refreshed", { bubbles: true }));
      current.scrollIntoView({ block: "nearest" });
    } catch {
      window.location.reload();
    } finally {
      refreshing = false;
    }
  }
})();

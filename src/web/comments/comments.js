// @ts-nocheck -- a browser script: the project's type-check targets Node and has no DOM library.
// Progressive enhancement of the comment form (the form works without it, as a plain POST):
//  - asks for a CSRF token and form time when the reader starts on the form, so readers with JavaScript
//    never meet the confirm step that cached pages otherwise need;
//  - moves the form under the comment being replied to (WordPress's "moveForm"), and back;
//  - posts without reloading and puts the new comment in its place.
// Elements are looked up when needed, never kept: sign-in's script (signin-popup.js) swaps the contents of
// #respond after a sign-in and fires "dateline:signin-refreshed".
// Served from our origin as /assets/comments.<hash>.js; the page's CSP forbids inline script.
(() => {
  const section = document.getElementById("comments");
  const respond = document.getElementById("respond");
  if (!section || !respond || !window.fetch || !window.URLSearchParams) return;
  const home = document.createElement("div");
  home.hidden = true;
  respond.before(home);

  const form = () => document.getElementById("commentform");
  const parentField = () => document.getElementById("comment_parent");
  let tokenRequest = null;
  let token = null;
  let busy = false;

  function hidden(container, name) {
    let el = container.querySelector(`input[name="${name}"]`);
    if (!el) {
      el = document.createElement("input");
      el.type = "hidden";
      el.name = name;
      container.append(el);
    }
    return el;
  }

  /** Puts the token in the comment form and in sign-in's log-out form, which need it too. */
  function applyToken() {
    if (!token) return;
    const f = form();
    if (f) {
      hidden(f, "_csrf").value = token.csrf;
      hidden(f, "_ts").value = token.stamp;
    }
    for (const input of respond.querySelectorAll('form:not(#commentform) input[name="_csrf"]')) {
      if (!input.value) input.value = token.csrf;
    }
  }

  function hasToken() {
    const f = form();
    return !!(f?.querySelector('input[name="_csrf"]')?.value && f.querySelector('input[name="_ts"]')?.value);
  }

  function fetchToken() {
    if (!tokenRequest) {
      tokenRequest = fetch("/comments/token", {
        credentials: "same-origin",
        cache: "no-store",
        headers: { accept: "application/json" },
      })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`token ${r.status}`))))
        .then((t) => {
          token = t;
          applyToken();
        })
        .catch((e) => {
          tokenRequest = null;
          throw e;
        });
    }
    return tokenRequest;
  }

  function say(text) {
    const status = form()?.querySelector(".comment-status");
    if (status) status.textContent = text || "";
  }

  // A token is fetched when the reader starts on the form (it sets a cookie, which takes this browser's
  // pages out of the shared cache, so not for every visitor), or at once when a signed-in reader's log-out
  // form has none.
  const needsTokenNow = () => !!respond.querySelector('form:not(#commentform) input[name="_csrf"][value=""]');
  if (needsTokenNow()) fetchToken().catch(() => {});
  respond.addEventListener("focusin", () => {
    if (!hasToken()) fetchToken().catch(() => {});
  });
  respond.addEventListener("dateline:signin-refreshed", () => {
    if (token) applyToken();
    else if (needsTokenNow()) fetchToken().catch(() => {});
  });

  const titleText = () => respond.querySelector(".reply-title-text");
  const cancelLink = () => document.getElementById("cancel-comment-reply-link");

  function moveTo(id) {
    const item = document.getElementById(`comment-${id}`);
    const body = item?.querySelector(":scope > .comment-body");
    const parent = parentField();
    if (!body || !parent) return false;
    body.after(respond);
    parent.value = id;
    const cancel = cancelLink();
    if (cancel) cancel.hidden = false;
    return true;
  }

  function moveHome() {
    home.after(respond);
    const parent = parentField();
    if (parent) parent.value = "0";
    const cancel = cancelLink();
    if (cancel) cancel.hidden = true;
    const title = titleText();
    if (title?.dataset.default) title.textContent = title.dataset.default;
  }

  section.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const reply = target?.closest("a.comment-reply-link");
    if (reply) {
      if (!moveTo(reply.dataset.replyTo)) return;
      e.preventDefault();
      const title = titleText();
      if (title) title.textContent = reply.getAttribute("aria-label") || title.textContent;
      say("");
      form()?.querySelector("textarea")?.focus();
      return;
    }
    if (target?.closest("#cancel-comment-reply-link")) {
      e.preventDefault();
      moveHome();
      form()?.querySelector("textarea")?.focus();
    }
  });

  async function post(f) {
    const res = await fetch(f.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json" },
      body: new URLSearchParams(new FormData(f)),
    });
    if (!(res.headers.get("content-type") || "").includes("application/json")) throw new Error("not json");
    return res.json();
  }

  function insert(answer) {
    const template = document.createElement("template");
    template.innerHTML = answer.html;
    const item = template.content.firstElementChild;
    if (!item) return;
    const parentId = parentField()?.value;
    let list = section.querySelector("ol.comment-list");
    if (parentId && parentId !== "0") {
      const parent = document.getElementById(`comment-${parentId}`);
      if (parent) {
        list = parent.querySelector(":scope > ol.children");
        if (!list) {
          list = document.createElement("ol");
          list.className = "children";
          parent.append(list);
        }
      }
    }
    list.append(item);
    const textarea = form()?.querySelector("textarea");
    if (textarea) textarea.value = "";
    moveHome();
    item.tabIndex = -1;
    item.focus();
  }

  const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

  document.addEventListener("submit", async (e) => {
    const f = e.target;
    if (!(f instanceof HTMLFormElement) || f.id !== "commentform") return;
    e.preventDefault();
    if (busy) return;
    busy = true;
    const button = f.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    say("Sending…");
    try {
      if (!hasToken()) await fetchToken();
      let answer = await post(f);
      for (let tries = 0; !answer.ok && tries < 2; tries++) {
        if (answer.retry === "token") {
          tokenRequest = null;
          await fetchToken();
        } else if (answer.retry === "wait") {
          await wait(answer.retryAfter || 1);
        } else break;
        answer = await post(f);
      }
      if (answer.ok) insert(answer);
      say(answer.message);
    } catch {
      // Anything unexpected: the plain form post, which always works.
      HTMLFormElement.prototype.submit.call(f);
    } finally {
      busy = false;
      if (button) button.disabled = false;
    }
  });
})();

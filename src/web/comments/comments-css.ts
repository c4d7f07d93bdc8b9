// Styles of the comment section and its pages, served from our origin at a content-versioned path (the CSP
// allows no inline style). Same house rules as site-css.ts: logical properties, custom-property colours.
import { versionedAssetPath } from "../views/index.js";

export const COMMENTS_CSS = `
.comments-area{margin-block-start:2.5rem;padding-block-start:1.5rem;border-block-start:2px solid var(--line)}
.comments-title{font-size:1.3rem}
.comment-list,.comment-list .children{list-style:none;margin:0;padding:0}
.comment-list .children{margin-inline-start:clamp(.75rem,3vw,2rem);padding-inline-start:.75rem;border-inline-start:2px solid var(--line)}
.comment-body{padding-block:.75rem;border-block-end:1px solid var(--line)}
.comment-meta{font-size:.9rem;color:var(--muted)}
.comment-author{color:var(--fg)}
.comment-permalink{color:inherit}
.comment-content{margin-block-start:.35rem;overflow-wrap:anywhere}
.comment-content p{margin-block:0 .6em}
.comment-content blockquote{margin:.5em 0;padding-inline-start:.75em}
.comment-awaiting{margin:.25rem 0 0;font-style:italic;color:var(--fg)}
.comment-pending>.comment-body{background:var(--soft);padding-inline:.5rem;border-radius:4px}
.reply{margin:0;font-size:.9rem}
.comment-navigation{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin-block:1rem;font-size:.95rem}
.comment-navigation .next{margin-inline-start:auto}
.comment-respond{margin-block-start:1.5rem}
.comment-reply-title small{font-size:.8rem;font-weight:400;margin-inline-start:.5rem}
.comment-form p{margin-block:0 .9rem}
.comment-form label{display:block;font-weight:600;font-size:.95rem}
.comment-form .comment-form-check label{display:inline;font-weight:400}
.comment-form input[type=text],.comment-form input[type=email],.comment-form input[type=url],.comment-form textarea{
display:block;inline-size:100%;max-inline-size:36rem;font:inherit;padding:.4rem .5rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:inherit}
.comment-form textarea{max-inline-size:none;min-block-size:8rem;resize:vertical}
.comment-hint{display:block;color:var(--muted);font-size:.85rem;margin-block-start:.25rem}
.comment-notes{color:var(--muted);font-size:.9rem}
.required{color:var(--accent)}
.comment-form button,.comment-notice-page button{font:inherit;padding:.45rem 1rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:var(--bg);cursor:pointer}
.comment-form button[disabled]{opacity:.6;cursor:progress}
.comment-status:empty{display:none}
.comment-status{padding:.5rem .75rem;background:var(--soft);border-radius:4px}
.signin-options{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0 0 1rem;padding:0}
.signin-option{display:inline-block;padding:.3rem .8rem;border:1px solid var(--line);border-radius:1rem;text-decoration:none}
.signed-in p{margin-block:0 .75rem}
.link-button{font:inherit;color:var(--accent);background:none;border:0;padding:0;text-decoration:underline;cursor:pointer}
.hp{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.comment-form-message{padding:.75rem 1rem;background:var(--soft);border-inline-start:4px solid var(--accent);border-radius:4px}
.comments-feed{font-size:.9rem;margin-block-start:1.5rem}
`.trim();

export const COMMENTS_CSS_PATH: string = versionedAssetPath("comments", "css", COMMENTS_CSS);

// Styles of the editors' pages (/admin), on top of the site stylesheet; served from our origin.
import { versionedAssetPath } from "../views/index.js";

export const ADMIN_CSS = `
.admin .wrap{max-inline-size:72rem}
.admin-bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-block:.75rem;border-block-end:1px solid var(--line)}
.admin-bar nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.admin-bar form{margin:0}
.tabs{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0 0 1rem;padding:0}
.tabs [aria-current=page]{font-weight:700;color:var(--fg);text-decoration:none}
.notice{padding:.6rem 1rem;background:var(--soft);border-inline-start:4px solid var(--accent);border-radius:4px}
.errors{padding:.6rem 1rem;background:var(--del);border-radius:4px}
.queue{inline-size:100%;border-collapse:collapse;font-size:.95rem}
.queue th,.queue td{text-align:start;vertical-align:top;padding:.5rem;border-block-end:1px solid var(--line)}
.queue .who{inline-size:14rem;overflow-wrap:anywhere}
.queue .who small,.queue .what small{display:block;color:var(--muted)}
.queue .what .comment-content{max-block-size:16rem;overflow:auto}
.queue .actions{display:flex;flex-wrap:wrap;gap:.25rem}
.admin button,.admin select,.admin input,.admin textarea{font:inherit}
.admin button{padding:.2rem .6rem;border:1px solid var(--line);border-radius:4px;background:var(--soft);color:inherit;cursor:pointer}
.admin button.primary{background:var(--accent);border-color:var(--accent);color:var(--bg)}
.admin label{display:block;font-weight:600;margin-block-start:.75rem}
.admin input[type=text],.admin input[type=password],.admin input[type=url],.admin textarea,.admin select{padding:.35rem .5rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:inherit}
.admin input[type=text],.admin input[type=password],.admin input[type=url]{inline-size:100%;max-inline-size:28rem}
.admin textarea{inline-size:100%;min-block-size:12rem}
.bulk{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-block:1rem}
.bulk label{display:inline;margin:0}
.login{max-inline-size:24rem;margin-block:3rem}
.held{color:var(--muted);font-size:.85rem}
.edition-list{list-style:none;margin:0;padding:0}
.state-review{color:var(--accent);font-weight:700}
.units .unit-source{inline-size:45%;overflow-wrap:anywhere}
.units .unit-source div{white-space:pre-wrap}
.units label{margin-block-start:0}
.units textarea{min-block-size:6rem}
.units input[type=text]{max-inline-size:none}
.reviews dt{font-weight:600;margin-block-start:.4rem}
.reviews dd{margin:0}
`.trim();

export const ADMIN_CSS_PATH: string = versionedAssetPath("admin", "css", ADMIN_CSS);

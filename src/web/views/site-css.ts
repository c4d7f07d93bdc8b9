// The one stylesheet of the public site. A TypeScript string rather than a .css file so it ships inside the
// compiled module (tsc copies no assets) and its hash is computed once, at import, never per request.
//
// Rules of the house: mobile first; logical properties only (margin-inline-start, not margin-left) so RTL
// pages need no rules of their own; system fonts only; no letter-spacing on text that may be Arabic (it
// breaks the joining of letters); colours as custom properties so dark mode swaps values, not rules.
// Arabic-script text gets a Naskh face (and Latin text on an Arabic page the sans stack back) through
// :where(), which has zero specificity so components keep their own rules; the looser leading Naskh needs
// goes on text blocks only, since on an inline element it would stretch a heading's lines. Small caps are
// not applied to Arabic script: it has no case, and Chrome shrinks it instead. Nothing is hidden by pushing it off-screen (a
// negative inset is scrollable overflow on RTL pages): hidden-but-readable things are clipped instead.
import { versionedAssetPath } from "./asset-path.js";

export const SITE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#5e5e5e;--line:#dcdcdc;--soft:#f3f3f1;
--accent:#0b57d0;--ins:#e3f4e6;--del:#fbe6e4;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",Tahoma,Arial,sans-serif;
--arabic:"Noto Naskh Arabic","Segoe UI",Tahoma,"Geeza Pro",system-ui,sans-serif;
--mono:ui-monospace,"Cascadia Mono",Menlo,Consolas,monospace}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e6e3;--muted:#a5a29d;--line:#3a3a3a;
--soft:#1f1f1f;--accent:#8ab4f8;--ins:#16331d;--del:#3d1a17}}
*,::before,::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.65 var(--sans);overflow-wrap:break-word}
:where(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(ckb)){font-family:var(--arabic)}
:where([lang]:not(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(ckb))){font-family:var(--sans)}
:where(p,li,blockquote,dd):where(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(ckb)){line-height:1.85}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
main:focus{outline:none}
img,video{display:block;max-inline-size:100%;block-size:auto}
audio{inline-size:100%}
.wrap{max-inline-size:46rem;margin-inline:auto;padding-inline:1rem}
.vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;inset-block-start:.5rem;inset-inline-start:.5rem;padding:.5rem 1rem;background:var(--bg);z-index:1}
.skip:not(:focus){inline-size:1px;block-size:1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.site-header{border-block-end:1px solid var(--line);padding-block:.75rem}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;justify-content:space-between}
.site-title{font-size:1.35rem;font-weight:700;color:inherit;text-decoration:none}
.bar>search{flex:1 1 14rem;max-inline-size:22rem}
.search{display:flex;gap:.25rem}
.search input{flex:1;min-inline-size:0;font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:inherit}
.search button,.cta a{font:inherit;padding:.35rem .75rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:var(--bg);cursor:pointer}
.channels ul,.tags ul,.items,.cta ul{list-style:none;margin:0;padding:0}
.channels ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-block-start:.5rem;font-size:.95rem}
.cta{margin-block:1.5rem;padding:1rem;background:var(--soft);border-radius:6px}
.site-header .cta{margin-block:.75rem 0;padding:0;background:none}
.site-header .cta a{font-size:.9rem;padding:.2rem .6rem}
.cta p,.cta ul{margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
.cta a{display:inline-block;text-decoration:none}
main{display:block;padding-block:1.25rem 2.5rem}
h1,h2,h3{line-height:1.3;margin-block:0 .5rem}
h1{font-size:clamp(1.6rem,5vw,2.3rem)}
.byline,.item-meta,.revision h2{color:var(--muted);font-size:.9rem;font-weight:400}
.byline{margin-block:0 1rem}
.dateline{font-weight:700;font-variant-caps:all-small-caps;color:var(--muted);margin-block:1rem .5rem}
.dateline:is(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(ckb)){font-variant-caps:normal}
.prose{max-inline-size:70ch}
.prose p{margin-block:0 1em}
blockquote{margin:1.25em 0;padding-inline-start:1em;border-inline-start:4px solid var(--line);color:var(--muted)}
code,pre{font-family:var(--mono);font-size:.9em}
code{background:var(--soft);padding:.1em .3em;border-radius:3px}
pre{background:var(--soft);padding:.75em 1em;overflow-x:auto;border-radius:4px;direction:ltr;text-align:start}
pre code{background:none;padding:0}
.spoiler{background:var(--fg);color:transparent;border-radius:3px;cursor:pointer;transition:color .2s,background .2s}
.spoiler:hover,.spoiler:focus,.spoiler:focus-within,.spoiler:active{background:var(--soft);color:inherit}
.spoiler *{color:inherit}
figure{margin:1.25rem 0}
figcaption,.media-note{font-size:.9rem;color:var(--muted);margin-block-start:.35rem}
.article-footer{margin-block-start:1.5rem;padding-block-start:1rem;border-block-start:1px solid var(--line)}
.tags ul{display:flex;flex-wrap:wrap;gap:.4rem}
.tags a{display:inline-block;padding:.1rem .6rem;border:1px solid var(--line);border-radius:1rem;text-decoration:none;font-size:.9rem}
.items>li{position:relative;display:flex;gap:1rem;align-items:flex-start;padding-block:1rem;border-block-end:1px solid var(--line)}
.item-text{flex:1;min-inline-size:0}
.item-title{font-size:1.2rem;margin:0 0 .25rem}
.item-title a{color:inherit;text-decoration:none}
.item-title a::after{content:"";position:absolute;inset:0}
.item-title a:hover{text-decoration:underline}
.item-meta,.item-summary{margin:0}
.item-summary .dateline{margin-inline-end:.35em}
.thumb{flex:none;inline-size:6rem;aspect-ratio:1;object-fit:cover;border-radius:4px}
@media (min-width:40rem){.thumb{inline-size:9rem;aspect-ratio:4/3}}
.pagination{display:flex;justify-content:space-between;align-items:center;gap:1rem;margin-block-start:1.5rem}
.pagination .next{margin-inline-start:auto}
.revision{margin-block:2rem;padding-block-start:1rem;border-block-start:1px solid var(--line)}
.diff{font-size:.95rem}
.diff>*{display:block;white-space:pre-wrap;min-block-size:1lh;padding-inline:1.5em .5em;text-decoration:none}
.diff>ins{background:var(--ins)}
.diff>del{background:var(--del)}
.diff>ins::before,.diff>del::before{display:inline-block;inline-size:1.5em;margin-inline-start:-1.5em;text-align:center}
.diff>ins::before{content:"+"}
.diff>del::before{content:"\\2212"}
.error-status{font-size:3rem;font-weight:700;color:var(--muted);margin:0}
.search-form{margin-block:.75rem 1.25rem}
.search-filters summary{cursor:pointer;margin-block:.5rem;color:var(--muted)}
.filters{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr))}
.filters label{display:flex;flex-direction:column;gap:.2rem;font-size:.9rem}
.filters :is(input,select){font:inherit;padding:.3rem .45rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:inherit}
.result-count{color:var(--muted);font-size:.9rem;margin:0}
.related{margin-block-start:2rem}
.related .item-title{font-size:1.05rem}
.site-footer{border-block-start:1px solid var(--line);padding-block:1.25rem;font-size:.9rem;color:var(--muted)}
.site-footer p{margin-block:.25rem}
.site-footer ul{display:inline;list-style:none;padding:0}
.site-footer li{display:inline;margin-inline-end:.75rem}
@media (prefers-reduced-motion:reduce){*{transition:none!important}}
@media print{.site-header,.site-footer,.cta,.pagination,.skip{display:none}
body{background:#fff;color:#000;font-size:11pt}.spoiler{color:inherit;background:none}
.prose a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}}
`.trim();

/** Versioned path, computed once at module load; serve SITE_CSS there with an immutable cache header. */
export const SITE_CSS_PATH: string = versionedAssetPath("site", "css", SITE_CSS);

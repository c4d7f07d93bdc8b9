// The "translation" the fake providers do: a fixed Arabic→English phrase list applied to the text of an
// HTML fragment, tags passed through as real services pass them. Deterministic, so tests can say exactly
// what a page must show. Like a real engine it has its own spelling of names ("Stoltenbergh"), and it
// formats long numbers its own way ("4.000"), which is what glossaries and number protection are for.

export const PHRASES: [string, string][] = [
  ["الحلف سيوسع مهمة التدريب في", "the alliance will expand the training mission in"],
  ["أعلن", "announced"],
  ["يوم الخميس", "on Thursday"],
  ["يوم", "on"],
  ["في", "in"],
  ["،", ","],
  ["توسيع مهمة التدريب", "the expansion of the training mission"],
  ["والتقى وزير الدفاع", "The defence minister met"],
  ["في بروكسل", "in Brussels"],
  ["لم يتخذ أي قرار", "No decision has been taken"],
  ["بعد بشأن الانسحاب", "yet on the withdrawal"],
  ["وسيرتفع عدد المدربين من", "and the number of trainers will rise from"],
  ["إلى", "to"],
  ["بحسب البيان", "according to the statement"],
  ["قال المتحدث", "the spokesman said"],
  ["سنساهم بنصيبنا العادل", "we will contribute our fair share"],
  ["وأكد الوزير أن القرار نهائي", "The minister stressed that the decision is final"],
  ["وأكد الوزير أن القرار مؤقت", "The minister stressed that the decision is temporary"],
  ["زار", "visited"],
  ["الجنود", "the soldiers"],
  ["فبراير", "February"],
  ["ستولتنبرغ", "Stoltenbergh"],
  ["بغداد", "Baghdad"],
  ["الرافد", "Al-Rafid"],
  ["العراق", "Iraq"],
];

const SORTED = [...PHRASES].sort((a, b) => b[0].length - a[0].length);

export function fakeTranslateText(text: string, glossary: [string, string][] = []): string {
  let out = text;
  for (const [source, target] of glossary) out = out.split(source).join(target);
  for (const [ar, en] of SORTED) out = out.split(ar).join(en);
  return out
    .replace(/و(?=[A-Za-z])/g, "and ")
    .replace(/(^|\s)و(\s)/g, "$1and$2")
    .replace(/\b(\d)(\d{3})\b/g, "$1.$2")
    .replace(/«/g, "“")
    .replace(/»/g, "”");
}

/**
 * Translates the text nodes of an HTML fragment. `keepNoTranslate`: leave the content of
 * translate="no" elements alone (DeepL does, as its HTML handling documents; an instructed LLM does too).
 */
export function fakeTranslateHtml(
  html: string,
  opts: { keepNoTranslate: boolean; glossary?: [string, string][] },
): string {
  let depthNo = 0;
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        if (/translate="no"/.test(part)) depthNo++;
        else if (part === "</span>" && depthNo > 0) depthNo--;
        return part;
      }
      if (depthNo > 0 && opts.keepNoTranslate) return part;
      return fakeTranslateText(part, opts.glossary ?? []);
    })
    .join("");
}

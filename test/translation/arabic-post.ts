// An invented Arabic post shaped like the seed page (headline, "Place – Outlet" dateline, paragraphs with
// a link, bold, numbers and a quotation), written for these tests.
import type { ExportMessageSpec, Run } from "../helpers/export-builder.js";

// 2021-02-19 10:26 UTC, 13:26 in Baghdad.
export const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;

export const HEADLINE = "ستولتنبرغ: الحلف سيوسع مهمة التدريب في العراق";
export const P1 = "أعلن ستولتنبرغ يوم الخميس توسيع مهمة التدريب.";
export const P1_EDITED = "زار ستولتنبرغ الجنود يوم الخميس.";
export const P5 = "وأكد الوزير أن القرار نهائي.";
export const P5_EDITED = "وأكد الوزير أن القرار مؤقت.";

export function arabicPost(
  id: number,
  opts: { p1?: string; p5?: string; edited?: number } = {},
): ExportMessageSpec {
  const text: Run[] = [
    `${HEADLINE}\n`,
    "بغداد – الرافد\n\n",
    `${opts.p1 ?? P1}\n\n`,
    "والتقى وزير الدفاع وستولتنبرغ في بروكسل يوم 18 فبراير، ",
    { type: "text_link", text: "بحسب البيان", href: "https://example.org/statement" },
    ".\n\n",
    { type: "bold", text: "لم يتخذ أي قرار" },
    " بعد بشأن الانسحاب، وسيرتفع عدد المدربين من 500 إلى 4000.\n\n",
    { type: "blockquote", text: "قال المتحدث: «سنساهم بنصيبنا العادل»." },
    "\n\n",
    opts.p5 ?? P5,
  ];
  return { id, date: POSTED, text, ...(opts.edited ? { edited: opts.edited } : {}) };
}

/** A short post without any glossary term. */
export function otherPost(id: number, date = POSTED + 600): ExportMessageSpec {
  return { id, date, text: ["العراق: الجنود في بغداد\n\n", "زار الجنود بغداد يوم الخميس."] };
}

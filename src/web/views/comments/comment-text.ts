// Words of the comment section. The section speaks English (marked lang="en" inside pages in other
// languages, so screen readers pronounce it right); the comment count, shown in bylines and listings in the
// site's language, is given in the four languages the site's chrome speaks, with CLDR plural rules.

export const COMMENT_TEXT = {
  lang: "en",
  dir: "ltr" as const,
  leaveReply: "Leave a Reply",
  replyTo: (name: string) => `Reply to ${name}`,
  cancelReply: "Cancel reply",
  intro: "Write as a guest below, or sign in with an account:",
  notes: "Your email address is never shown. Fields marked * are required.",
  comment: "Comment",
  hint: "Plain text. A blank line starts a new paragraph; *emphasis*, **strong**, and lines starting with > quote. Web addresses become links.",
  name: "Name",
  email: "Email",
  website: "Website",
  remember: "Remember my name, email and website on this device for my next comment.",
  notify: "Email me when there are new comments on this article (we ask you to confirm first).",
  honeypot: "Leave this field empty",
  post: "Post Comment",
  says: "says:",
  reply: "Reply",
  replyLabel: (name: string) => `Reply to ${name}`,
  awaiting: "Your comment is awaiting moderation.",
  closed: "Comments are closed.",
  olderComments: "Older comments",
  newerComments: "Newer comments",
  commentsPage: (n: number, of: number) => `Comments page ${n} of ${of}`,
  commentNavigation: "Comment navigation",
  feed: "Comments feed",
  required: "(required)",
};

type PluralForms = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & {
  other: (n: string) => string;
};

const COUNT: Record<string, { dir: "ltr" | "rtl"; forms: PluralForms }> = {
  en: { dir: "ltr", forms: { one: (n) => `${n} comment`, other: (n) => `${n} comments` } },
  ar: {
    dir: "rtl",
    forms: {
      zero: () => "لا تعليقات",
      one: () => "تعليق واحد",
      two: () => "تعليقان",
      few: (n) => `${n} تعليقات`,
      many: (n) => `${n} تعليقًا`,
      other: (n) => `${n} تعليق`,
    },
  },
  fa: { dir: "rtl", forms: { other: (n) => `${n} دیدگاه` } },
  ru: {
    dir: "ltr",
    forms: {
      one: (n) => `${n} комментарий`,
      few: (n) => `${n} комментария`,
      many: (n) => `${n} комментариев`,
      other: (n) => `${n} комментария`,
    },
  },
};

export interface CountLabel {
  label: string;
  lang: string;
  dir: "ltr" | "rtl";
}

/** "3 comments" in `language` when the site speaks it, else in English. */
export function commentCountLabel(count: number, language: string): CountLabel {
  const lang = language in COUNT ? language : "en";
  const entry = COUNT[lang]!;
  const rule = new Intl.PluralRules(lang).select(count);
  const n = new Intl.NumberFormat(lang === "fa" || lang === "ar" ? `${lang}-u-nu-latn` : lang).format(count);
  return { label: (entry.forms[rule] ?? entry.forms.other)(n), lang, dir: entry.dir };
}

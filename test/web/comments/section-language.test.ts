// The comment section speaks the site's interface language (like the header), not the article's: Arabic
// words and dir="rtl" on an Arabic site, marked where the article around it is in another language; the
// English site keeps its words.
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { renderCommentSection } from "../../../src/web/comments/comment-section.js";
import { renderCommentFormPage } from "../../../src/web/comments/form-page.js";
import type { CommentFormView, CommentSectionView } from "../../../src/web/comments/models.js";
import { site } from "../views/fixtures.js";

const form: CommentFormView = {
  action: "/comments",
  articleId: 7,
  articleUrl: "/2021/02/19/budget/",
  replyTo: null,
  cancelReplyUrl: "/2021/02/19/budget/#respond",
  csrf: null,
  stamp: null,
  reader: null,
  signIn: [{ id: "telegram", label: "Telegram", startUrl: () => "/auth/telegram/start" }],
  returnTo: "/2021/02/19/budget/#respond",
  values: { name: "", email: "", url: "", body: "", notify: false, remember: false },
  notifyAvailable: true,
  rememberAvailable: true,
};

function section(language: string, around: CommentSectionView["around"]) {
  return cheerio.load(
    renderCommentSection({
      articleId: 7,
      language,
      around,
      count: 2,
      countLabel: "2",
      comments: [
        {
          id: 12,
          anchor: "comment-12",
          permalink: "/2021/02/19/budget/#comment-12",
          authorName: "Amira",
          authorUrl: null,
          body: [{ kind: "p", content: [{ kind: "text", text: "Good." }] }],
          createdIso: "2021-02-19T13:26:00+03:00",
          createdDisplay: "2021.02.19 – 13:26",
          depth: 1,
          pending: true,
          replyUrl: null,
          children: [],
        },
      ],
      pagination: { page: 2, pages: 3, prevUrl: "/a/#comments", nextUrl: "/a/?cpage=3#comments" },
      open: true,
      form,
      feedUrl: "/2021/02/19/budget/feed/",
    }),
  );
}

describe("the comment section's language", () => {
  it("is Arabic, right to left, on an Arabic site around an English article", () => {
    const $ = section("ar", { lang: "en", dir: "ltr" });
    expect($("#comments").attr("lang")).toBe("ar");
    expect($("#comments").attr("dir")).toBe("rtl");
    expect($("#reply-title .reply-title-text").text()).toBe("اترك تعليقًا");
    expect($('label[for="comment"]').text()).toContain("التعليق");
    expect($('label[for="author"]').text()).toContain("الاسم");
    expect($('label[for="email"]').text()).toContain("البريد الإلكتروني");
    expect($("#submit").text()).toBe("أرسل التعليق");
    expect($(".comment-awaiting").text()).toBe("تعليقك بانتظار المراجعة.");
    expect($(".comments-feed a").text()).toBe("خلاصة التعليقات");
    expect($(".comment-page").first().text()).toBe("صفحة التعليقات 2 من 3");
    expect($(".signin-options a").text()).toBe("الدخول عبر Telegram");
    expect($("#comments").text()).not.toContain("Leave a Reply");
  });

  it("needs no lang/dir of its own around an Arabic article on an Arabic site", () => {
    const $ = section("ar-IQ", { lang: "ar", dir: "rtl" });
    expect($("#comments").attr("lang")).toBeUndefined();
    expect($("#comments").attr("dir")).toBeUndefined();
    expect($("#reply-title .reply-title-text").text()).toBe("اترك تعليقًا");
  });

  it("keeps the English words on an English site, and falls back to them (marked) for other languages", () => {
    const $ = section("en", { lang: "en", dir: "ltr" });
    expect($("#comments").attr("lang")).toBeUndefined();
    expect($("#reply-title .reply-title-text").text()).toBe("Leave a Reply");
    expect($('label[for="comment"]').text()).toContain("Comment");
    expect($("#submit").text()).toBe("Post Comment");
    expect($(".comment-awaiting").text()).toBe("Your comment is awaiting moderation.");
    expect($(".comments-feed a").text()).toBe("Comments feed");
    expect($(".signin-options a").text()).toBe("Log in with Telegram");

    const arabicArticle = section("en", { lang: "ar", dir: "rtl" });
    expect(arabicArticle("#comments").attr("lang")).toBe("en");
    expect(arabicArticle("#comments").attr("dir")).toBe("ltr");

    const turkish = section("tr", { lang: "tr", dir: "ltr" });
    expect(turkish("#comments").attr("lang")).toBe("en");
    expect(turkish("#reply-title .reply-title-text").text()).toBe("Leave a Reply");
  });

  it("gives the confirm page in the site's language", () => {
    const $ = cheerio.load(
      renderCommentFormPage(site({ language: "ar", direction: "rtl" }), {
        title: "Confirm your comment",
        messages: ["That was very quick. Please check your comment below and send it again.", "Odd one."],
        articleHeadline: "Budget",
        form,
      }),
    );
    expect($("html").attr("lang")).toBe("ar");
    expect($("html").attr("dir")).toBe("rtl");
    expect($("h1").text()).toBe("أكّد تعليقك");
    expect($(".comment-form-message").first().text()).toContain("كان ذلك سريعًا جدًا");
    expect($('.comment-form-message [lang="en"]').text()).toBe("Odd one.");
    expect($("#reply-title").text()).toContain("اترك تعليقًا");
  });
});

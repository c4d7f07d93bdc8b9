// Hand-built view models for the view tests: an English site carrying an Arabic channel and an English one.
import type {
  ArticleView,
  ChannelView,
  ErrorPageView,
  ListingView,
  MediaView,
  RevisionsPageView,
  SiteView,
} from "../../../src/web/view-models.js";

export const peopleChannel: ChannelView = {
  username: "people",
  title: "الناس",
  cta: "تابعوا قناة الناس على تيليغرام",
  telegramUrl: "https://t.me/people",
};

export const wireChannel: ChannelView = {
  username: "citywire",
  title: "City Wire",
  cta: "Get City Wire on Telegram first",
  telegramUrl: "https://t.me/citywire",
};

export function site(overrides: Partial<SiteView> = {}): SiteView {
  return {
    title: "Dateline Test",
    baseUrl: "https://news.example.org",
    language: "en",
    direction: "ltr",
    channels: [peopleChannel],
    feeds: [{ title: "All articles", type: "application/rss+xml", href: "/feed/" }],
    ...overrides,
  };
}

export function photo(n: number): MediaView {
  return {
    kind: "image",
    src: `/media/ph/${n}-1280.jpg`,
    srcset: `/media/ph/${n}-320.jpg 320w, /media/ph/${n}-640.jpg 640w, /media/ph/${n}-1280.jpg 1280w`,
    width: 1280,
    height: 853,
    mimeType: "image/jpeg",
  };
}

/** An Arabic post with a dateline and an album of three photos. */
export function arabicArticle(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    url: "/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/",
    headline: "افتتاح جسر جديد على نهر دجلة وسط بغداد",
    dateline: { place: "بغداد", outlet: "الناس" },
    bodyHtml:
      "<p>افتتحت أمانة بغداد صباح اليوم جسراً جديداً يربط ضفتي النهر بعد عامين من العمل.</p>" +
      "<p>وقال مسؤول في الأمانة إن الجسر سيخفف الزحام في ساعات الذروة.</p>" +
      "<blockquote>نأمل أن يفتح جسر ثانٍ قبل نهاية العام</blockquote>",
    summary: "افتتحت أمانة بغداد صباح اليوم جسراً جديداً يربط ضفتي النهر بعد عامين من العمل.",
    publishedIso: "2021-02-19T10:26:00.000Z",
    publishedDisplay: "2021.02.19 – 13:26",
    updatedIso: null,
    updatedDisplay: null,
    language: "ar",
    direction: "rtl",
    tags: [
      { name: "بغداد", url: "/tag/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF/" },
      { name: "جسور", url: "/tag/%D8%AC%D8%B3%D9%88%D8%B1/" },
    ],
    media: [photo(1), photo(2), photo(3)],
    channel: peopleChannel,
    telegramPostUrl: "https://t.me/people/4512",
    revisionsUrl: null,
    imageUrl: "https://news.example.org/media/ph/1-1280.jpg",
    ...overrides,
  };
}

/** An English post that was edited once, with a video, a file and a media item too large to store. */
export function editedEnglishArticle(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    url: "/2021/03/02/council-approves-night-buses/",
    headline: "Council approves night buses for the old town",
    dateline: { place: "Mosul", outlet: null },
    bodyHtml:
      "<p>The city council voted on Tuesday to run buses through the old town after midnight.</p>" +
      '<p>Routes will be published next week. <span class="spoiler" tabindex="0">Fares stay the same.</span></p>' +
      "<pre><code>Route 7: 00:30, 01:30</code></pre>",
    summary: "The city council voted on Tuesday to run buses through the old town after midnight.",
    publishedIso: "2021-03-02T08:00:00.000Z",
    publishedDisplay: "2021.03.02 – 11:00",
    updatedIso: "2021-03-02T09:15:00.000Z",
    updatedDisplay: "2021.03.02 – 12:15",
    language: "en",
    direction: "ltr",
    tags: [{ name: "transport", url: "/tag/transport/" }],
    media: [
      {
        kind: "video",
        src: "/media/v/1.mp4",
        width: 1280,
        height: 720,
        mimeType: "video/mp4",
        poster: "/media/v/1.jpg",
      },
      { kind: "file", src: "/media/f/timetable%20v2.pdf", mimeType: "application/pdf" },
      { kind: "unavailable", src: "", telegramUrl: "https://t.me/citywire/88" },
    ],
    channel: wireChannel,
    telegramPostUrl: "https://t.me/citywire/88",
    revisionsUrl: "/2021/03/02/council-approves-night-buses/revisions/",
    imageUrl: null,
    ...overrides,
  };
}

/** Page 2 of the home page: both neighbours exist; items in two languages, one without an image. */
export function homePage2(overrides: Partial<ListingView> = {}): ListingView {
  return {
    title: "Page 2",
    heading: null,
    items: [
      {
        url: "/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/",
        headline: "افتتاح جسر جديد على نهر دجلة وسط بغداد",
        summary: "افتتحت أمانة بغداد صباح اليوم جسراً جديداً يربط ضفتي النهر.",
        publishedIso: "2021-02-19T10:26:00.000Z",
        publishedDisplay: "2021.02.19 – 13:26",
        language: "ar",
        direction: "rtl",
        dateline: { place: "بغداد", outlet: "الناس" },
        image: photo(1),
        channelTitle: "الناس",
      },
      {
        url: "/2021/03/02/council-approves-night-buses/",
        headline: "Council approves night buses for the old town",
        summary: "The city council voted on Tuesday to run buses through the old town after midnight.",
        publishedIso: "2021-03-02T08:00:00.000Z",
        publishedDisplay: "2021.03.02 – 11:00",
        language: "en",
        direction: "ltr",
        dateline: { place: "Mosul", outlet: null },
        image: null,
        channelTitle: "City Wire",
      },
      {
        url: "/2021/03/03/market-reopens/",
        headline: "Old market reopens after repairs",
        summary: "Traders returned to the covered market on Wednesday.",
        publishedIso: "2021-03-03T08:00:00.000Z",
        publishedDisplay: "2021.03.03 – 11:00",
        language: "en",
        direction: "ltr",
        dateline: null,
        image: photo(4),
        channelTitle: "City Wire",
      },
    ],
    pagination: { page: 2, prevUrl: "/", nextUrl: "/page/3/" },
    feedUrl: "/feed/",
    canonicalPath: "/page/2/",
    ...overrides,
  };
}

/** Revisions given oldest first, as a query might return them; the page must show the newest first. */
export function revisions(): RevisionsPageView {
  return {
    article: {
      url: "/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/",
      headline: "افتتاح جسر جديد على نهر دجلة وسط بغداد",
      language: "ar",
      direction: "rtl",
    },
    revisions: [
      {
        number: 1,
        createdIso: "2021-02-19T10:26:00.000Z",
        createdDisplay: "2021.02.19 – 13:26",
        headline: "افتتاح جسر على نهر دجلة",
        bodyText: "السطر الأول",
        diff: [{ op: "add", text: "السطر الأول" }],
      },
      {
        number: 2,
        createdIso: "2021-02-19T11:00:00.000Z",
        createdDisplay: "2021.02.19 – 14:00",
        headline: "افتتاح جسر جديد على نهر دجلة وسط بغداد",
        bodyText: "السطر الأول المعدل\n\nسطر جديد",
        diff: [
          { op: "del", text: "السطر الأول" },
          { op: "add", text: "السطر الأول المعدل" },
          { op: "same", text: "" },
          { op: "add", text: "سطر جديد" },
        ],
      },
    ],
  };
}

export const errors: Record<400 | 404 | 410 | 500, ErrorPageView> = {
  400: { status: 400, title: "Bad request", message: "The address is not valid." },
  404: { status: 404, title: "Not found", message: "There is no page at this address." },
  410: { status: 410, title: "Article removed", message: "This article was removed." },
  500: { status: 500, title: "Server error", message: "Something went wrong on our side." },
};

// The demo channel: an invented newsroom, "The Tigris Courier", with posts written for this project in
// Arabic and English. They exercise what real channels do: headline lines, "Place – Outlet" datelines,
// formatting and links, hashtags, an album, an edited post and a promotion line on most posts.

export interface DemoEntity {
  type: string;
  text: string;
  href?: string;
}

export interface DemoPost {
  id: number;
  /** ISO time, UTC */
  at: string;
  /** Text runs: plain strings, or formatted runs as in Telegram Desktop exports. */
  text: (string | DemoEntity)[];
  photo?: { file: string; width: number; height: number; hue: number };
  edited?: { at: string; text: (string | DemoEntity)[] };
}

export const DEMO_CHANNEL = {
  username: "tigriscourier",
  exportId: 1777000001,
  title: "The Tigris Courier",
  timezone: "Asia/Baghdad",
  language: "ar",
  cta: "The Tigris Courier on Telegram: our latest updates, always",
  strip: ["The Tigris Courier on Telegram … our latest updates, always"],
} as const;

const PROMO_EN = "The Tigris Courier on Telegram … our latest updates, always";
const PROMO_AR = "قناة دجلة على تلغرام… آخر أخبارنا، دائماً";

export const DEMO_POSTS: DemoPost[] = [
  {
    id: 2,
    at: "2026-11-16T06:05:00Z",
    text: [
      { type: "bold", text: "River levels on the Tigris rise after a week of rain" },
      "\nBaghdad – Courier\n\nThe water authority said on Monday that the level of the Tigris at the capital rose by almost forty centimetres over seven days, the largest weekly rise recorded this autumn.\n\n",
      PROMO_EN,
      "\n\nEngineers are watching the embankments in the southern districts, a spokesman said, adding that “there is no risk of flooding at present, but we are ready.”\n\nFarmers upstream welcomed the rain after two dry seasons.\n\n",
      { type: "hashtag", text: "#water" },
      " ",
      { type: "hashtag", text: "#Baghdad" },
    ],
  },
  {
    id: 3,
    at: "2026-11-16T09:40:00Z",
    text: [
      "افتتاح جسر جديد يربط ضفتي الموصل\nالموصل – دجلة\n\nافتتحت السلطات المحلية صباح اليوم جسراً جديداً على نهر دجلة، بعد عامين من أعمال البناء.\n\n",
      PROMO_AR,
      "\n\nوقال مدير المشروع إن الجسر «سيختصر زمن العبور إلى النصف» في ساعات الذروة.\n\n",
      { type: "hashtag", text: "#الموصل" },
      " ",
      { type: "hashtag", text: "#جسور" },
    ],
  },
  {
    id: 4,
    at: "2026-11-17T07:15:00Z",
    photo: { file: "photos/photo_1@17-11-2026_10-15-00.jpg", width: 1200, height: 800, hue: 30 },
    text: [
      "Photos: the book market on Al-Mutanabbi Street reopens after renovation\nBaghdad – Courier\n\nBooksellers returned to their stalls on Friday as the renovated street opened to readers again.\n\n",
      PROMO_EN,
    ],
  },
  {
    id: 5,
    at: "2026-11-17T07:15:00Z",
    photo: { file: "photos/photo_2@17-11-2026_10-15-00.jpg", width: 1200, height: 800, hue: 200 },
    text: [],
  },
  {
    id: 6,
    at: "2026-11-17T07:15:00Z",
    photo: { file: "photos/photo_3@17-11-2026_10-15-00.jpg", width: 800, height: 1200, hue: 120 },
    text: [],
  },
  {
    id: 7,
    at: "2026-11-18T11:20:00Z",
    text: [
      "وزارة الكهرباء تنشر جدول التجهيز لفصل الشتاء\nبغداد – دجلة\n\nأعلنت الوزارة جدولاً جديداً لساعات التجهيز في العاصمة والمحافظات، ",
      { type: "bold", text: "يبدأ العمل به مطلع الشهر المقبل" },
      ".\n\nويمكن الاطلاع على الجدول الكامل في ",
      { type: "text_link", text: "موقع الوزارة", href: "https://example.org/schedule" },
      ".\n\n",
      PROMO_AR,
      "\n\n",
      { type: "hashtag", text: "#كهرباء" },
    ],
    edited: {
      at: "2026-11-18T12:05:00Z",
      text: [
        "وزارة الكهرباء تنشر جدول التجهيز لفصل الشتاء\nبغداد – دجلة\n\nأعلنت الوزارة جدولاً جديداً لساعات التجهيز في العاصمة والمحافظات، ",
        { type: "bold", text: "يبدأ العمل به في الأول من كانون الأول" },
        ".\n\nويمكن الاطلاع على الجدول الكامل في ",
        { type: "text_link", text: "موقع الوزارة", href: "https://example.org/schedule" },
        "، كما ستنشر الدوائر المحلية جداولها خلال يومين.\n\n",
        PROMO_AR,
        "\n\n",
        { type: "hashtag", text: "#كهرباء" },
      ],
    },
  },
  {
    id: 8,
    at: "2026-11-19T08:00:00Z",
    text: [
      "Basra port handles record number of containers in October\nBasra – Courier\n\nThe port authority reported its busiest month on record, with ",
      { type: "italic", text: "more than 120,000" },
      " containers handled, according to figures published on Wednesday.\n\n",
      {
        type: "blockquote",
        text: "“The new berths are working at full capacity,” the port director told reporters.",
      },
      "\n\nThe authority plans to open two more berths next year.\n\n",
      PROMO_EN,
      "\n\n",
      { type: "hashtag", text: "#Basra" },
      " ",
      { type: "hashtag", text: "#economy" },
    ],
  },
  {
    id: 9,
    at: "2026-11-20T14:30:00Z",
    text: [
      "المنتخب الوطني يفوز في مباراته الودية الأخيرة قبل البطولة\nأربيل – دجلة\n\nفاز المنتخب بهدفين مقابل هدف في مباراة أقيمت مساء اليوم، وقال المدرب إن «الفريق جاهز».\n\n",
      PROMO_AR,
      "\n\n",
      { type: "hashtag", text: "#رياضة" },
    ],
  },
  {
    id: 10,
    at: "2026-11-21T05:45:00Z",
    text: [
      "Schools in Najaf close for two days as dust storm sweeps the south\nNajaf – Courier\n\nThe education directorate suspended classes on Saturday and Sunday. Hospitals reported dozens of people treated for breathing difficulties.\n\nThe weather service expects visibility to improve by Monday. Updates on ",
      { type: "link", text: "https://example.org/weather" },
      ".\n\n",
      PROMO_EN,
    ],
  },
  {
    id: 11,
    at: "2026-11-22T10:10:00Z",
    text: [
      "انطلاق معرض بغداد الدولي للكتاب بمشاركة ثلاثمئة دار نشر\nبغداد – دجلة\n\nيستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية.\n\n",
      PROMO_AR,
      "\n\n",
      { type: "hashtag", text: "#ثقافة" },
      " ",
      { type: "hashtag", text: "#بغداد" },
    ],
  },
  {
    id: 12,
    at: "2026-11-23T16:50:00Z",
    text: [
      "ارتفاع أسعار الطماطم في الأسواق المحلية بسبب الأمطار\nالبصرة – دجلة\n\nقال تجار إن تأخر وصول الشحنات رفع الأسعار بنحو الثلث خلال أسبوع.\n\n",
      PROMO_AR,
    ],
  },
  {
    id: 13,
    at: "2026-11-24T09:00:00Z",
    text: [
      "Kirkuk airport resumes flights to Istanbul\nKirkuk – Courier\n\nThe first flight in three years landed on Tuesday morning, the transport ministry said.\n\n",
      PROMO_EN,
      "\n\n",
      { type: "hashtag", text: "#travel" },
    ],
  },
];

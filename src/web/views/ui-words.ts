// The words of the site's own interface (not the articles'). Dateline serves Arabic, English, Persian and
// Russian channels, so the chrome speaks those four; any other site language falls back to English, and the
// element carrying the text is then marked lang="en" so screen readers pronounce it right.
import type { Direction } from "../../articles/types.js";

export interface UiText {
  /** BCP 47 tag of these strings (not necessarily the site's language: see the fallback above). */
  lang: string;
  dir: Direction;
  skipToContent: string;
  searchLabel: string;
  searchButton: string;
  channels: string;
  frontPage: string;
  feeds: string;
  followOnTelegram: string;
  updated: string;
  viewOnTelegram: string;
  tags: string;
  pages: string;
  newer: string;
  older: string;
  page: (n: number) => string;
  noArticles: string;
  revisions: string;
  revision: (n: number) => string;
  backToArticle: string;
  added: string;
  removed: string;
  download: string;
  mediaOnTelegram: string;
  mediaMissing: string;
  removedNotice: string;
}

const en: UiText = {
  lang: "en",
  dir: "ltr",
  skipToContent: "Skip to content",
  searchLabel: "Search articles",
  searchButton: "Search",
  channels: "Channels",
  frontPage: "Front page",
  feeds: "Feeds",
  followOnTelegram: "Follow on Telegram",
  updated: "Updated",
  viewOnTelegram: "View on Telegram",
  tags: "Tags",
  pages: "Pages",
  newer: "Newer",
  older: "Older",
  page: (n) => `Page ${n}`,
  noArticles: "No articles yet.",
  revisions: "Revisions",
  revision: (n) => `Revision ${n}`,
  backToArticle: "Back to the article",
  added: "Added:",
  removed: "Removed:",
  download: "Download",
  mediaOnTelegram: "This media is not stored here. View it on Telegram",
  mediaMissing: "This media is not available.",
  removedNotice: "The publisher removed this article. It is no longer available here.",
};

const ar: UiText = {
  lang: "ar",
  dir: "rtl",
  skipToContent: "انتقل إلى المحتوى",
  searchLabel: "ابحث في المقالات",
  searchButton: "بحث",
  channels: "القنوات",
  frontPage: "الصفحة الرئيسية",
  feeds: "الخلاصات",
  followOnTelegram: "تابعنا على تيليغرام",
  updated: "آخر تحديث",
  viewOnTelegram: "عرض على تيليغرام",
  tags: "الوسوم",
  pages: "الصفحات",
  newer: "الأحدث",
  older: "الأقدم",
  page: (n) => `الصفحة ${n}`,
  noArticles: "لا توجد مقالات بعد.",
  revisions: "سجل التعديلات",
  revision: (n) => `النسخة ${n}`,
  backToArticle: "العودة إلى المقال",
  added: "أضيف:",
  removed: "حُذف:",
  download: "تنزيل",
  mediaOnTelegram: "هذا الملف غير محفوظ هنا. شاهده على تيليغرام",
  mediaMissing: "هذا الملف غير متاح.",
  removedNotice: "أزال الناشر هذا المقال، ولم يعد متاحًا هنا.",
};

const fa: UiText = {
  lang: "fa",
  dir: "rtl",
  skipToContent: "رفتن به محتوا",
  searchLabel: "جستجو در مطالب",
  searchButton: "جستجو",
  channels: "کانال‌ها",
  frontPage: "صفحه اول",
  feeds: "خوراک‌ها",
  followOnTelegram: "ما را در تلگرام دنبال کنید",
  updated: "به‌روزرسانی",
  viewOnTelegram: "مشاهده در تلگرام",
  tags: "برچسب‌ها",
  pages: "صفحه‌ها",
  newer: "جدیدتر",
  older: "قدیمی‌تر",
  page: (n) => `صفحه ${n}`,
  noArticles: "هنوز مطلبی نیست.",
  revisions: "تاریخچه ویرایش‌ها",
  revision: (n) => `نسخه ${n}`,
  backToArticle: "بازگشت به مطلب",
  added: "افزوده:",
  removed: "حذف‌شده:",
  download: "دانلود",
  mediaOnTelegram: "این رسانه اینجا ذخیره نشده است. آن را در تلگرام ببینید",
  mediaMissing: "این رسانه در دسترس نیست.",
  removedNotice: "ناشر این مطلب را حذف کرده است و دیگر اینجا در دسترس نیست.",
};

const ru: UiText = {
  lang: "ru",
  dir: "ltr",
  skipToContent: "Перейти к содержанию",
  searchLabel: "Поиск по статьям",
  searchButton: "Найти",
  channels: "Каналы",
  frontPage: "Главная",
  feeds: "Ленты",
  followOnTelegram: "Подписывайтесь в Telegram",
  updated: "Обновлено",
  viewOnTelegram: "Открыть в Telegram",
  tags: "Теги",
  pages: "Страницы",
  newer: "Новее",
  older: "Старее",
  page: (n) => `Страница ${n}`,
  noArticles: "Статей пока нет.",
  revisions: "История правок",
  revision: (n) => `Версия ${n}`,
  backToArticle: "Вернуться к статье",
  added: "Добавлено:",
  removed: "Удалено:",
  download: "Скачать",
  mediaOnTelegram: "Этот файл здесь не хранится. Посмотреть в Telegram",
  mediaMissing: "Этот файл недоступен.",
  removedNotice: "Издатель удалил эту статью, она больше недоступна.",
};

const catalog: Readonly<Record<string, UiText>> = { en, ar, fa, ru };

/** Interface strings for a language tag: "ar-IQ" uses "ar"; unknown languages get English. */
export function uiText(language: string): UiText {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return catalog[primary] ?? en;
}

// The words of the search page and the related list, in the four interface languages of
// web/views/ui-words.ts (Arabic, English, Persian, Russian), English for any other. Counts are written
// as "Results: 12" where the language has more than two plural forms, which avoids plural rules.

export interface SearchText {
  lang: string;
  title: string;
  resultsFor: (query: string) => string;
  count: (n: number, more: boolean) => string;
  queryLabel: string;
  submit: string;
  filters: string;
  channel: string;
  anyChannel: string;
  tag: string;
  from: string;
  to: string;
  clearFilters: string;
  prompt: string;
  tips: string;
  nothingToSearch: string;
  noResults: string;
  noResultsHelp: string;
  previous: string;
  next: string;
  pages: string;
  related: string;
}

const en: SearchText = {
  lang: "en",
  title: "Search",
  resultsFor: (q) => `Results for “${q}”`,
  count: (n, more) => (more ? `More than ${n} results` : n === 1 ? "1 result" : `${n} results`),
  queryLabel: "Search for",
  submit: "Search",
  filters: "Filters",
  channel: "Channel",
  anyChannel: "All channels",
  tag: "Tag",
  from: "From",
  to: "To",
  clearFilters: "Clear the filters",
  prompt: "Type a word, a name or a place to search every article.",
  tips: "Put words in quotes for an exact phrase; put a minus sign before a word to leave it out.",
  nothingToSearch: "Your search has no words to look for. Try a word or a name.",
  noResults: "No articles match your search.",
  noResultsHelp: "Check the spelling, try other or fewer words, or remove the filters.",
  previous: "Previous",
  next: "Next",
  pages: "Result pages",
  related: "Related articles",
};

const ar: SearchText = {
  lang: "ar",
  title: "بحث",
  resultsFor: (q) => `نتائج البحث عن «${q}»`,
  count: (n, more) => (more ? `النتائج: أكثر من ${n}` : `النتائج: ${n}`),
  queryLabel: "ابحث عن",
  submit: "بحث",
  filters: "تصفية النتائج",
  channel: "القناة",
  anyChannel: "كل القنوات",
  tag: "الوسم",
  from: "من تاريخ",
  to: "إلى تاريخ",
  clearFilters: "إلغاء التصفية",
  prompt: "اكتب كلمة أو اسمًا أو مكانًا للبحث في كل المقالات.",
  tips: "ضع الكلمات بين علامتي تنصيص للبحث عن عبارة كما هي، وضع علامة الطرح قبل كلمة لاستبعادها.",
  nothingToSearch: "لا يحتوي بحثك على كلمات يمكن البحث عنها. جرّب كلمة أو اسمًا.",
  noResults: "لا توجد مقالات تطابق بحثك.",
  noResultsHelp: "تحقق من الإملاء، أو جرّب كلمات أخرى أو أقل، أو ألغِ التصفية.",
  previous: "السابق",
  next: "التالي",
  pages: "صفحات النتائج",
  related: "مقالات ذات صلة",
};

const fa: SearchText = {
  lang: "fa",
  title: "جستجو",
  resultsFor: (q) => `نتایج جستجو برای «${q}»`,
  count: (n, more) => (more ? `نتایج: بیش از ${n}` : `نتایج: ${n}`),
  queryLabel: "جستجو برای",
  submit: "جستجو",
  filters: "فیلترها",
  channel: "کانال",
  anyChannel: "همه کانال‌ها",
  tag: "برچسب",
  from: "از تاریخ",
  to: "تا تاریخ",
  clearFilters: "حذف فیلترها",
  prompt: "یک واژه، نام یا مکان بنویسید تا در همه مطالب جستجو شود.",
  tips: "برای عبارت دقیق، واژه‌ها را در گیومه بگذارید؛ برای کنار گذاشتن یک واژه، پیش از آن علامت منفی بگذارید.",
  nothingToSearch: "جستجوی شما واژه‌ای برای یافتن ندارد. یک واژه یا نام را امتحان کنید.",
  noResults: "هیچ مطلبی با جستجوی شما مطابقت ندارد.",
  noResultsHelp: "املا را بررسی کنید، واژه‌های دیگر یا کمتری را امتحان کنید، یا فیلترها را حذف کنید.",
  previous: "قبلی",
  next: "بعدی",
  pages: "صفحه‌های نتایج",
  related: "مطالب مرتبط",
};

const ru: SearchText = {
  lang: "ru",
  title: "Поиск",
  resultsFor: (q) => `Результаты поиска «${q}»`,
  count: (n, more) => (more ? `Найдено: больше ${n}` : `Найдено: ${n}`),
  queryLabel: "Искать",
  submit: "Найти",
  filters: "Фильтры",
  channel: "Канал",
  anyChannel: "Все каналы",
  tag: "Тег",
  from: "Дата с",
  to: "Дата по",
  clearFilters: "Сбросить фильтры",
  prompt: "Введите слово, имя или место, чтобы искать по всем статьям.",
  tips: "Возьмите слова в кавычки, чтобы искать точную фразу; поставьте минус перед словом, чтобы исключить его.",
  nothingToSearch: "В запросе нет слов для поиска. Попробуйте слово или имя.",
  noResults: "Статей по вашему запросу не найдено.",
  noResultsHelp: "Проверьте написание, попробуйте другие или меньше слов либо сбросьте фильтры.",
  previous: "Назад",
  next: "Дальше",
  pages: "Страницы результатов",
  related: "Похожие статьи",
};

const catalog: Readonly<Record<string, SearchText>> = { en, ar, fa, ru };

/** Strings for a language tag ("ar-IQ" uses "ar"); unknown languages get English. */
export function searchText(language: string): SearchText {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return catalog[primary] ?? en;
}

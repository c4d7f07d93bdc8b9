// Words of the comment section, its form pages and the sign-in line on the form, in the languages the site's
// own interface speaks (see web/views/ui-words.ts): chosen by the site's language the same way ("ar-IQ" uses "ar"),
// English for any other. The section is site interface, like the header: where its language differs from
// the article's around it, the section carries lang/dir.
import type { Direction } from "../../articles/types.js";
import { SIGN_IN_WORDS, type SignInWords } from "../auth/signed-in-as.js";

export interface CommentText extends SignInWords {
  /** BCP 47 tag of these strings (English when the site's language is not one of ours). */
  lang: string;
  dir: Direction;
  leaveReply: string;
  replyTo: (name: string) => string;
  cancelReply: string;
  intro: string;
  notes: string;
  comment: string;
  hint: string;
  name: string;
  email: string;
  website: string;
  remember: string;
  notify: string;
  honeypot: string;
  post: string;
  says: string;
  reply: string;
  replyLabel: (name: string) => string;
  awaiting: string;
  closed: string;
  olderComments: string;
  newerComments: string;
  commentsPage: (n: number, of: number) => string;
  commentNavigation: string;
  feed: string;
  required: string;
  /**
   * The form pages' titles, messages and link labels (given by the comment routes in English), keyed by
   * their English text; a text not listed stays English, marked lang="en".
   */
  messages: Readonly<Record<string, string>>;
}

const en: CommentText = {
  lang: "en",
  dir: "ltr",
  ...SIGN_IN_WORDS,
  leaveReply: "Leave a Reply",
  replyTo: (name) => `Reply to ${name}`,
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
  replyLabel: (name) => `Reply to ${name}`,
  awaiting: "Your comment is awaiting moderation.",
  closed: "Comments are closed.",
  olderComments: "Older comments",
  newerComments: "Newer comments",
  commentsPage: (n, of) => `Comments page ${n} of ${of}`,
  commentNavigation: "Comment navigation",
  feed: "Comments feed",
  required: "(required)",
  messages: {},
};

/** The English texts of the form pages (routes in this folder, comments/comment-draft.ts). */
const M = {
  yourComment: "Your comment",
  confirmComment: "Confirm your comment",
  notPosted: "Comment not posted",
  frontPage: "Front page",
  notFound: "This article does not take comments.",
  closed: "Comments on this article are closed.",
  badParent: "The comment you replied to is no longer available. You can post yours as a new comment.",
  tooDeep: "This conversation cannot be nested any deeper: reply to a comment further up.",
  blocked: "Comments from you are not accepted here.",
  flood: "You are posting too quickly. Wait a few seconds, then send your comment again.",
  rate: "You have posted many comments in the last hour. Please try again later.",
  duplicate: "You have already posted this comment.",
  discarded: "Your comment was not accepted.",
  stampMissing:
    "Please confirm your comment. To be sure a comment really comes from you and not from another site " +
    "acting in your name, we check a token that this page gives your browser. Your browser did not have " +
    "it yet; it has it now. Check your comment below and send it again.",
  tooFast: "That was very quick. Please check your comment below and send it again.",
  stale: "This form was opened a long time ago. Please check your comment below and send it again.",
  incomplete: "The form is incomplete.",
  writeComment: "Please write a comment.",
  giveName: "Please give your name.",
  giveEmail: "Please give a valid email address (it is never shown).",
  badWebsite: "The website must be an http:// or https:// address.",
  confirmEmailTitle: "Confirm your email address",
  confirmEmail: "Press the button to confirm that this email address is yours.",
  confirmMyAddress: "Confirm my address",
  addressConfirmed: "Address confirmed",
  confirmedThanks: "Thank you: your email address is confirmed in this browser.",
  willGetEmail: "You will get an email when new comments appear.",
  stopTitle: "Stop comment emails",
  stop: "Press the button to stop emails about new comments on this article.",
  unsubscribe: "Unsubscribe",
  unsubscribed: "Unsubscribed",
  noMoreEmail: "You will get no more emails about new comments on this article.",
  expiredTitle: "This link does not work any more",
  expired:
    "The link was already used, or it is more than two days old. Post a comment again to get a new one.",
  badUnsubscribeTitle: "Unknown unsubscribe link",
  badUnsubscribe: "This unsubscribe link is not valid. Copy the whole address from the email.",
};

type MessageKey = keyof typeof M;

function messages(t: Record<MessageKey, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(M) as MessageKey[]) out[M[k]] = t[k];
  return out;
}

const ar: CommentText = {
  lang: "ar",
  dir: "rtl",
  signedInAs: (label) => `أنت تعلّق باستخدام حسابك على ${label}.`,
  logOut: "تسجيل الخروج",
  change: "تغيير",
  logInWith: (label) => `الدخول عبر ${label}`,
  leaveReply: "اترك تعليقًا",
  replyTo: (name) => `الرد على ${name}`,
  cancelReply: "إلغاء الرد",
  intro: "اكتب تعليقك كزائر أدناه، أو سجّل الدخول بأحد حساباتك:",
  notes: "لن يُعرض بريدك الإلكتروني أبدًا. الحقول المعلَّمة بـ * مطلوبة.",
  comment: "التعليق",
  hint: "نص عادي. يبدأ السطر الفارغ فقرة جديدة؛ *للتأكيد* و**للإبراز**، والأسطر التي تبدأ بـ > تصبح اقتباسًا. تتحول عناوين الويب إلى روابط.",
  name: "الاسم",
  email: "البريد الإلكتروني",
  website: "الموقع الإلكتروني",
  remember: "احفظ اسمي وبريدي الإلكتروني وموقعي على هذا الجهاز لتعليقي القادم.",
  notify: "أرسل إليّ رسالة عند نشر تعليقات جديدة على هذا المقال (سنطلب منك التأكيد أولًا).",
  honeypot: "اترك هذا الحقل فارغًا",
  post: "أرسل التعليق",
  says: "قال:",
  reply: "رد",
  replyLabel: (name) => `الرد على ${name}`,
  awaiting: "تعليقك بانتظار المراجعة.",
  closed: "التعليقات مغلقة.",
  olderComments: "تعليقات أقدم",
  newerComments: "تعليقات أحدث",
  commentsPage: (n, of) => `صفحة التعليقات ${n} من ${of}`,
  commentNavigation: "التنقل بين التعليقات",
  feed: "خلاصة التعليقات",
  required: "(مطلوب)",
  messages: messages({
    yourComment: "تعليقك",
    confirmComment: "أكّد تعليقك",
    notPosted: "لم يُنشر التعليق",
    frontPage: "الصفحة الرئيسية",
    notFound: "لا يقبل هذا المقال التعليقات.",
    closed: "التعليقات على هذا المقال مغلقة.",
    badParent: "التعليق الذي ترد عليه لم يعد متاحًا. يمكنك نشر تعليقك كتعليق جديد.",
    tooDeep: "لا يمكن أن يتفرع هذا النقاش أكثر: رد على تعليق في مستوى أعلى.",
    blocked: "لا تُقبل تعليقاتك هنا.",
    flood: "أنت ترسل التعليقات بسرعة كبيرة. انتظر بضع ثوانٍ ثم أرسل تعليقك مجددًا.",
    rate: "نشرت تعليقات كثيرة خلال الساعة الماضية. يُرجى المحاولة لاحقًا.",
    duplicate: "سبق أن نشرت هذا التعليق.",
    discarded: "لم يُقبل تعليقك.",
    stampMissing:
      "يُرجى تأكيد تعليقك. للتأكد من أن التعليق صادر عنك فعلًا لا عن موقع آخر يتصرف باسمك، نتحقق من رمز " +
      "تعطيه هذه الصفحة لمتصفحك. لم يكن هذا الرمز لدى متصفحك بعد، وقد أصبح لديه الآن. راجع تعليقك أدناه " +
      "وأرسله مرة أخرى.",
    tooFast: "كان ذلك سريعًا جدًا. يُرجى مراجعة تعليقك أدناه وإرساله مرة أخرى.",
    stale: "فُتح هذا النموذج منذ وقت طويل. يُرجى مراجعة تعليقك أدناه وإرساله مرة أخرى.",
    incomplete: "النموذج غير مكتمل.",
    writeComment: "يُرجى كتابة تعليق.",
    giveName: "يُرجى كتابة اسمك.",
    giveEmail: "يُرجى إدخال بريد إلكتروني صحيح (لن يُعرض أبدًا).",
    badWebsite: "يجب أن يكون الموقع عنوانًا يبدأ بـ http:// أو https://.",
    confirmEmailTitle: "أكّد بريدك الإلكتروني",
    confirmEmail: "اضغط الزر لتأكيد أن هذا البريد الإلكتروني لك.",
    confirmMyAddress: "أكّد بريدي",
    addressConfirmed: "تم تأكيد البريد",
    confirmedThanks: "شكرًا لك: تم تأكيد بريدك الإلكتروني في هذا المتصفح.",
    willGetEmail: "ستصلك رسالة عند نشر تعليقات جديدة.",
    stopTitle: "إيقاف رسائل التعليقات",
    stop: "اضغط الزر لإيقاف الرسائل عن التعليقات الجديدة على هذا المقال.",
    unsubscribe: "إلغاء الاشتراك",
    unsubscribed: "أُلغي الاشتراك",
    noMoreEmail: "لن تصلك بعد الآن رسائل عن التعليقات الجديدة على هذا المقال.",
    expiredTitle: "هذا الرابط لم يعد صالحًا",
    expired: "استُخدم هذا الرابط من قبل، أو مضى عليه أكثر من يومين. انشر تعليقًا مرة أخرى لتحصل على رابط جديد.",
    badUnsubscribeTitle: "رابط إلغاء اشتراك غير معروف",
    badUnsubscribe: "رابط إلغاء الاشتراك هذا غير صالح. انسخ العنوان كاملًا من الرسالة.",
  }),
};

const fa: CommentText = {
  lang: "fa",
  dir: "rtl",
  signedInAs: (label) => `شما با حساب ${label} خود دیدگاه می‌نویسید.`,
  logOut: "خروج",
  change: "تغییر",
  logInWith: (label) => `ورود با ${label}`,
  leaveReply: "دیدگاهتان را بنویسید",
  replyTo: (name) => `پاسخ به ${name}`,
  cancelReply: "لغو پاسخ",
  intro: "در زیر به‌عنوان مهمان بنویسید، یا با یکی از حساب‌هایتان وارد شوید:",
  notes: "نشانی ایمیل شما هرگز نمایش داده نمی‌شود. پر کردن بخش‌های نشان‌دار با * الزامی است.",
  comment: "دیدگاه",
  hint: "متن ساده. یک خط خالی بند تازه‌ای شروع می‌کند؛ *تأکید*، **پررنگ**، و خط‌هایی که با > شروع می‌شوند نقل‌قول می‌شوند. نشانی‌های وب پیوند می‌شوند.",
  name: "نام",
  email: "ایمیل",
  website: "وب‌سایت",
  remember: "نام، ایمیل و وب‌سایت مرا برای دیدگاه بعدی در این دستگاه به خاطر بسپار.",
  notify: "وقتی دیدگاه تازه‌ای برای این مطلب آمد به من ایمیل بزن (پیش از آن از شما تأیید می‌خواهیم).",
  honeypot: "این بخش را خالی بگذارید",
  post: "فرستادن دیدگاه",
  says: "می‌گوید:",
  reply: "پاسخ",
  replyLabel: (name) => `پاسخ به ${name}`,
  awaiting: "دیدگاه شما در انتظار بررسی است.",
  closed: "امکان نوشتن دیدگاه بسته شده است.",
  olderComments: "دیدگاه‌های قدیمی‌تر",
  newerComments: "دیدگاه‌های جدیدتر",
  commentsPage: (n, of) => `صفحهٔ ${n} از ${of} دیدگاه‌ها`,
  commentNavigation: "پیمایش دیدگاه‌ها",
  feed: "خوراک دیدگاه‌ها",
  required: "(الزامی)",
  messages: messages({
    yourComment: "دیدگاه شما",
    confirmComment: "دیدگاهتان را تأیید کنید",
    notPosted: "دیدگاه فرستاده نشد",
    frontPage: "صفحه اول",
    notFound: "این مطلب دیدگاه نمی‌پذیرد.",
    closed: "امکان نوشتن دیدگاه برای این مطلب بسته شده است.",
    badParent:
      "دیدگاهی که به آن پاسخ دادید دیگر در دسترس نیست. می‌توانید دیدگاهتان را به‌عنوان دیدگاه تازه بفرستید.",
    tooDeep: "این گفت‌وگو بیش از این تودرتو نمی‌شود: به دیدگاهی در سطح بالاتر پاسخ دهید.",
    blocked: "دیدگاه‌های شما اینجا پذیرفته نمی‌شود.",
    flood: "خیلی سریع دیدگاه می‌فرستید. چند ثانیه صبر کنید و دوباره بفرستید.",
    rate: "در یک ساعت گذشته دیدگاه‌های زیادی فرستاده‌اید. لطفاً بعداً دوباره تلاش کنید.",
    duplicate: "این دیدگاه را پیش‌تر فرستاده‌اید.",
    discarded: "دیدگاه شما پذیرفته نشد.",
    stampMissing:
      "لطفاً دیدگاهتان را تأیید کنید. برای اطمینان از اینکه دیدگاه واقعاً از شماست و نه از سایت دیگری که " +
      "به نام شما کار می‌کند، نشانه‌ای را بررسی می‌کنیم که این صفحه به مرورگرتان می‌دهد. مرورگر شما هنوز " +
      "آن را نداشت و اکنون دارد. دیدگاهتان را در زیر بررسی کنید و دوباره بفرستید.",
    tooFast: "خیلی سریع بود. لطفاً دیدگاهتان را در زیر بررسی کنید و دوباره بفرستید.",
    stale: "این فرم مدت‌ها پیش باز شده است. لطفاً دیدگاهتان را در زیر بررسی کنید و دوباره بفرستید.",
    incomplete: "فرم کامل نیست.",
    writeComment: "لطفاً دیدگاهی بنویسید.",
    giveName: "لطفاً نامتان را بنویسید.",
    giveEmail: "لطفاً نشانی ایمیل معتبری وارد کنید (هرگز نمایش داده نمی‌شود).",
    badWebsite: "نشانی وب‌سایت باید با http:// یا https:// آغاز شود.",
    confirmEmailTitle: "نشانی ایمیلتان را تأیید کنید",
    confirmEmail: "دکمه را بزنید تا تأیید کنید این نشانی ایمیل از آن شماست.",
    confirmMyAddress: "تأیید نشانی من",
    addressConfirmed: "نشانی تأیید شد",
    confirmedThanks: "سپاس: نشانی ایمیل شما در این مرورگر تأیید شد.",
    willGetEmail: "وقتی دیدگاه تازه‌ای بیاید، ایمیلی برایتان فرستاده می‌شود.",
    stopTitle: "توقف ایمیل‌های دیدگاه",
    stop: "دکمه را بزنید تا ایمیل‌های مربوط به دیدگاه‌های تازهٔ این مطلب متوقف شود.",
    unsubscribe: "لغو اشتراک",
    unsubscribed: "اشتراک لغو شد",
    noMoreEmail: "دیگر ایمیلی دربارهٔ دیدگاه‌های تازهٔ این مطلب دریافت نمی‌کنید.",
    expiredTitle: "این پیوند دیگر کار نمی‌کند",
    expired:
      "این پیوند پیش‌تر استفاده شده یا بیش از دو روز از آن گذشته است. برای گرفتن پیوند تازه دوباره دیدگاهی بفرستید.",
    badUnsubscribeTitle: "پیوند لغو اشتراک ناشناخته",
    badUnsubscribe: "این پیوند لغو اشتراک معتبر نیست. نشانی کامل را از ایمیل کپی کنید.",
  }),
};

const ru: CommentText = {
  lang: "ru",
  dir: "ltr",
  signedInAs: (label) => `Вы комментируете от имени своего аккаунта ${label}.`,
  logOut: "Выйти",
  change: "Сменить",
  logInWith: (label) => `Войти через ${label}`,
  leaveReply: "Оставить комментарий",
  replyTo: (name) => `Ответ пользователю ${name}`,
  cancelReply: "Отменить ответ",
  intro: "Напишите комментарий как гость или войдите через свой аккаунт:",
  notes: "Ваш адрес электронной почты не публикуется. Поля, отмеченные *, обязательны.",
  comment: "Комментарий",
  hint: "Обычный текст. Пустая строка начинает новый абзац; *курсив*, **жирный**, а строки, начинающиеся с >, становятся цитатой. Веб-адреса превращаются в ссылки.",
  name: "Имя",
  email: "Электронная почта",
  website: "Сайт",
  remember: "Запомнить моё имя, почту и сайт на этом устройстве для следующего комментария.",
  notify: "Сообщать мне по почте о новых комментариях к этой статье (сначала мы попросим подтвердить адрес).",
  honeypot: "Оставьте это поле пустым",
  post: "Отправить комментарий",
  says: "пишет:",
  reply: "Ответить",
  replyLabel: (name) => `Ответ пользователю ${name}`,
  awaiting: "Ваш комментарий ожидает проверки.",
  closed: "Комментарии закрыты.",
  olderComments: "Более ранние комментарии",
  newerComments: "Более новые комментарии",
  commentsPage: (n, of) => `Страница комментариев ${n} из ${of}`,
  commentNavigation: "Навигация по комментариям",
  feed: "Лента комментариев",
  required: "(обязательно)",
  messages: messages({
    yourComment: "Ваш комментарий",
    confirmComment: "Подтвердите комментарий",
    notPosted: "Комментарий не опубликован",
    frontPage: "Главная",
    notFound: "К этой статье нельзя оставлять комментарии.",
    closed: "Комментарии к этой статье закрыты.",
    badParent:
      "Комментарий, на который вы отвечали, больше недоступен. Вы можете опубликовать свой как новый.",
    tooDeep: "Эту ветку нельзя продолжить глубже: ответьте на комментарий уровнем выше.",
    blocked: "Ваши комментарии здесь не принимаются.",
    flood: "Вы отправляете комментарии слишком часто. Подождите несколько секунд и отправьте снова.",
    rate: "За последний час вы отправили много комментариев. Попробуйте позже.",
    duplicate: "Вы уже отправили этот комментарий.",
    discarded: "Ваш комментарий не принят.",
    stampMissing:
      "Пожалуйста, подтвердите комментарий. Чтобы убедиться, что комментарий действительно от вас, а не от " +
      "другого сайта, действующего от вашего имени, мы проверяем ключ, который эта страница выдаёт вашему " +
      "браузеру. У вашего браузера его ещё не было, теперь он есть. Проверьте комментарий ниже и отправьте его снова.",
    tooFast: "Это было очень быстро. Проверьте комментарий ниже и отправьте его снова.",
    stale: "Эта форма была открыта очень давно. Проверьте комментарий ниже и отправьте его снова.",
    incomplete: "Форма заполнена не полностью.",
    writeComment: "Напишите комментарий.",
    giveName: "Укажите своё имя.",
    giveEmail: "Укажите действующий адрес электронной почты (он не публикуется).",
    badWebsite: "Адрес сайта должен начинаться с http:// или https://.",
    confirmEmailTitle: "Подтвердите адрес электронной почты",
    confirmEmail: "Нажмите кнопку, чтобы подтвердить, что этот адрес принадлежит вам.",
    confirmMyAddress: "Подтвердить адрес",
    addressConfirmed: "Адрес подтверждён",
    confirmedThanks: "Спасибо: ваш адрес электронной почты подтверждён в этом браузере.",
    willGetEmail: "Вы получите письмо, когда появятся новые комментарии.",
    stopTitle: "Отписка от писем о комментариях",
    stop: "Нажмите кнопку, чтобы больше не получать писем о новых комментариях к этой статье.",
    unsubscribe: "Отписаться",
    unsubscribed: "Вы отписались",
    noMoreEmail: "Вы больше не будете получать письма о новых комментариях к этой статье.",
    expiredTitle: "Эта ссылка больше не действует",
    expired:
      "Ссылка уже использована или ей больше двух дней. Оставьте комментарий снова, чтобы получить новую.",
    badUnsubscribeTitle: "Неизвестная ссылка для отписки",
    badUnsubscribe: "Эта ссылка для отписки недействительна. Скопируйте адрес из письма целиком.",
  }),
};

const catalog: Readonly<Record<string, CommentText>> = { en, ar, fa, ru };

/** The section's words for a site language: "ar-IQ" uses "ar"; unknown languages get English. */
export function commentText(language: string): CommentText {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return catalog[primary] ?? en;
}

/** The English words (tests, and pages not tied to a site's language). */
export const COMMENT_TEXT: CommentText = en;

/** A form-page text in these words, or the English one (with its lang/dir) when not translated. */
export function pageText(t: CommentText, english: string): { text: string; lang: string; dir: Direction } {
  const text = t.messages[english];
  return text !== undefined ? { text, lang: t.lang, dir: t.dir } : { text: english, lang: "en", dir: "ltr" };
}

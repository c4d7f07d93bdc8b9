// Telegram Login Widget data as Telegram sends it, signed here exactly as core.telegram.org/widgets/login
// documents (written out independently of src/auth/telegram-login.ts, so the two check each other).
import { createHash, createHmac } from "node:crypto";

export const BOT_TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_test";
export const BOT_USERNAME = "tigris_courier_bot";

export function signedLogin(fields: Record<string, string>, botToken = BOT_TOKEN): URLSearchParams {
  const checkString = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("\n");
  const secretKey = createHash("sha256").update(botToken).digest();
  const hash = createHmac("sha256", secretKey).update(checkString).digest("hex");
  return new URLSearchParams({ ...fields, hash });
}

export function loginFields(authDate: number): Record<string, string> {
  return {
    id: "987654321",
    first_name: "Layla",
    last_name: "Hassan",
    username: "layla_h",
    photo_url: "https://t.me/i/userpic/320/layla_h.jpg",
    auth_date: String(authDate),
  };
}

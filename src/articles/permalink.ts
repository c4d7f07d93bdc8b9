import { zonedParts } from "../shared/time.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2021/02/19": the date part of a permalink, in the channel's zone (WordPress's /%year%/%monthnum%/%day%/). */
export function datePart(unixSeconds: number, timeZone: string): string {
  const p = zonedParts(unixSeconds, timeZone);
  return `${p.year}/${pad(p.month)}/${pad(p.day)}`;
}

/** The stored path key of an article: "2021/02/19/<slug>" (not percent-encoded). */
export function articlePathKey(unixSeconds: number, timeZone: string, slug: string): string {
  return `${datePart(unixSeconds, timeZone)}/${slug}`;
}

/** The URL path of a stored path key: "/2021/02/19/<percent-encoded slug>/". */
export function urlPathOf(pathKey: string): string {
  return `/${pathKey.split("/").map(encodeURIComponent).join("/")}/`;
}

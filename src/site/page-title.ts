// The form of the site's titles, "Part – Site": pages, and feeds that read like their pages.

/** "Part – Site"; the site's name alone when the part is empty or is the name. */
export function pageTitle(part: string, site: { title: string }): string {
  const trimmed = part.trim();
  return trimmed === "" || trimmed === site.title ? site.title : `${trimmed} – ${site.title}`;
}

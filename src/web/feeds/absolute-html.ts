// Feed readers show an item's HTML away from the site, where a root-relative link ("/tag/basra/") means
// nothing: RSS has no base URL, and JSON Feed defines none. The article pipeline writes its own links
// (hashtags, media) root-relative, always in double-quoted href/src attributes, so those are rewritten.

const ROOT_RELATIVE = /(\s(?:href|src|poster)=")\/(?!\/)/g;

export function absolutizeHtml(html: string, baseUrl: string): string {
  return html.replace(ROOT_RELATIVE, `$1${baseUrl}/`);
}

// Item identifiers that survive edits. The permalink is built from the slug, and the slug from the
// headline, so an edited headline moves the article to a new address; feed readers would then show the
// edited story as a new one. The channel and its first message id never change, and /p/<channel>/<id>
// already answers with a redirect to the article, so that address names the item for good.
// RSS 2.0 <guid isPermaLink="false">, Atom <id> (RFC 4287 §4.2.6: an IRI that never changes), JSON Feed id.

export function articleGuid(baseUrl: string, channelUsername: string, messageId: number): string {
  return `${baseUrl}/p/${encodeURIComponent(channelUsername)}/${messageId}`;
}

/** An edition's item: the original's identifier with the edition's language put in front of its path. */
export function editionGuid(
  baseUrl: string,
  channelUsername: string,
  messageId: number,
  language: string,
): string {
  return `${baseUrl}/${language}/p/${encodeURIComponent(channelUsername)}/${messageId}`;
}

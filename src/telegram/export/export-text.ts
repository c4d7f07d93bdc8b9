// The export's text runs → one string plus Bot API entities. Telegram Desktop flattens formatting into
// consecutive runs `{type, text}`; each formatted run becomes an entity over its own span. Offsets and
// lengths are JavaScript string lengths, i.e. UTF-16 code units, as the Bot API counts them.
import type { EntityType, TextEntity } from "../post.js";
import type { ExportRichText, ExportTextPart } from "./message-schema.js";

/**
 * Export run types (export_output_json.cpp, SerializeText) → Bot API entity types. Types not listed
 * ("plain", "unknown", "bank_card" and any added later) keep their text without an entity.
 */
const ENTITY_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ["bold", "bold"],
  ["italic", "italic"],
  ["underline", "underline"],
  ["strikethrough", "strikethrough"],
  ["spoiler", "spoiler"],
  ["code", "code"],
  ["pre", "pre"],
  ["link", "url"],
  ["text_link", "text_link"],
  ["mention", "mention"],
  ["mention_name", "text_mention"],
  ["hashtag", "hashtag"],
  ["cashtag", "cashtag"],
  ["email", "email"],
  ["phone", "phone_number"],
  ["bot_command", "bot_command"],
  ["blockquote", "blockquote"],
  ["custom_emoji", "custom_emoji"],
]);

export interface FlatText {
  text: string;
  entities: TextEntity[];
}

/** @param rich `text_entities`, or else `text` */
export function flattenText(rich: ExportRichText | undefined): FlatText {
  if (rich === undefined) return { text: "", entities: [] };
  if (typeof rich === "string") return { text: rich, entities: [] };
  let text = "";
  const entities: TextEntity[] = [];
  for (const part of rich) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const entity = entityOf(part, text.length);
    if (entity) entities.push(entity);
    text += part.text;
  }
  return { text, entities };
}

function entityOf(part: ExportTextPart, offset: number): TextEntity | undefined {
  const mapped = ENTITY_TYPES.get(part.type);
  const length = part.text.length;
  if (mapped === undefined || length === 0) return undefined;
  const entity: TextEntity = { type: mapped, offset, length };
  switch (mapped) {
    case "text_link":
      // a link without a target is plain text
      return part.href === undefined ? undefined : { ...entity, url: part.href };
    case "pre":
      return part.language ? { ...entity, language: part.language } : entity;
    case "blockquote":
      return part.collapsed === true ? { ...entity, type: "expandable_blockquote" } : entity;
    default:
      return entity;
  }
}

/** Plain text of a run list (poll questions and answers). */
export function plainText(rich: ExportRichText): string {
  return flattenText(rich).text;
}

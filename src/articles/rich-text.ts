// Text with its Telegram entities: the unit every step of the article pipeline reads and returns.
import type { TextEntity } from "../telegram/post.js";

export interface RichText {
  text: string;
  /** Offsets and lengths in UTF-16 code units, as the Bot API gives them. */
  entities: TextEntity[];
}

/** A half-open range [start, end) of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

export const EMPTY_RICH_TEXT: RichText = { text: "", entities: [] };

export function entityEnd(entity: TextEntity): number {
  return entity.offset + entity.length;
}

/**
 * Clips entities to the text and drops empty ones. Sources disagree at the edges (exports, the preview
 * parser, our own edits), and every later step may then assume 0 <= offset < end <= text.length.
 */
export function sanitizeEntities(text: string, entities: readonly TextEntity[]): TextEntity[] {
  const result: TextEntity[] = [];
  for (const entity of entities) {
    const start = Math.max(0, Math.min(entity.offset, text.length));
    const end = Math.max(start, Math.min(entityEnd(entity), text.length));
    if (end > start) result.push(movedEntity(entity, start, end - start));
  }
  return result;
}

/**
 * The entity at another place: the fields the pipeline reads, copied. Every edit copies every entity,
 * and building the object field by field costs a fraction of spreading it.
 */
export function movedEntity(entity: TextEntity, offset: number, length: number): TextEntity {
  const moved: TextEntity = { type: entity.type, offset, length };
  if (entity.url !== undefined) moved.url = entity.url;
  if (entity.language !== undefined) moved.language = entity.language;
  return moved;
}

export function richText(text: string, entities: readonly TextEntity[] = []): RichText {
  return { text, entities: sanitizeEntities(text, entities) };
}

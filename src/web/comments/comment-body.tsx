// A comment's text: each node kind of the parsed comment becomes one element, and nothing else can appear.
// Text is escaped by hono/jsx; hrefs were checked by safeLinkUrl (http, https, mailto only).
import type { Block, Inline } from "../../comments/index.js";

/** Every link a reader wrote: not endorsed (nofollow), marked user content (ugc), no window.opener. */
export const COMMENT_LINK_REL = "nofollow ugc noopener";

function InlineNode({ node: n }: { node: Inline }) {
  switch (n.kind) {
    case "text":
      return <>{n.text}</>;
    case "br":
      return <br />;
    case "em":
      return (
        <em>
          <InlineNodes nodes={n.children} />
        </em>
      );
    case "strong":
      return (
        <strong>
          <InlineNodes nodes={n.children} />
        </strong>
      );
    case "link":
      return (
        <a href={n.href} rel={COMMENT_LINK_REL}>
          {n.text}
        </a>
      );
  }
}

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((n) => (
        <InlineNode node={n} />
      ))}
    </>
  );
}

export function CommentBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b) =>
        b.kind === "p" ? (
          <p>
            <InlineNodes nodes={b.content} />
          </p>
        ) : (
          <blockquote>
            <CommentBlocks blocks={b.blocks} />
          </blockquote>
        ),
      )}
    </>
  );
}

// The comment feature's stores over one database, built together (the composition root hands them to
// createComments).
import type { Db } from "../../db/connect.js";
import { BlockStore } from "./block-store.js";
import { CommentStore } from "./comment-store.js";
import { SubscriptionStore } from "./subscription-store.js";

export interface CommentStores {
  comments: CommentStore;
  blocks: BlockStore;
  subscriptions: SubscriptionStore;
}

export function commentStores(db: Db): CommentStores {
  return {
    comments: new CommentStore(db),
    blocks: new BlockStore(db),
    subscriptions: new SubscriptionStore(db),
  };
}

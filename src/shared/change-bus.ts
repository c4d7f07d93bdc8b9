// Announces content changes to whoever keeps derived state: the page cache, the search index, feeds.
// In-process only; instances sharing PostgreSQL learn of each other's changes from the change log.

export type ChangeKind = "created" | "updated" | "status" | "channel";

export interface ChangeEvent {
  kind: ChangeKind;
  channelId: number;
  articleIds: number[];
}

export type ChangeListener = (e: ChangeEvent) => void | Promise<void>;

export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

  subscribe(l: ChangeListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  async emit(e: ChangeEvent): Promise<void> {
    if (e.articleIds.length === 0 && e.kind !== "channel") return;
    for (const l of this.listeners) await l(e);
  }
}

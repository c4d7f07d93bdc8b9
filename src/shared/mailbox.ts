// A queue between event callbacks and an async consumer: values and failures are taken in arrival order;
// an interruption (abort) overtakes whatever is queued.

type Item<T> = { value: T } | { error: unknown };

export class Mailbox<T> {
  readonly #items: Item<T>[] = [];
  #waiting: ((item: Item<T>) => void) | undefined;
  #interruption: { error: unknown } | undefined;

  put(value: T): void {
    this.#deliver({ value });
  }

  fail(error: unknown): void {
    this.#deliver({ error });
  }

  interrupt(error: unknown): void {
    this.#interruption = { error };
    this.#wake(this.#interruption);
  }

  async take(): Promise<T> {
    const item =
      this.#interruption ??
      this.#items.shift() ??
      (await new Promise<Item<T>>((resolve) => {
        this.#waiting = resolve;
      }));
    if ("error" in item) throw item.error;
    return item.value;
  }

  #deliver(item: Item<T>): void {
    if (this.#waiting) this.#wake(item);
    else this.#items.push(item);
  }

  #wake(item: Item<T>): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.(item);
  }
}

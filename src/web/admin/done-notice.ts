// The line shown once an action is done. The query names the action (done=approve&n=3); only these fixed
// words are ever shown from it.
const DONE: Record<string, (n: number) => string> = {
  approve: (n) => `${n} comment(s) approved.`,
  unapprove: (n) => `${n} comment(s) moved back to pending.`,
  spam: (n) => `${n} comment(s) marked as spam.`,
  trash: (n) => `${n} comment(s) moved to the trash.`,
  delete: (n) => `${n} comment(s) deleted forever.`,
  "block-identity": () => "Identity blocked; its held comments went to spam.",
  "block-ip": () => "IP address blocked.",
  edited: () => "Comment saved.",
  blocked: () => "Block added.",
  unblocked: () => "Block removed.",
  corrected: (n) => `${n} correction(s) saved; the edition is rebuilt.`,
  unchanged: () => "Nothing changed.",
  accepted: () => "The machine translation is accepted.",
};

/** Why an address of these pages is refused: its `done` (the one value that cannot fall back) is no word of ours. */
export const BAD_DONE = 'Unrecognised "done" value in the address.';

/** The notice for `done` (null for none, or a word not in the list). */
export function doneNotice(done: string | undefined, n: number): string | null {
  return done && Object.hasOwn(DONE, done) ? DONE[done]!(n) : null;
}

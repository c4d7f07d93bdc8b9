// A machine-readable time with the newsroom's display text ("2021.02.19 – 13:26", already in its zone).
export function TimeStamp({ iso, display }: { iso: string; display: string | null }) {
  return <time datetime={iso}>{display ?? iso}</time>;
}

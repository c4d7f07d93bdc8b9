// Serving feeds and sitemaps: requests per second and latency (ms) for the site feeds, the sitemap index
// and the first articles sitemap, against a running server. The lead's bench/run.ts calls this with the
// served database's address. Each document is fetched once first (that render fills the page cache) and
// checked to be a 200; the measurement is then the steady state, as feed readers and crawlers see it.
// Requests ask for gzip, as feed readers and crawlers do.
import autocannon from "autocannon";

export const FEED_BENCH_PATHS = ["/feed/", "/feed.json", "/sitemap.xml", "/sitemaps/articles-1.xml"] as const;

export interface FeedBenchResult {
  rps: number;
  p50: number;
  p99: number;
}

export async function benchFeeds(
  baseUrl: string,
  opts: { duration: number; connections: number },
): Promise<Record<string, FeedBenchResult>> {
  const results: Record<string, FeedBenchResult> = {};
  for (const path of FEED_BENCH_PATHS) {
    const url = baseUrl.replace(/\/$/, "") + path;
    const warm = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    await warm.arrayBuffer();
    if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
    const r = await autocannon({
      url,
      connections: opts.connections,
      duration: opts.duration,
      pipelining: 1,
      headers: { "accept-encoding": "gzip" },
    });
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${path}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
    results[path] = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
  }
  return results;
}

// The Akismet-compatible checker against a local fake speaking comment-check's wire format.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { akismetChecker, type SpamCheckInput } from "../../src/comments/spam-checker.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { Browser, commentForm, commentSite, type TestSite } from "./site.js";

interface Fake {
  url: string;
  requests: URLSearchParams[];
  server: Server;
}

/** Answers like comment-check: "true" for spam (with the discard tip for "discard me"), "false" for ham. */
async function startFakeAkismet(): Promise<Fake> {
  const requests: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
    });
    req.on("end", () => {
      const p = new URLSearchParams(body);
      requests.push(p);
      if (req.url !== "/1.1/comment-check" || p.get("api_key") !== "k3y") {
        res.writeHead(200, { "x-akismet-debug-help": "bad key" }).end("invalid");
        return;
      }
      const content = p.get("comment_content") ?? "";
      if (content.includes("slow")) return; // never answers: the client times out
      const spam = content.includes("viagra") || content.includes("discard me");
      const headers: Record<string, string> = { "content-type": "text/plain" };
      if (content.includes("discard me")) headers["x-akismet-pro-tip"] = "discard";
      res.writeHead(200, headers).end(spam ? "true" : "false");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/1.1/comment-check`,
    requests,
    server,
  };
}

const input = (content: string): SpamCheckInput => ({
  blog: "https://news.example.org",
  userIp: "198.51.100.1",
  userAgent: "UA",
  referrer: "",
  permalink: "https://news.example.org/2021/02/19/x/",
  commentType: "comment",
  author: "A",
  authorEmail: "a@example.org",
  authorUrl: "",
  content,
  date: 1_700_000_000,
  articleModified: 1_600_000_000,
  language: "en",
});

let fake: Fake;
beforeAll(async () => {
  fake = await startFakeAkismet();
});
afterAll(() => {
  fake.server.closeAllConnections();
  fake.server.close();
});

it("speaks comment-check: form fields in, true/false/discard out, anything else unavailable", async () => {
  const checker = akismetChecker(fake.url, "k3y", 300);
  expect(await checker.check(input("A fine comment"))).toBe("ham");
  expect(await checker.check(input("cheap viagra"))).toBe("spam");
  expect(await checker.check(input("discard me"))).toBe("discard");
  expect(await checker.check(input("slow"))).toBe("unavailable");
  expect(await akismetChecker(fake.url, "wrong").check(input("x"))).toBe("unavailable");
  const sent = fake.requests[0]!;
  expect(sent.get("blog")).toBe("https://news.example.org");
  expect(sent.get("user_ip")).toBe("198.51.100.1");
  expect(sent.get("comment_type")).toBe("comment");
  expect(sent.get("comment_date_gmt")).toBe("2023-11-14T22:13:20.000Z");
  expect(sent.get("blog_charset")).toBe("UTF-8");
});

describeEachDatabase("comments with a spam checker", (getDb) => {
  let t: TestSite;
  beforeAll(async () => {
    t = await commentSite(getDb().db, {
      DATELINE_AKISMET_URL: fake.url,
      DATELINE_AKISMET_KEY: "k3y",
      DATELINE_COMMENTS_MODERATION: "open",
    });
  });

  it("publishes ham, keeps spam as spam, and stores nothing it is told to discard", async () => {
    const post = async (body: string, ip: string) => {
      const b = Browser.forApp(t.app, ip);
      const token = await b.token();
      t.clock.t += 20;
      return b.post(
        "/comments",
        commentForm({ articleId: t.articles[0]!.id, body, email: `${ip}@example.org` }, token),
      );
    };
    expect((await post("Good point", "198.51.100.1")).status).toBe(303);
    expect((await post("viagra here", "198.51.100.2")).status).toBe(303);
    expect((await post("discard me now", "198.51.100.3")).status).toBe(403);
    const counts = await t.s.comments.moderation.counts();
    expect(counts).toMatchObject({ approved: 1, spam: 1, pending: 0 });
  });
});

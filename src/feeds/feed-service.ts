// Builds feeds: the latest published articles of the site, a tag or a channel, in full, as one feed model
// that web/feeds/ serializes. Reads through the stores only.
import { pageTitle } from "../site/page-title.js";
import type { SiteInfo, SiteInfoSource } from "../site/site-info.js";
import type { ArticleStore, ListFilter } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { FeedQueries } from "../store/feeds/feed-queries.js";
import { buildFeed, channelAuthor, type FeedScope, knownLanguage } from "./build-feed.js";
import type { Feed } from "./feed-model.js";
import { absoluteLinks, channelPath, feedPaths, tagPath } from "./feed-paths.js";

/**
 * Items per feed. WordPress's default is 10; a newsroom on Telegram posts dozens of times a day, and a
 * reader polling hourly should not miss stories, so twice that.
 */
export const FEED_ITEMS = 20;

export type FeedSubject =
  | { kind: "site" }
  | { kind: "tag"; tag: string }
  | { kind: "channel"; username: string };

export interface FeedDeps {
  articles: ArticleStore;
  channels: ChannelStore;
  queries: FeedQueries;
  /** The site's name, address and language. */
  siteInfo: SiteInfoSource;
}

export class FeedService {
  constructor(private readonly deps: FeedDeps) {}

  /** The feed of a subject, or null when there is no such tag or channel. */
  async feed(subject: FeedSubject): Promise<{ feed: Feed; lastModified: number } | null> {
    const site = await this.deps.siteInfo();
    const target = await this.scope(subject, site);
    if (!target) return null;
    const { items } = await this.deps.articles.list(target.filter, 0, FEED_ITEMS);
    // A tag nobody uses has no page (404), so it has no feed either.
    if (items.length === 0 && subject.kind === "tag") return null;
    const rows = await this.deps.channels.list();
    const channels = new Map(rows.map((r) => [r.id, r]));
    const media = await this.deps.queries.mediaOf(items.map((a) => a.id));
    const lastModified = await this.deps.queries.lastModified();
    return {
      feed: buildFeed(target.scope, items, channels, media, site, lastModified),
      lastModified,
    };
  }

  private async scope(
    subject: FeedSubject,
    site: SiteInfo,
  ): Promise<{ filter: ListFilter; scope: FeedScope } | null> {
    const siteAuthor = { name: site.title, url: `${site.baseUrl}/` };
    if (subject.kind === "site") {
      return {
        filter: { kind: "all" },
        scope: {
          title: site.title,
          description: `Latest news from ${site.title}`,
          homePath: "/",
          links: absoluteLinks(site.baseUrl, feedPaths("/")),
          language: knownLanguage(site.language),
          author: siteAuthor,
        },
      };
    }
    if (subject.kind === "tag") {
      const tag = subject.tag.toLowerCase();
      return {
        filter: { kind: "tag", tag },
        scope: {
          title: pageTitle(`#${tag}`, site),
          description: `Articles tagged #${tag} on ${site.title}`,
          homePath: tagPath(tag),
          links: absoluteLinks(site.baseUrl, feedPaths(tagPath(tag))),
          language: knownLanguage(site.language),
          author: siteAuthor,
        },
      };
    }
    const channel = await this.deps.channels.byUsername(subject.username);
    if (!channel) return null;
    return {
      filter: { kind: "channel", channelId: channel.id },
      scope: {
        title: pageTitle(channel.title, site),
        description: `Latest news from ${channel.title}`,
        // There is no channel page yet: the channel's feed follows the site's home page.
        homePath: "/",
        links: absoluteLinks(site.baseUrl, feedPaths(channelPath(channel.username))),
        language: knownLanguage(channel.language),
        author: channelAuthor(channel),
      },
    };
  }
}

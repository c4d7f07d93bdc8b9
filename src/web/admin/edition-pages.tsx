// The editors' "Editions" pages: recent articles with the state of each translated edition, one edition's
// units (the original beside the translation, each in a text box) and the corrections flagged for review.
// Plain forms with the CSRF token; no script.
import { renderDocument } from "../views/index.js";
import { AdminLayout, Csrf } from "./admin-layout.js";
import type {
  AdminFrame,
  EditionEditView,
  EditionStateView,
  EditionsListView,
  EditionUnitView,
  ReviewItemView,
} from "./models.js";

const STATE_LABELS: Record<EditionStateView, string> = {
  translated: "translated",
  pending: "pending",
  corrected: "corrected",
  review: "flagged for review",
};

function Tabs({ current, reviewCount }: { current: "list" | "reviews"; reviewCount: number }) {
  return (
    <ul class="tabs">
      <li>
        <a href="/admin/editions" aria-current={current === "list" ? "page" : undefined}>
          Recent articles
        </a>
      </li>
      <li>
        <a href="/admin/editions/reviews" aria-current={current === "reviews" ? "page" : undefined}>
          {`Flagged for review (${reviewCount})`}
        </a>
      </li>
    </ul>
  );
}

export function renderEditionsPage(frame: AdminFrame, v: EditionsListView): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <Tabs current="list" reviewCount={v.reviewCount} />
      {v.articles.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <table class="queue editions">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Editions</th>
            </tr>
          </thead>
          <tbody>
            {v.articles.map((a) => (
              <ArticleEditionsRow a={a} />
            ))}
          </tbody>
        </table>
      )}
      <nav class="pagination" aria-label="Pages">
        {v.prevUrl ? <a href={v.prevUrl}>Newer</a> : null}
        {v.nextUrl ? (
          <a class="next" href={v.nextUrl}>
            Older
          </a>
        ) : null}
      </nav>
    </AdminLayout>,
  );
}

function ArticleEditionsRow({ a }: { a: EditionsListView["articles"][number] }) {
  return (
    <tr id={`a${a.id}`}>
      <td class="what">
        <a href={a.url} dir="auto">
          {a.headline}
        </a>
        <small>{a.publishedDisplay}</small>
      </td>
      <td>
        {a.editions.length === 0 ? (
          <small>No editions.</small>
        ) : (
          <ul class="edition-list">
            {a.editions.map((e) => (
              <li data-lang={e.language} data-state={e.state}>
                <b>{e.language}</b> <span class={`state state-${e.state}`}>{STATE_LABELS[e.state]}</span>
                {e.editUrl ? (
                  <>
                    {" · "}
                    <a href={e.editUrl}>Edit</a>
                  </>
                ) : null}
                {e.url ? (
                  <>
                    {" · "}
                    <a href={e.url}>View</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function renderEditionEditPage(frame: AdminFrame, v: EditionEditView): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <p>
        <a href="/admin/editions">All editions</a> · Original: <a href={v.articleUrl}>{v.headline}</a>
        {v.editionUrl ? (
          <>
            {" · "}
            <a href={v.editionUrl}>{`The ${v.language} edition`}</a>
          </>
        ) : null}
      </p>
      <p class="held">
        Change any translation and save; units left as they are stay as they are. Paragraphs may use
        &lt;strong&gt;, &lt;em&gt; and &lt;a&gt;; a bare &lt;a&gt;…&lt;/a&gt; keeps that place's link.
      </p>
      <form method="post" action={`/admin/editions/${v.articleId}/${v.language}`}>
        <Csrf frame={frame} />
        <table class="queue units">
          <thead>
            <tr>
              <th scope="col">{`Original (${v.sourceLanguage})`}</th>
              <th scope="col">{`Translation (${v.language})`}</th>
            </tr>
          </thead>
          <tbody>
            {v.units.map((u) => (
              <UnitRow u={u} sourceLanguage={v.sourceLanguage} language={v.language} />
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit" class="primary">
            Save corrections
          </button>
        </p>
      </form>
    </AdminLayout>,
  );
}

/** A unit: its original, and its translation in a box (a line for plain text, an area for a paragraph). */
function UnitRow({
  u,
  sourceLanguage,
  language,
}: {
  u: EditionUnitView;
  sourceLanguage: string;
  language: string;
}) {
  return (
    <tr id={`u${u.position}`}>
      <td class="unit-source">
        <b>{u.label}</b>
        <div dir="auto" lang={sourceLanguage}>
          {u.source}
        </div>
      </td>
      <td class="unit-target">
        <label for={`u_${u.position}`}>
          {u.label}
          {u.correctedBy ? ` (corrected by ${u.correctedBy})` : " (machine)"}
          {u.review ? " – a correction is flagged for review" : ""}
        </label>
        {u.plain ? (
          <input
            id={`u_${u.position}`}
            name={`u_${u.position}`}
            type="text"
            value={u.value}
            dir="auto"
            lang={language}
            maxlength={2000}
          />
        ) : (
          <textarea
            id={`u_${u.position}`}
            name={`u_${u.position}`}
            dir="auto"
            lang={language}
            maxlength={20000}
          >
            {u.value}
          </textarea>
        )}
      </td>
    </tr>
  );
}

export function renderReviewsPage(frame: AdminFrame, items: ReviewItemView[]): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <Tabs current="reviews" reviewCount={items.length} />
      {items.length === 0 ? (
        <p>No corrections waiting for review.</p>
      ) : (
        <table class="queue reviews">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr id={`r${r.articleId}-${r.language}-${r.position}`}>
                <td class="who">
                  <a href={r.articleUrl}>{r.articleUrl}</a>
                  <small>{`${r.language} · ${r.label}`}</small>
                </td>
                <td class="what">
                  <dl>
                    <dt>Original then</dt>
                    <dd dir="auto">{r.sourceThen}</dd>
                    <dt>Original now</dt>
                    <dd dir="auto">{r.sourceNow}</dd>
                    <dt>Correction (set aside)</dt>
                    <dd dir="auto">{r.correctionThen}</dd>
                    <dt>Machine translation now shown</dt>
                    <dd dir="auto">{r.machineNow}</dd>
                  </dl>
                  <form class="actions" method="post" action="/admin/editions/reviews">
                    <Csrf frame={frame} />
                    <input type="hidden" name="article_id" value={String(r.articleId)} />
                    <input type="hidden" name="language" value={r.language} />
                    <input type="hidden" name="position" value={String(r.position)} />
                    <button type="submit" class="primary">
                      Accept the machine translation
                    </button>{" "}
                    <a href={r.editUrl}>Correct it again</a>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>,
  );
}

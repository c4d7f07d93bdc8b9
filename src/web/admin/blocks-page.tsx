// The blocks list: identities and IP ranges whose comments are refused.
import { renderDocument } from "../views/index.js";
import { AdminLayout, Csrf } from "./admin-layout.js";
import type { AdminFrame, BlockView } from "./models.js";

export function renderBlocksPage(frame: AdminFrame, blocks: BlockView[]): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <p>Comments from a blocked identity or IP range are refused; nothing of theirs is stored.</p>
      <form method="post" action="/admin/blocks">
        <Csrf frame={frame} />
        <label for="kind">Block</label>
        <select id="kind" name="kind">
          <option value="ip">an IP address or range (CIDR)</option>
          <option value="identity">an identity (email:… or provider:id)</option>
        </select>
        <label for="value">Value</label>
        <input id="value" name="value" type="text" required placeholder="192.0.2.0/24" />
        <label for="note">Note (for editors)</label>
        <input id="note" name="note" type="text" maxlength={200} />
        <p>
          <button type="submit" class="primary">
            Add block
          </button>
        </p>
      </form>
      {blocks.length === 0 ? (
        <p>Nothing is blocked.</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">Blocked</th>
              <th scope="col">Note</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span class="vh">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((b) => (
              <tr>
                <td>
                  {b.kind === "ip" ? "IP " : ""}
                  <code>{b.value}</code>
                </td>
                <td>{b.note ?? ""}</td>
                <td>{b.createdDisplay}</td>
                <td>
                  <form method="post" action={`/admin/blocks/${b.id}/delete`}>
                    <Csrf frame={frame} />
                    <button type="submit">Remove</button>
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

// The editors' sign-in page.
import { renderDocument } from "../views/index.js";
import { AdminLayout, Csrf } from "./admin-layout.js";
import type { AdminFrame } from "./models.js";

export function renderLoginPage(frame: AdminFrame, username: string): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <form class="login" method="post" action="/admin/login">
        <Csrf frame={frame} />
        <label for="username">Username</label>
        <input id="username" name="username" type="text" value={username} autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <p>
          <button type="submit" class="primary">
            Sign in
          </button>
        </p>
      </form>
    </AdminLayout>,
  );
}

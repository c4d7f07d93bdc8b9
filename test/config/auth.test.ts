// Sign-in settings: a provider is switched on only by its credentials; endpoint overrides; the OpenID
// Connect list in both forms; and errors that name the variable but never repeat a secret.
import { describe, expect, it } from "vitest";
import { configuredProviders } from "../../src/auth/provider-registry.js";
import { loadConfig } from "../../src/config/load.js";
import { systemClock } from "../../src/shared/clock.js";

const ids = (env: Record<string, string>) =>
  configuredProviders(loadConfig(env), { clock: systemClock }).map((p) =>
    p.kind === "oauth" ? p.provider.id : "telegram",
  );

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("configuration accepted");
}

describe("sign-in configuration", () => {
  it("offers nothing by default", () => {
    expect(ids({})).toEqual([]);
  });

  it("switches each provider on with its credentials", () => {
    expect(
      ids({
        DATELINE_AUTH_FACEBOOK_CLIENT_ID: "1",
        DATELINE_AUTH_FACEBOOK_CLIENT_SECRET: "s",
        DATELINE_AUTH_WORDPRESS_CLIENT_ID: "2",
        DATELINE_AUTH_WORDPRESS_CLIENT_SECRET: "s",
        DATELINE_AUTH_OIDC: "google=https://accounts.google.com,cid.apps.googleusercontent.com,gsecret",
      }),
    ).toEqual(["wordpress", "facebook", "oidc:google"]);
  });

  it("reads endpoint overrides", () => {
    const config = loadConfig({
      DATELINE_AUTH_X_CLIENT_ID: "id",
      DATELINE_AUTH_X_CLIENT_SECRET: "secret",
      DATELINE_AUTH_X_TOKEN_URL: "http://127.0.0.1:8080/2/oauth2/token",
    });
    expect(config.auth.x).toEqual({
      clientId: "id",
      clientSecret: "secret",
      tokenUrl: "http://127.0.0.1:8080/2/oauth2/token",
    });
  });

  it("reads several OpenID Connect providers, in the short form or as JSON", () => {
    const short = loadConfig({
      DATELINE_AUTH_OIDC:
        "google=https://accounts.google.com,a,b; corp=https://sso.example.org/realms/news,c,d",
    });
    expect(short.auth.oidc?.map((p) => [p.name, p.issuer, p.clientId])).toEqual([
      ["google", "https://accounts.google.com", "a"],
      ["corp", "https://sso.example.org/realms/news", "c"],
    ]);
    const json = loadConfig({
      DATELINE_AUTH_OIDC: JSON.stringify([
        {
          name: "corp",
          label: "Newsroom SSO",
          issuer: "https://sso.example.org",
          clientId: "c",
          clientSecret: "d",
        },
      ]),
    });
    expect(json.auth.oidc?.[0]?.label).toBe("Newsroom SSO");
  });

  it("names what is missing, and never repeats a secret", () => {
    const message = configError({ DATELINE_AUTH_WORDPRESS_CLIENT_SECRET: "super-secret-value" });
    expect(message).toContain("DATELINE_AUTH_WORDPRESS_CLIENT_ID: is required");
    expect(message).not.toContain("super-secret-value");
    const oidc = configError({ DATELINE_AUTH_OIDC: '[{"name":"x","clientSecret":"leaky-secret' });
    expect(oidc).toContain("DATELINE_AUTH_OIDC: must be a JSON list");
    expect(oidc).not.toContain("leaky-secret");
    const shortForm = configError({ DATELINE_AUTH_OIDC: "google=not-a-url,a,leaky-secret" });
    expect(shortForm).not.toContain("leaky-secret");
  });

  it("refuses two OpenID Connect providers of the same name", () => {
    expect(configError({ DATELINE_AUTH_OIDC: "a=https://a.example,1,2;a=https://b.example,3,4" })).toContain(
      "each OpenID Connect provider needs its own name",
    );
  });

  it("checks the Telegram bot username", () => {
    expect(configError({ DATELINE_TELEGRAM_BOT_USERNAME: "not a bot" })).toContain(
      "DATELINE_TELEGRAM_BOT_USERNAME: is not a bot username",
    );
  });
});

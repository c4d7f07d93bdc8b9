// OpenID Connect Discovery 1.0: the provider's metadata from <issuer>/.well-known/openid-configuration,
// fetched on first use and kept for an hour. §4.3: the "issuer" it states must be the issuer it was fetched
// for, or the document is not trusted.
import { z } from "zod";
import type { Clock } from "../../shared/clock.js";
import { ProviderUnavailableError, SignInRefusedError } from "../errors.js";
import { providerJson } from "../provider-http.js";

const WELL_KNOWN = "/.well-known/openid-configuration";
const KEEP_SECONDS = 3600;

const url = z.string().url();

export const discoverySchema = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  userinfo_endpoint: url.optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

/** The issuer and the discovery document's address, from either one as configured. */
export function discoveryAddress(configured: string): { issuer: string; url: string } {
  const trimmed = configured.replace(/\/+$/, "");
  if (trimmed.endsWith(WELL_KNOWN)) return { issuer: trimmed.slice(0, -WELL_KNOWN.length), url: trimmed };
  return { issuer: trimmed, url: trimmed + WELL_KNOWN };
}

export class DiscoveryCache {
  private doc: Discovery | null = null;
  private fetchedAt = 0;

  constructor(
    private readonly label: string,
    private readonly configured: string,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<Discovery> {
    if (this.doc && this.clock.now() - this.fetchedAt < KEEP_SECONDS) return this.doc;
    const { issuer, url: address } = discoveryAddress(this.configured);
    let doc: Discovery;
    try {
      doc = await providerJson(this.label, address, {}, discoverySchema);
    } catch (e) {
      if (e instanceof SignInRefusedError) {
        throw new ProviderUnavailableError(this.label, `${this.label} has no usable OpenID configuration`, {
          cause: e,
        });
      }
      throw e;
    }
    if (doc.issuer.replace(/\/+$/, "") !== issuer) {
      throw new ProviderUnavailableError(
        this.label,
        `${this.label}'s OpenID configuration names another issuer`,
      );
    }
    this.doc = doc;
    this.fetchedAt = this.clock.now();
    return doc;
  }
}

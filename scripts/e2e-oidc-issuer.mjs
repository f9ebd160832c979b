// A throw-away OpenID Connect issuer for e2e/oidc.sso.ts (playwright.oidc.config.ts): oidc-provider
// on localhost, one client (the app), and a login form without password where the tester types
// who they are: "<e-mail>|<email_verified true/false>|<AGS or empty>". Never for production.
import { createServer } from "node:http";
import Provider from "oidc-provider";

const [issuerPort = "3194", appPort = "3104"] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${issuerPort}`;
const callbacks = ["127.0.0.1", "localhost"].map((host) => `http://${host}:${appPort}/api/auth/callback/oidc`);

const claimsOf = (login) => {
  const [email, verified, ags] = login.split("|");
  return { email, email_verified: verified === "true", ...(ags ? { ags } : {}), name: email.split("@")[0] };
};

const provider = new Provider(issuer, {
  clients: [{ client_id: "kommunalnetz-e2e", client_secret: "e2e-client-secret", redirect_uris: callbacks, grant_types: ["authorization_code"], response_types: ["code"] }],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "ags"] },
  conformIdTokenClaims: false,
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...claimsOf(id) }) }),
  loadExistingGrant: async (ctx) => {
    const grant = new provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
    grant.addOIDCScope("openid email profile");
    grant.addOIDCClaims(["email", "email_verified", "name", "ags"]);
    await grant.save();
    return grant;
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ["e2e-oidc-cookie-key"] },
  pkce: { required: () => true },
});

const page = (uid) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test-IdP</title></head>
<body><main><h1>Test-Identitätsanbieter</h1>
<form method="post" action="/interaction/${uid}"><label for="login">Kennung</label> <input id="login" name="login" required> <button type="submit">Weiter</button></form>
</main></body></html>`;

const server = createServer(async (req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
  if (!match) return provider.callback()(req, res);
  try {
    if (req.method === "GET") {
      await provider.interactionDetails(req, res);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(match[1]));
      return;
    }
    let body = "";
    for await (const chunk of req) body += chunk;
    const login = new URLSearchParams(body).get("login") ?? "";
    await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  } catch (error) {
    res.writeHead(400, { "content-type": "text/plain" }).end(String(error));
  }
});
server.listen(Number(issuerPort), "127.0.0.1", () => console.log(`[e2e-oidc-issuer] ${issuer}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));

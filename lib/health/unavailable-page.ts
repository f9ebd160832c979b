import de from "@/messages/de.json";
import en from "@/messages/en.json";

const catalogues = { de, en } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A page of our own for answers the app's layout cannot give: plain HTML with inline styles in
 * KERN's colours, because neither the layout (which reads the session) nor the app's CSS bundle can
 * be relied on then. `retryAfterSeconds` goes into Retry-After.
 */
export function plainPageResponse(options: { locale: "de" | "en"; title: string; text: string; status: number; retryAfterSeconds: number }): Response {
  const { locale, title, text, status, retryAfterSeconds } = options;
  const catalogue = catalogues[locale];
  const home = locale === "de" ? "/" : "/en";
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(catalogue.meta.title)}</title>
</head>
<body style="margin:0;font-family:'Fira Sans',Arial,sans-serif;color:#171a2b;background:#fff;line-height:1.5">
<header style="border-bottom:4px solid #1a3da5;padding:12px 16px"><strong style="font-size:24px">${escapeHtml(catalogue.layout.brand)}</strong></header>
<main style="max-width:672px;padding:32px 16px">
<h1 style="font-size:2rem;hyphens:auto">${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="${home}" style="color:#1a3da5">${escapeHtml(catalogue.layout.error.home)}</a></p>
</main>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(retryAfterSeconds) },
  });
}

/** The page shown while the database cannot be reached: 503 with Retry-After, so browsers and monitors know it is temporary. */
export function unavailableResponse(locale: "de" | "en"): Response {
  const t = catalogues[locale].layout.error;
  return plainPageResponse({ locale, title: t.unavailableTitle, text: t.unavailableText, status: 503, retryAfterSeconds: 30 });
}

/** The answer of the API, feeds and files while the database is unreachable: JSON, never a hang or a stack trace. */
export function unavailableApiResponse(): Response {
  return Response.json(
    { error: "unavailable", message: "The database is unreachable. Try again in a few seconds." },
    { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
  );
}

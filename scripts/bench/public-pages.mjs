// The public pages the web benchmarks measure: the list pages and one of each kind of detail page
// (the first link of its list page). Shared by web.mjs (Lighthouse, req/s) and page-js.mjs (JS size).

const firstLink = async (origin, list, pattern) => {
  const html = await fetch(`${origin}${list}`).then((response) => response.text());
  for (const [, href] of html.matchAll(/href="([^"]+)"/g)) if (pattern.test(href)) return href.replace(/&amp;/g, "&");
  throw new Error(`no link matching ${pattern} on ${list}`);
};

/** [name, path] of every measured page, read from the running server at `origin`. */
export async function publicPages(origin) {
  return [
    ["home", "/"],
    ["solutions", "/solutions"],
    ["search", "/solutions?q=Antrag"],
    ["solution", await firstLink(origin, "/solutions", /^\/solutions\/(?!new\b)[^/?#]+$/)],
    ["meetups", "/meetups"],
    ["meetup", await firstLink(origin, "/meetups", /^\/meetups\/(?!new\b)[^/?#]+$/)],
    ["municipalities", "/municipalities"],
    ["municipality", await firstLink(origin, "/municipalities", /^\/municipalities\/[^/?#]+$/)],
    ["services", "/services"],
    ["service", await firstLink(origin, "/services", /^\/services\/[^/?#]+$/)],
  ];
}

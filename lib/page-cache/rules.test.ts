import { describe, expect, it } from "vitest";
import { inlineScripts, isCacheableRequest, isStorableResponse, pageCacheKey, pageCacheTtlMs } from "./rules";

const request = (path: string, headers: Record<string, string> = {}, method = "GET") => {
  const url = new URL(path, "http://kommunalnetz.test");
  return { method, pathname: url.pathname, searchParams: url.searchParams, headers: new Headers(headers) };
};

describe("isCacheableRequest", () => {
  it("takes the public pages in both languages, with their queries", () => {
    for (const path of [
      "/",
      "/en",
      "/solutions",
      "/solutions?q=Wohngeld&page=2",
      "/solutions/wohngeld-digital-fellbach",
      "/en/solutions/wohngeld-digital-fellbach",
      "/services",
      "/services/123",
      "/municipalities",
      "/municipalities/08119020",
      "/meetups",
      "/meetups/ozg-taskforce-2027",
      "/about",
      "/about/privacy",
    ]) {
      expect(isCacheableRequest(request(path)), path).toBe(true);
    }
    expect(isCacheableRequest(request("/solutions", {}, "HEAD"))).toBe(true);
  });

  it("never takes a member's request, forms, personal or admin pages, client navigations or writes", () => {
    expect(isCacheableRequest(request("/solutions", { cookie: "authjs.session-token=abc" }))).toBe(false);
    expect(isCacheableRequest(request("/solutions", { cookie: "theme=x; __Secure-authjs.session-token=abc" }))).toBe(false);
    expect(isCacheableRequest(request("/solutions", { cookie: "authjs.session-token.0=abc" }))).toBe(false);
    // A visitor who only opened the sign-in page (Auth.js' CSRF cookie) is still a visitor.
    expect(isCacheableRequest(request("/solutions", { cookie: "authjs.csrf-token=abc" }))).toBe(true);
    for (const path of ["/solutions/new", "/solutions/x/edit", "/meetups/new", "/me", "/members", "/members/abc", "/admin", "/search?q=x", "/signin", "/notifications", "/settings/privacy", "/api/v1/solutions", "/en/me", "/solutions/Grossbuchstaben"]) {
      expect(isCacheableRequest(request(path)), path).toBe(false);
    }
    expect(isCacheableRequest(request("/solutions?_rsc=1"))).toBe(false);
    expect(isCacheableRequest(request("/solutions", { rsc: "1" }))).toBe(false);
    expect(isCacheableRequest(request("/solutions", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isCacheableRequest(request("/solutions", { "next-action": "abc" }, "POST"))).toBe(false);
    expect(isCacheableRequest(request("/solutions", {}, "POST"))).toBe(false);
  });
});

describe("page cache rules", () => {
  it("keeps a page for 3 s unless PAGE_CACHE_SECONDS says otherwise (0 switches it off, at most 60)", () => {
    expect(pageCacheTtlMs({})).toBe(3000);
    expect(pageCacheTtlMs({ PAGE_CACHE_SECONDS: "0" })).toBe(0);
    expect(pageCacheTtlMs({ PAGE_CACHE_SECONDS: "2.5" })).toBe(2500);
    expect(pageCacheTtlMs({ PAGE_CACHE_SECONDS: "3600" })).toBe(60_000);
    expect(pageCacheTtlMs({ PAGE_CACHE_SECONDS: "viel" })).toBe(0);
  });

  it("stores only complete HTML 200s that set no cookie", () => {
    const html = new Headers({ "content-type": "text/html; charset=utf-8" });
    expect(isStorableResponse(200, html, 1000)).toBe(true);
    expect(isStorableResponse(404, html, 1000)).toBe(false);
    expect(isStorableResponse(307, html, 0)).toBe(false);
    expect(isStorableResponse(200, new Headers({ "content-type": "application/json" }), 10)).toBe(false);
    expect(isStorableResponse(200, new Headers({ "content-type": "text/html", "set-cookie": "a=b" }), 10)).toBe(false);
    expect(isStorableResponse(200, html, 3 * 1024 * 1024)).toBe(false);
    expect(pageCacheKey("/solutions", "?q=a")).toBe("/solutions?q=a");
  });

  it("finds the inline scripts a policy must hash, not the script files", () => {
    const html = `<head><script src="/_next/static/a.js" async=""></script><script>self.__next_f=[]</script></head>
      <body><script type="application/ld+json">{"@type":"Event"}</script><SCRIPT id="x">self.__next_f.push([1,"a<b"])</SCRIPT><script async src=/b.js></script><script></script></body>`;
    expect(inlineScripts(html)).toEqual(["self.__next_f=[]", '{"@type":"Event"}', 'self.__next_f.push([1,"a<b"])']);
  });
});

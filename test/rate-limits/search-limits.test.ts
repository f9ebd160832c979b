import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import proxy from "@/proxy";

// The HTML search pages are limited per client IP in proxy.ts (RATE_LIMIT_SEARCH_PER_IP), with the
// same Postgres-backed counters as every other limit.
afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete process.env.RATE_LIMIT_SEARCH_PER_IP;
});

const from = (ip: string, path: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { "x-forwarded-for": ip } }));

describe("search page limit per IP", () => {
  it("answers the search after the budget with a translated 429 page and Retry-After", async () => {
    process.env.TRUST_PROXY = "1";
    process.env.RATE_LIMIT_SEARCH_PER_IP = "3";
    const ip = `198.51.100.${Date.now() % 250}`;
    expect((await from(ip, "/solutions?q=Wohngeld")).status).not.toBe(429);
    expect((await from(ip, "/municipalities?q=Felbach")).status).not.toBe(429);
    expect((await from(ip, "/en/services?q=Hund")).status).not.toBe(429);
    // Pages without a search, and detail pages, do not count and are not refused.
    expect((await from(ip, "/solutions")).status).not.toBe(429);
    expect((await from(ip, "/municipalities/08119020")).status).not.toBe(429);

    const refused = await from(ip, "/solutions?q=Hundesteuer");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await refused.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Zu viele Suchanfragen");
    expect(html).toMatch(/Bitte versuchen Sie es in einer Minute erneut/);

    const english = await from(ip, "/en/municipalities?state=08");
    expect(english.status).toBe(429);
    expect(await english.text()).toContain("Too many searches");
    // Another client is not affected.
    expect((await from(`${ip}1`, "/solutions?q=Hundesteuer")).status).not.toBe(429);
  });

  it("is skipped without TRUST_PROXY, since the client IP is unknown then", async () => {
    process.env.RATE_LIMIT_SEARCH_PER_IP = "1";
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.9", "/solutions?q=Wohngeld")).status).not.toBe(429);
  });
});

import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { databaseReachable } from "./database";

// Port 1 is closed: the same as a database server that is down.
const CLOSED = "postgres://postgres@127.0.0.1:1/kommunalnetz";
const original = process.env.DATABASE_URL;

// The probe remembers its answer per server, so the closed port's answer does not stick to the real one.
afterEach(() => {
  if (original === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = original;
});

describe("the proxy when the database cannot be reached", () => {
  it("answers every page with a translated 503 page, without framework text or a stack trace", async () => {
    process.env.DATABASE_URL = CLOSED;
    expect(await databaseReachable()).toBe(false);

    const response = await proxy(new NextRequest("http://localhost:3000/solutions?q=Wohngeld"));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("retry-after")).toBe("30");
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Kommunalnetz ist vorübergehend nicht erreichbar");
    expect(html).not.toMatch(/Internal Server Error|Application error|ECONNREFUSED|at \w+ \(/);

    const english = await proxy(new NextRequest("http://localhost:3000/en/meetups"));
    expect(english.status).toBe(503);
    expect(await english.text()).toContain("Kommunalnetz is temporarily unavailable");
  });

  it("lets pages through when the database answers", async () => {
    // Embedded PGlite (no DATABASE_URL) always answers; on a server run this probes the real one.
    expect(await databaseReachable()).toBe(true);
    const response = await proxy(new NextRequest("http://localhost:3000/solutions"));
    expect(response.status).not.toBe(503);
  });
});

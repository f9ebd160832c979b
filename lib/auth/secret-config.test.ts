import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthSecret, MISSING_SERVER_SECRET } from "./secret-config";

const saved = { secret: process.env.AUTH_SECRET, url: process.env.DATABASE_URL };
afterEach(() => {
  process.env.AUTH_SECRET = saved.secret;
  if (saved.url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.url;
});

describe("ensureAuthSecret", () => {
  it("uses AUTH_SECRET when it is set", () => {
    process.env.AUTH_SECRET = "configured-secret";
    expect(ensureAuthSecret()).toBe("configured-secret");
  });

  it("refuses to make one up in server mode, where all instances must share it", () => {
    delete process.env.AUTH_SECRET;
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/anything";
    expect(() => ensureAuthSecret()).toThrow(MISSING_SERVER_SECRET);
  });
});

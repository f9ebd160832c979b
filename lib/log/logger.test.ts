import { Writable } from "node:stream";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { createLogger, isRequestId, loggedPath } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(stream, "info") };
}

describe("logger", () => {
  it("writes one JSON object per line with the request id of a child, and redacts personal keys", () => {
    const { lines, logger } = capture();
    logger.child({ reqId: "req-1" }).info({ email: "anna@example.org", mail: { to: "bernd@example.org", subject: "Hallo" }, mailId: 7 }, "sent");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: "sent", reqId: "req-1", mailId: 7, email: "[redacted]", mail: { to: "[redacted]", subject: "Hallo" } });
    expect(typeof lines[0]!.time).toBe("string");
    expect(JSON.stringify(lines)).not.toContain("example.org");
  });

  it("keeps the recipients of a failed SMTP delivery out of the log", () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 no such user"), {
      code: "EENVELOPE",
      rejected: ["anna@example.org"],
      rejectedErrors: [{ recipient: "anna@example.org", code: "EENVELOPE" }],
    });
    logger.error({ err: error, job: { kind: "notifications.mail", id: 8 } }, "job failed");
    expect(lines[0]).toMatchObject({ msg: "job failed", err: { code: "EENVELOPE", rejected: "[redacted]" } });
    expect(JSON.stringify(lines)).not.toContain("example.org");
  });

  it("accepts short plain request ids only", () => {
    expect(isRequestId("0f2c-4a1b_x.y")).toBe(true);
    expect(isRequestId("a\nb")).toBe(false);
    expect(isRequestId("x".repeat(65))).toBe(false);
    expect(isRequestId("")).toBe(false);
  });
});

describe("proxy request ids", () => {
  it("keeps a plain X-Request-Id from the proxy in front and answers with it", async () => {
    const response = await proxy(new NextRequest("http://localhost/api/health", { headers: { "x-request-id": "nginx-abc123" } }));
    expect(response.headers.get("x-request-id")).toBe("nginx-abc123");
  });

  it("makes a new id when none or a forged one (line breaks) is sent", async () => {
    const none = await proxy(new NextRequest("http://localhost/api/health"));
    const forged = await proxy(new NextRequest("http://localhost/api/health", { headers: { "x-request-id": "x y {\"level\":60}" } }));
    for (const response of [none, forged]) expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("loggedPath", () => {
  it("drops the token of an invitation link and leaves other paths alone", () => {
    expect(loggedPath("/invitations/abcDEF_-123")).toBe("/invitations/[token]");
    expect(loggedPath("/en/invitations/abc")).toBe("/en/invitations/[token]");
    expect(loggedPath("/admin/invitations")).toBe("/admin/invitations");
  });
});

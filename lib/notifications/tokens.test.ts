import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./tokens";

describe("mail tokens", () => {
  const member = "0b6c1c2e-5f0e-4a57-9a57-2a4b8f1f3e11";
  const subject = "3f1d2c4b-aaaa-4bbb-8ccc-123456789abc";

  it("verifies what it signed, for that purpose only", () => {
    const token = signToken({ purpose: "reply", memberId: member, subject });
    expect(verifyToken(token, "reply")).toMatchObject({ memberId: member, subject, purpose: "reply" });
    expect(verifyToken(token, "unsubscribe")).toBeNull();
  });

  it("refuses a changed member, subject or expiry, and a wrong signature", () => {
    const token = signToken({ purpose: "unsubscribe", memberId: member, subject: "all" });
    const [purpose, , sub, expires, mac] = token.split(".");
    expect(verifyToken([purpose, "someone-else", sub, expires, mac].join("."), "unsubscribe")).toBeNull();
    expect(verifyToken([purpose, member, "reply", expires, mac].join("."), "unsubscribe")).toBeNull();
    expect(verifyToken([purpose, member, sub, "zzzzzz", mac].join("."), "unsubscribe")).toBeNull();
    expect(verifyToken([purpose, member, sub, expires, "A".repeat(22)].join("."), "unsubscribe")).toBeNull();
    expect(verifyToken("garbage", "unsubscribe")).toBeNull();
    expect(verifyToken("a.b.c.d.e.f", "unsubscribe")).toBeNull();
  });

  it("refuses an expired token", () => {
    const token = signToken({ purpose: "reply", memberId: member, subject, now: new Date("2020-01-01T00:00:00Z") });
    expect(verifyToken(token, "reply", new Date("2020-02-01T00:00:00Z"))).not.toBeNull();
    expect(verifyToken(token, "reply", new Date("2020-06-01T00:00:00Z"))).toBeNull();
  });

  it("fits an e-mail local part", () => {
    const token = signToken({ purpose: "reply", memberId: member, subject });
    expect(`reply+${token}`.length).toBeLessThanOrEqual(160);
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe("reply addresses", () => {
  it("round-trip through the sub-address of INBOUND_MAIL_ADDRESS", async () => {
    const { replyAddress, replyClaimsFromAddresses } = await import("./tokens");
    process.env.INBOUND_MAIL_ADDRESS = "antwort@kommunalnetz.example";
    try {
      const address = replyAddress("member-1", "thread-1")!;
      expect(address).toMatch(/^antwort\+reply\.member-1\.thread-1\.[0-9a-z]+\.[A-Za-z0-9_-]{22}@kommunalnetz\.example$/);
      expect(replyClaimsFromAddresses(["someone@else.example", address])).toMatchObject({ memberId: "member-1", subject: "thread-1" });
      expect(replyClaimsFromAddresses([address.replace("member-1", "member-2")])).toBeNull();
    } finally {
      delete process.env.INBOUND_MAIL_ADDRESS;
    }
  });
});

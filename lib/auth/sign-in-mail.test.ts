import { desc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { localeOfSignInLink, sendSignInLink } from "./sign-in-mail";

const link = (callback: string) =>
  `http://localhost:3000/api/auth/callback/email?token=abc&email=a%40b.de&callbackUrl=${encodeURIComponent(callback)}`;

describe("sendSignInLink", () => {
  it("stores the mail with the link in the outbox when no SMTP server is configured", async () => {
    await sendSignInLink({ email: "neu@waiblingen.de", url: link("http://localhost:3000/onboarding"), expires: new Date("2026-03-29T01:30:00Z") });
    const [mail] = await db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(1);
    expect(mail?.to).toBe("neu@waiblingen.de");
    expect(mail?.subject).toBe("Ihr Anmeldelink für Kommunalnetz");
    expect(mail?.text).toContain("/api/auth/callback/email?token=abc");
    // 01:30 UTC on the day the clocks change is 03:30 summer time in Berlin.
    expect(mail?.text).toContain("03:30");
    expect(mail?.sentAt).toBeNull();
  });

  it("writes in English when the member signs in from the English site", async () => {
    expect(localeOfSignInLink(link("http://localhost:3000/en/onboarding?next=%2F"))).toBe("en");
    expect(localeOfSignInLink(link("/en"))).toBe("en");
    expect(localeOfSignInLink(link("/entwicklung"))).toBe("de");
  });
});

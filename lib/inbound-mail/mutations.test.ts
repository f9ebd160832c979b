import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/inbound-mail/route";
import { db } from "@/db/client";
import { comments, inboundMails, users } from "@/db/schema";
import { signToken } from "@/lib/notifications/tokens";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { processInboundMail } from "./mutations";

const SECRET = "test-inbound-secret-0123456789";
let authorId: string;
let memberId: string;
let memberEmail: string;
let threadId: string;
let sequence = 0;

async function emailOf(id: string) {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
  return row!.email!;
}

function replyTo(member = memberId, thread = threadId, now?: Date) {
  return `antwort+${signToken({ purpose: "reply", memberId: member, subject: thread, now })}@kommunalnetz.example`;
}

/** A raw RFC 822 message as a mail client sends it (CRLF line ends). */
function rawMail(options: { from?: string; to?: string; headers?: string[]; body?: string; contentType?: string; messageId?: string | null; parts?: string }) {
  sequence += 1;
  const lines = [
    `From: Anna Beispiel <${options.from ?? memberEmail}>`,
    `To: Kommunalnetz <${options.to ?? replyTo()}>`,
    "Subject: AW: Neue Antwort auf Ihre Frage",
    "Date: Wed, 02 Dec 2026 09:15:00 +0100",
    ...(options.messageId === null ? [] : [`Message-ID: <${options.messageId ?? `${runId}-${sequence}@mail.stadt.example`}>`]),
    "MIME-Version: 1.0",
    ...(options.headers ?? []),
  ];
  if (options.parts) return Buffer.from([...lines, options.parts].join("\r\n"));
  return Buffer.from([...lines, `Content-Type: ${options.contentType ?? "text/plain; charset=utf-8"}`, "Content-Transfer-Encoding: 8bit", "", (options.body ?? "Danke!").replace(/\n/g, "\r\n")].join("\r\n"));
}

function post(raw: Buffer, authorization: string | null = `Bearer ${SECRET}`) {
  return POST(
    new Request("http://localhost/api/inbound-mail", {
      method: "POST",
      headers: { "content-type": "message/rfc822", ...(authorization ? { authorization } : {}) },
      body: new Uint8Array(raw),
    }),
  );
}

async function repliesIn(thread: string) {
  return db.select({ id: comments.id, body: comments.body, authorId: comments.authorId }).from(comments).where(eq(comments.parentId, thread));
}

beforeAll(async () => {
  authorId = await newMember();
  memberId = await newMember({ municipalityAgs: "08119079" });
  memberEmail = await emailOf(memberId);
  const created = await createSolution({ authorId, input: solutionFormInput({ title: `Antwort per Mail ${runId}` }) });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const [root] = await db
    .insert(comments)
    .values({ solutionId: created.id, authorId, body: "Wie habt ihr das Fachverfahren angebunden?" })
    .returning({ id: comments.id });
  threadId = root!.id;
});

beforeEach(() => {
  process.env.INBOUND_MAIL_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.INBOUND_MAIL_SECRET;
});

describe("POST /api/inbound-mail", () => {
  it("answers 401 without the setting, without and with a wrong secret, and posts nothing", async () => {
    const raw = rawMail({ body: "Sollte nie erscheinen." });
    expect((await post(raw, null)).status).toBe(401);
    expect((await post(raw, "Bearer falsch")).status).toBe(401);
    expect((await post(raw, `Bearer ${SECRET}x`)).status).toBe(401);
    delete process.env.INBOUND_MAIL_SECRET;
    expect((await post(raw)).status).toBe(401);
    expect((await repliesIn(threadId)).map((r) => r.body)).not.toContain("Sollte nie erscheinen.");
  });

  it("takes the secret as the password of HTTP Basic too (webhook URLs with credentials)", async () => {
    const response = await post(rawMail({ body: "Per Basic." }), `Basic ${Buffer.from(`inbound:${SECRET}`).toString("base64")}`);
    expect(response.status).toBe(201);
  });

  it("posts a German Outlook reply without the Von/Gesendet/An/Betreff block, as the token's member, in the thread", async () => {
    const boundary = "_000_outlook_boundary_";
    const parts = [
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/plain; charset=iso-8859-1",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Wir haben die Schnittstelle =FCber XTA angebunden, das ging gut.",
      "",
      "Mit freundlichen Gr=FC=DFen",
      "Anna Beispiel",
      "",
      "________________________________",
      "Von: Kommunalnetz <antwort@kommunalnetz.example>",
      "Gesendet: Dienstag, 1. Dezember 2026 14:03",
      "An: Anna Beispiel <anna@stadt.example>",
      "Betreff: Neue Antwort auf Ihre Frage",
      "",
      "Wie habt ihr das Fachverfahren angebunden?",
      "",
      `--${boundary}`,
      "Content-Type: text/html; charset=iso-8859-1",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "<html><body><p>Wir haben die Schnittstelle =FCber XTA angebunden.</p><div id=3D\"appendonsend\"></div><hr><b>Von:</b> Kommunalnetz</body></html>",
      `--${boundary}--`,
      "",
    ].join("\r\n");
    const response = await post(rawMail({ parts }));
    expect(response.status).toBe(201);
    const replies = await repliesIn(threadId);
    const posted = replies.find((r) => r.body.startsWith("Wir haben die Schnittstelle über XTA"));
    expect(posted).toBeDefined();
    expect(posted!.authorId).toBe(memberId);
    expect(posted!.body).toBe("Wir haben die Schnittstelle über XTA angebunden, das ging gut.\n\nMit freundlichen Grüßen  \nAnna Beispiel");
  });

  it("posts a Thunderbird reply without 'Am … schrieb …:', the quote and the signature after '-- '", async () => {
    const body = [
      "Bei uns lief das über den Dienstleister.",
      "",
      "Am 01.12.2026 um 14:03 schrieb Kommunalnetz:",
      "> Wie habt ihr das Fachverfahren angebunden?",
      "",
      "-- ",
      "Anna Beispiel",
      "Stadt Waiblingen, Digitalisierung",
    ].join("\n");
    const response = await post(rawMail({ body, contentType: "text/plain; charset=UTF-8; format=flowed" }));
    expect(response.status).toBe(201);
    expect((await repliesIn(threadId)).map((r) => r.body)).toContain("Bei uns lief das über den Dienstleister.");
  });

  it("posts an HTML-only Outlook reply without the quoted block", async () => {
    const html = [
      "<html><body><div>Das HTML-Only-Outlook sagt ja.</div><div><br></div>",
      '<div id="divRplyFwdMsg"><hr><font><b>Von:</b> Kommunalnetz &lt;antwort@kommunalnetz.example&gt;<br>',
      "<b>Gesendet:</b> Dienstag, 1. Dezember 2026 14:03<br><b>An:</b> Anna Beispiel<br><b>Betreff:</b> Neue Antwort</font></div>",
      "<div>Wie habt ihr das Fachverfahren angebunden?</div></body></html>",
    ].join("");
    const response = await post(rawMail({ body: html, contentType: "text/html; charset=utf-8" }));
    expect(response.status).toBe(201);
    expect((await repliesIn(threadId)).map((r) => r.body)).toContain("Das HTML-Only-Outlook sagt ja.");
  });

  it("takes the token from Delivered-To when the visible To is the plain address", async () => {
    const response = await post(rawMail({ to: "antwort@kommunalnetz.example", headers: [`Delivered-To: ${replyTo()}`], body: "Über Delivered-To." }));
    expect(response.status).toBe(201);
  });

  it("posts the same Message-ID once", async () => {
    const raw = rawMail({ body: "Nur einmal, bitte.", messageId: `dup-${runId}@mail.stadt.example` });
    expect((await post(raw)).status).toBe(201);
    expect((await post(raw)).status).toBe(200);
    const again = await processInboundMail(raw);
    expect(again.status).toBe("duplicate");
    expect((await repliesIn(threadId)).filter((r) => r.body === "Nur einmal, bitte.")).toHaveLength(1);
    const [row] = await db.select().from(inboundMails).where(eq(inboundMails.messageId, `dup-${runId}@mail.stadt.example`));
    expect(row).toMatchObject({ outcome: "posted", memberId });
  });

  it("dedupes a mail without Message-ID by its content", async () => {
    const raw = rawMail({ body: "Ohne Message-ID.", messageId: null });
    expect((await post(raw)).status).toBe(201);
    expect((await post(raw)).status).toBe(200);
    expect((await repliesIn(threadId)).filter((r) => r.body === "Ohne Message-ID.")).toHaveLength(1);
  });

  it("refuses a forged, an expired and a missing token with a bounce text, and posts nothing", async () => {
    const valid = replyTo();
    const forged = valid.replace(/\.([A-Za-z0-9_-]{22})@/, (_, mac: string) => `.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}@`);
    const otherMember = replyTo(authorId).replace(/reply\.[^.]+\./, `reply.${memberId}.`);
    const expired = replyTo(memberId, threadId, new Date(Date.now() - 61 * 86_400_000));
    for (const to of [forged, otherMember, expired, "antwort@kommunalnetz.example", "antwort+reply.garbage@kommunalnetz.example"]) {
      const response = await post(rawMail({ to, body: `Gefälscht ${to.length}` }));
      expect(response.status).toBe(422);
      const text = await response.text();
      expect(text).toContain("Ihre Antwort wurde nicht im Kommunalnetz veröffentlicht.");
      expect(text).toContain("Die Antwortadresse ist ungültig oder abgelaufen.");
      expect(text).toContain("Your reply was not posted");
      expect(text).not.toContain(memberEmail);
    }
    expect((await repliesIn(threadId)).some((r) => r.body.startsWith("Gefälscht"))).toBe(false);
  });

  it("refuses a reply from an address that is not the token's member (case aside)", async () => {
    const mismatch = await post(rawMail({ from: "jemand.anders@stadt.example", body: "Fremder Absender." }));
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain("nicht von der Adresse");
    expect((await repliesIn(threadId)).map((r) => r.body)).not.toContain("Fremder Absender.");
    const upper = await post(rawMail({ from: memberEmail.toUpperCase(), body: "Großbuchstaben im Absender." }));
    expect(upper.status).toBe(201);
  });

  it("refuses a mail with only quoted text", async () => {
    const body = "Am 01.12.2026 um 14:03 schrieb Kommunalnetz <antwort@kommunalnetz.example>:\n> Wie habt ihr das Fachverfahren angebunden?\n";
    const response = await post(rawMail({ body }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("nur zitierten Text");
  });

  it("drops auto-replies with a 2xx (no bounce, no loop) and posts nothing", async () => {
    for (const header of ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk", "Return-Path: <>"]) {
      const response = await post(rawMail({ headers: [header], body: `Ich bin bis Montag nicht im Büro. ${header}` }));
      expect(response.status).toBe(202);
    }
    expect((await repliesIn(threadId)).some((r) => r.body.startsWith("Ich bin bis Montag"))).toBe(false);
  });

  it("refuses a reply to a deleted thread", async () => {
    const [root] = await db.insert(comments).values({ solutionId: (await db.select({ s: comments.solutionId }).from(comments).where(eq(comments.id, threadId)))[0]!.s, authorId, body: "weg", deletedAt: new Date() }).returning({ id: comments.id });
    const response = await post(rawMail({ to: replyTo(memberId, root!.id), body: "Zu spät." }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("gibt es nicht mehr");
    expect(await repliesIn(root!.id)).toHaveLength(0);
  });

  it("answers 413 above the size limit without parsing", async () => {
    const response = await post(rawMail({ body: "x".repeat(1024 * 1024 + 10) }));
    expect(response.status).toBe(413);
  });

  it("handles a 50 kB reply by the comment length rule: posted whole or refused with a reason, never cut", async () => {
    const long = `Lange Antwort ${runId}. ` + "Wir haben sehr viel zu erzählen. ".repeat(1550);
    expect(Buffer.byteLength(long)).toBeGreaterThan(50_000);
    const response = await post(rawMail({ body: long }));
    const stored = (await repliesIn(threadId)).filter((r) => r.body.startsWith(`Lange Antwort ${runId}.`));
    if (response.status === 201) expect(stored.map((r) => r.body)).toEqual([long.trim()]);
    else {
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("zu lang");
      expect(stored).toHaveLength(0);
    }
  });
});

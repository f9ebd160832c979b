import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import hoodiecrow from "hoodiecrow-imap";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, jobOutbox, mailOutbox, users } from "@/db/schema";
import { signToken } from "@/lib/notifications/tokens";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { imapSettings } from "./config";
import { INBOUND_MAIL_POLL_JOB, pollInboundMailbox, scheduleInboundMailPoll } from "./jobs";

// A real IMAP server in the test process (hoodiecrow-imap), polled by the real imapflow client.
let server: ReturnType<typeof hoodiecrow>;
let port: number;
let memberId: string;
let memberEmail: string;
let threadId: string;

const raw = (options: { from: string; to: string; body: string; id: string }) =>
  [
    `From: ${options.from}`,
    `To: ${options.to}`,
    "Subject: AW: Neuer Kommentar",
    `Message-ID: <${options.id}@mail.stadt.example>`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    options.body,
  ].join("\r\n");

const settings = (processed?: string) => imapSettings({ IMAP_URL: `imap://inbound:geheim%21@127.0.0.1:${port}/INBOX`, IMAP_PROCESSED_MAILBOX: processed });

async function unseenCount(mailbox = "INBOX") {
  const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user: "inbound", pass: "geheim!" }, logger: false });
  await client.connect();
  const lock = await client.getMailboxLock(mailbox);
  try {
    const all = (await client.search({ all: true }, { uid: true })) || [];
    const unseen = (await client.search({ seen: false }, { uid: true })) || [];
    return { all: all.length, unseen: unseen.length };
  } finally {
    lock.release();
    await client.logout();
  }
}

beforeAll(async () => {
  const authorId = await newMember();
  memberId = await newMember({ municipalityAgs: "08119079" });
  memberEmail = (await db.select({ email: users.email }).from(users).where(eq(users.id, memberId)))[0]!.email!;
  const created = await createSolution({ authorId, input: solutionFormInput({ title: `IMAP ${runId}` }) });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  threadId = (await db.insert(comments).values({ solutionId: created.id, authorId, body: "Frage?" }).returning({ id: comments.id }))[0]!.id;
  const to = `antwort+${signToken({ purpose: "reply", memberId, subject: threadId })}@kommunalnetz.example`;
  server = hoodiecrow({
    plugins: ["UIDPLUS", "MOVE", "ENABLE", "ID", "UNSELECT", "NAMESPACE", "SPECIAL-USE"],
    users: { inbound: { password: "geheim!" } },
    storage: {
      INBOX: {
        messages: [
          { raw: raw({ from: memberEmail, to, body: `Per IMAP beantwortet ${runId}.\n\nAm 01.12.2026 um 10:00 schrieb Kommunalnetz:\n> Frage?`, id: `imap-1-${runId}` }) },
          { raw: raw({ from: memberEmail, to, body: "> Frage?", id: `imap-2-${runId}` }) },
          { raw: raw({ from: "fremd@example.org", to, body: `Fremd ${runId}`, id: `imap-3-${runId}` }) },
          { raw: raw({ from: memberEmail, to, body: `Schon gesehen ${runId}`, id: `imap-4-${runId}` }), flags: ["\\Seen"] },
        ],
      },
      "": { folders: { Verarbeitet: {} } },
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(resolve));
});

describe("IMAP poll", () => {
  it("parses IMAP_URL", () => {
    expect(settings("Verarbeitet")).toMatchObject({ host: "127.0.0.1", port, secure: false, user: "inbound", pass: "geheim!", mailbox: "INBOX", processedMailbox: "Verarbeitet" });
    expect(imapSettings({ IMAP_URL: "imaps://u:p@imap.example.org" })).toMatchObject({ port: 993, secure: true, mailbox: "INBOX" });
    expect(imapSettings({})).toBeNull();
  });

  it("posts the unseen replies through the same checks, marks every handled message seen, tells only the verified member", async () => {
    const summary = await pollInboundMailbox(settings());
    expect(summary).toEqual({ seen: 3, posted: 1, duplicate: 0, ignored: 0, refused: 2 });
    const replies = await db.select({ body: comments.body, authorId: comments.authorId }).from(comments).where(eq(comments.parentId, threadId));
    expect(replies).toEqual([{ body: `Per IMAP beantwortet ${runId}.`, authorId: memberId }]);
    expect(await unseenCount()).toEqual({ all: 4, unseen: 0 });
    // The only-quoted reply came from the member: they are told why. The stranger is not (no backscatter).
    const told = await db.select({ to: mailOutbox.to, text: mailOutbox.text, headers: mailOutbox.headers }).from(mailOutbox).where(eq(mailOutbox.to, memberEmail));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("nur zitierten Text");
    expect(told[0]!.headers).toMatchObject({ "Auto-Submitted": "auto-replied" });
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, "fremd@example.org"))).toHaveLength(0);
  });

  it("finds nothing new on the next poll", async () => {
    expect(await pollInboundMailbox(settings())).toEqual({ seen: 0, posted: 0, duplicate: 0, ignored: 0, refused: 0 });
  });

  it("moves handled messages to IMAP_PROCESSED_MAILBOX, and a redelivered message is not posted twice", async () => {
    const to = `antwort+${signToken({ purpose: "reply", memberId, subject: threadId })}@kommunalnetz.example`;
    const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user: "inbound", pass: "geheim!" }, logger: false });
    await client.connect();
    await client.append("INBOX", raw({ from: memberEmail, to, body: "Nochmal derselbe.", id: `imap-1-${runId}` }));
    await client.append("INBOX", raw({ from: memberEmail, to, body: `Neu verschoben ${runId}`, id: `imap-5-${runId}` }));
    await client.logout();
    const summary = await pollInboundMailbox(settings("Verarbeitet"));
    expect(summary).toEqual({ seen: 2, posted: 1, duplicate: 1, ignored: 0, refused: 0 });
    expect((await unseenCount()).all).toBe(4);
    expect((await unseenCount("Verarbeitet")).all).toBe(2);
    const bodies = (await db.select({ body: comments.body }).from(comments).where(eq(comments.parentId, threadId))).map((r) => r.body);
    expect(bodies.sort()).toEqual([`Neu verschoben ${runId}`, `Per IMAP beantwortet ${runId}.`]);
  });

  it("is scheduled once a minute only when IMAP_URL is set", async () => {
    const now = new Date("2026-12-02T05:00:30Z");
    await scheduleInboundMailPoll(now);
    const key = `${INBOUND_MAIL_POLL_JOB}:2026-12-02T05:00`;
    expect(await db.select().from(jobOutbox).where(eq(jobOutbox.dedupeKey, key))).toHaveLength(0);
    process.env.IMAP_URL = `imap://inbound:geheim%21@127.0.0.1:${port}/INBOX`;
    try {
      await scheduleInboundMailPoll(now);
      await scheduleInboundMailPoll(new Date("2026-12-02T05:00:50Z"));
    } finally {
      delete process.env.IMAP_URL;
    }
    expect(await db.select().from(jobOutbox).where(eq(jobOutbox.dedupeKey, key))).toHaveLength(1);
  });
});

import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { comments, mailOutbox, notifications, notificationSettings, users, type NotificationKind } from "@/db/schema";
import { GET, POST } from "@/app/api/unsubscribe/route";
import { enqueueJob } from "@/lib/jobs/queue";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { DIGEST_JOB, DIGEST_SCHEDULE_JOB, scheduleDigests } from "./digest-jobs";
import { dailyWindow, weeklyWindow } from "./digest-time";
import { NOTIFICATIONS_MAIL_JOB } from "./jobs";
import { getDeliverySettings } from "./settings-queries";
import { signToken } from "./tokens";

// A real SMTP server in this process: nodemailer (lib/mail/send.ts) delivers to it over TCP, and
// mailparser reads what arrived, headers and MIME parts as a mail client would.
const received: ParsedMail[] = [];
let server: SMTPServer;
const ORIGIN = "https://kommunalnetz.example.org";

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A mailbox that does not exist: the server refuses the recipient, as a real one would.
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce-")) callback(Object.assign(new Error("5.1.1 no such user"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // send.ts creates its transport on the first mail, from SMTP_URL as it is then: set it before.
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.AUTH_URL = ORIGIN;
  process.env.INBOUND_MAIL_ADDRESS = "antwort@kommunalnetz.example.org";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.INBOUND_MAIL_ADDRESS;
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The header exactly as it was on the wire (unfolded), e.g. `<https://…>`. */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
}

async function emailOf(memberId: string) {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, memberId));
  return row!.email!;
}

const mailsTo = async (memberId: string) => {
  const address = await emailOf(memberId);
  return received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));
};

async function drain(kinds: readonly string[]) {
  const handlers = Object.fromEntries(kinds.map((kind) => [kind, jobHandlers[kind]!]));
  while ((await runDueJobs(handlers, { limit: 50 })).claimed > 0);
}

let counter = 0;
async function publishedSolution(authorId: string, options: { draft?: boolean; title?: string } = {}) {
  counter += 1;
  const result = await createSolution({
    authorId,
    input: solutionFormInput({ title: options.title ?? `Mail-Lösung ${counter} ${runId}`, intent: options.draft ? "draft" : "publish" }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { id: result.id, slug: result.slug };
}

async function comment(values: { authorId: string; solutionId: string; parentId?: string; body: string }) {
  const [row] = await db.insert(comments).values(values).returning({ id: comments.id });
  return row!.id;
}

async function notify(values: { recipientId: string; kind: NotificationKind; actorId?: string; solutionId?: string; commentId?: string; createdAt?: Date; groupKey?: string }) {
  const [row] = await db
    .insert(notifications)
    .values({ groupKey: `${values.kind}:${values.solutionId ?? ""}:${values.commentId ?? ""}`, ...values })
    .returning({ id: notifications.id });
  return row!.id;
}

describe("notification mails over SMTP", () => {
  it("mails a reply at once with unsubscribe, reply and threading headers, text and escaped HTML, in German", async () => {
    const [author, recipient] = [await newMember({ name: "Anna Autorin" }), await newMember({ name: "Rita Empfängerin" })];
    const solution = await publishedSolution(author, { title: `Bürgerkonto <Test> & Co ${runId}` });
    const root = await comment({ authorId: recipient, solutionId: solution.id, body: "Wie ist das gelaufen?" });
    const reply = await comment({ authorId: author, solutionId: solution.id, parentId: root, body: 'Gut: **3 < 5** & "Zitat" <script>alert(1)</script>' });
    const id = await notify({ recipientId: recipient, kind: "reply", actorId: author, solutionId: solution.id, commentId: reply });
    await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    await drain([NOTIFICATIONS_MAIL_JOB]);

    const mails = await mailsTo(recipient);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`Anna Autorin hat geantwortet: Bürgerkonto <Test> & Co ${runId}`);
    expect(header(mail, "Message-ID")).toBe(`<notification-${id}@kommunalnetz.example.org>`);
    expect(header(mail, "In-Reply-To")).toBe(`<thread-${root}@kommunalnetz.example.org>`);
    expect(header(mail, "References")).toBe(`<thread-${root}@kommunalnetz.example.org>`);
    expect(header(mail, "Reply-To")).toMatch(new RegExp(`^antwort\\+reply\\.${recipient}\\.${root}\\.[0-9a-z]+\\.[A-Za-z0-9_-]{22}@kommunalnetz\\.example\\.org$`));
    const unsubscribe = header(mail, "List-Unsubscribe")!;
    expect(unsubscribe).toMatch(/^<https:\/\/kommunalnetz\.example\.org\/api\/unsubscribe\?token=unsubscribe\.[^>]+>$/);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // Both parts, with the excerpt as plain text and, in the HTML, escaped; no script survives.
    expect(mail.text).toContain("Hallo Rita Empfängerin,");
    expect(mail.text).toContain(`Anna Autorin hat im Gespräch zu „Bürgerkonto <Test> & Co ${runId}“ geantwortet:`);
    expect(mail.text).toContain('> Gut: 3 < 5 & "Zitat"');
    expect(mail.text).toContain(`${ORIGIN}/solutions/${solution.slug}#comment-${reply}`);
    expect(mail.text).toContain("Sie können direkt auf diese E-Mail antworten");
    expect(mail.text).toContain(`${ORIGIN}/unsubscribe?token=`);
    expect(mail.text).toContain(`${ORIGIN}/settings/notifications`);
    const html = String(mail.html);
    expect(html).toContain('lang="de"');
    expect(html).toContain("Bürgerkonto &lt;Test&gt; &amp; Co");
    expect(html).toContain("Gut: 3 &lt; 5 &amp; &quot;Zitat&quot;");
    expect(html).not.toMatch(/<script|<Test>/);
    expect(html).toContain(`href="${ORIGIN}/solutions/${solution.slug}#comment-${reply}"`);

    const [row] = await db.select({ mailedAt: notifications.mailedAt }).from(notifications).where(eq(notifications.id, id));
    expect(row!.mailedAt).not.toBeNull();
    const [outbox] = await db.select({ sentAt: mailOutbox.sentAt, headers: mailOutbox.headers }).from(mailOutbox).where(eq(mailOutbox.to, await emailOf(recipient)));
    expect(outbox!.sentAt).not.toBeNull();
  });

  it("writes in English to an English reader; a solution notification has no thread headers", async () => {
    const [author, recipient] = [await newMember({ name: "Anna Author" }), await newMember({ name: "Eve Reader" })];
    await db.update(users).set({ locale: "en" }).where(eq(users.id, recipient));
    await db.insert(notificationSettings).values({ memberId: recipient, kind: "new_solution", delivery: "immediately" });
    const solution = await publishedSolution(author);
    await notify({ recipientId: recipient, kind: "new_solution", actorId: author, solutionId: solution.id });
    await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    await drain([NOTIFICATIONS_MAIL_JOB]);

    const [mail, ...more] = await mailsTo(recipient);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`New example: Mail-Lösung ${counter} ${runId}`);
    expect(mail!.text).toContain("Hello Eve Reader,");
    expect(mail!.text).toContain(`${ORIGIN}/en/solutions/${solution.slug}`);
    expect(mail!.text).toContain(`${ORIGIN}/en/unsubscribe?token=`);
    expect(mail!.text).not.toContain("reply to this e-mail");
    expect(String(mail!.html)).toContain('lang="en"');
    expect(header(mail!, "In-Reply-To")).toBeUndefined();
    expect(header(mail!, "Reply-To")).toBeUndefined();
    expect(header(mail!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });

  it("mails nothing for digest kinds, 'never' and drafts, and still marks every claimed row", async () => {
    const [author, recipient] = [await newMember(), await newMember()];
    await db.insert(notificationSettings).values({ memberId: recipient, kind: "mention", delivery: "never" });
    const solution = await publishedSolution(author);
    const draft = await publishedSolution(author, { draft: true });
    const c = await comment({ authorId: author, solutionId: solution.id, body: "Hallo @Rita" });
    const ids = [
      await notify({ recipientId: recipient, kind: "comment", actorId: author, solutionId: solution.id, commentId: c }), // daily by default
      await notify({ recipientId: recipient, kind: "mention", actorId: author, solutionId: solution.id, commentId: c }), // never
      await notify({ recipientId: recipient, kind: "question", actorId: author, solutionId: draft.id }), // not visible
    ];
    await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    await drain([NOTIFICATIONS_MAIL_JOB]);
    expect(await mailsTo(recipient)).toHaveLength(0);
    const rows = await db.select({ mailedAt: notifications.mailedAt }).from(notifications).where(inArray(notifications.id, ids));
    expect(rows.every((r) => r.mailedAt !== null)).toBe(true);
  });
});

describe("a refused delivery", () => {
  it("gives the notification back for the retry instead of marking it mailed", async () => {
    const [author, recipient] = [await newMember(), await newMember()];
    const address = await emailOf(recipient);
    await db.update(users).set({ email: `bounce-${address}` }).where(eq(users.id, recipient));
    const solution = await publishedSolution(author);
    const question = await comment({ authorId: author, solutionId: solution.id, body: "Eine Frage?" });
    const id = await notify({ recipientId: recipient, kind: "question", actorId: author, solutionId: solution.id, commentId: question });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    const summary = await runDueJobs({ [NOTIFICATIONS_MAIL_JOB]: jobHandlers[NOTIFICATIONS_MAIL_JOB]! }, { limit: 50 });
    expect(summary.failed).toBeGreaterThan(0);
    errors.mockRestore();
    const [row] = await db.select({ mailedAt: notifications.mailedAt }).from(notifications).where(eq(notifications.id, id));
    expect(row!.mailedAt).toBeNull();

    // The address is fixed; the next run delivers it.
    await db.update(users).set({ email: address }).where(eq(users.id, recipient));
    await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    await drain([NOTIFICATIONS_MAIL_JOB]);
    expect((await mailsTo(recipient)).map((m) => header(m, "Message-ID"))).toEqual([`<notification-${id}@kommunalnetz.example.org>`]);
  });
});

describe("digests", () => {
  it("sends a daily digest exactly once with two workers running at the same time, grouped, and only the day's digest kinds", async () => {
    const [author, recipient, quiet] = [await newMember({ name: "Anna Autorin" }), await newMember({ name: "Dora Digest" }), await newMember()];
    const solution = await publishedSolution(author);
    const draft = await publishedSolution(author, { draft: true });
    // 29 March 2026: the clocks go forward, a 23-hour day in Berlin (22:00Z on the 28th to 22:00Z on the 29th).
    const day = dailyWindow("2026-03-29");
    expect(day.start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(day.end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    const c1 = await comment({ authorId: author, solutionId: solution.id, body: "Erster Kommentar" });
    const c2 = await comment({ authorId: author, solutionId: solution.id, body: "Zweiter Kommentar" });
    const group = `comment:solution:${solution.id}`;
    await notify({ recipientId: recipient, kind: "comment", actorId: author, solutionId: solution.id, commentId: c1, groupKey: group, createdAt: new Date("2026-03-29T08:00:00Z") });
    await notify({ recipientId: recipient, kind: "comment", actorId: author, solutionId: solution.id, commentId: c2, groupKey: group, createdAt: new Date("2026-03-29T09:00:00Z") });
    await notify({ recipientId: recipient, kind: "reuse", actorId: author, solutionId: solution.id, createdAt: day.start }); // the first instant belongs to the day
    await notify({ recipientId: recipient, kind: "new_solution", actorId: author, solutionId: draft.id, createdAt: new Date("2026-03-29T10:00:00Z") }); // a draft: never
    await notify({ recipientId: recipient, kind: "reply", actorId: author, solutionId: solution.id, commentId: c1, createdAt: new Date("2026-03-29T10:00:00Z") }); // immediately, not in the digest
    await notify({ recipientId: recipient, kind: "comment", actorId: author, solutionId: solution.id, commentId: c1, groupKey: "other-day", createdAt: day.end }); // the next day
    await notify({ recipientId: quiet, kind: "new_solution", actorId: author, solutionId: draft.id, createdAt: new Date("2026-03-29T10:00:00Z") }); // only invisible: no mail

    // Two instances: both run the periodic task and their workers at the same moment, twice.
    const morning = new Date("2026-03-30T05:30:00Z"); // 07:30 in Berlin
    const kinds = [DIGEST_SCHEDULE_JOB, DIGEST_JOB];
    for (let round = 0; round < 2; round++) {
      await Promise.all([scheduleDigests(morning), scheduleDigests(morning)]);
      await Promise.all([drain(kinds), drain(kinds)]);
    }

    const mails = await mailsTo(recipient);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Ihre Zusammenfassung vom 29. März 2026: 3 Neuigkeiten");
    expect(mail.text).toContain("Neue Kommentare");
    expect(mail.text).toContain(`Neuer Kommentar von Anna Autorin zu „Mail-Lösung`);
    expect(mail.text).toContain("(und 1 weitere)");
    expect(mail.text).toContain("Nachnutzungen");
    expect(mail.text).not.toContain("Antworten");
    expect(String(mail.html)).toContain("<h2");
    expect(header(mail, "List-Unsubscribe")).toMatch(/^<https:\/\/kommunalnetz\.example\.org\/api\/unsubscribe\?token=unsubscribe\.[^.]+\.daily\./);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(header(mail, "Message-ID")).toBe(`<digest-daily-2026-03-29-${recipient}@kommunalnetz.example.org>`);
    expect(await mailsTo(quiet)).toHaveLength(0);
  });

  it("sends a weekly digest of last week's kinds set to weekly", async () => {
    const [author, recipient] = [await newMember(), await newMember()];
    await db.insert(notificationSettings).values({ memberId: recipient, kind: "new_solution", delivery: "weekly" });
    const solution = await publishedSolution(author);
    const week = weeklyWindow("2026-11-23");
    expect(week.label).toBe("2026-W48");
    await notify({ recipientId: recipient, kind: "new_solution", actorId: author, solutionId: solution.id, createdAt: new Date("2026-11-25T12:00:00Z") });
    await notify({ recipientId: recipient, kind: "comment", actorId: author, solutionId: solution.id, createdAt: new Date("2026-11-25T12:00:00Z") }); // daily, not weekly
    await scheduleDigests(new Date("2026-11-30T06:30:00Z")); // Monday 07:30 in Berlin
    await drain([DIGEST_SCHEDULE_JOB, DIGEST_JOB]);
    const mails = (await mailsTo(recipient)).filter((m) => m.subject?.startsWith("Ihre Wochenzusammenfassung"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Ihre Wochenzusammenfassung 2026-W48: 1 Neuigkeit");
    expect(mails[0]!.text).toContain("vom 23. November 2026 bis zum 29. November 2026");
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  const oneClick = (token: string) =>
    new Request(`${ORIGIN}/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });

  it("turns the kind off with a good token, without a session; GET changes nothing", async () => {
    const member = await newMember();
    const token = signToken({ purpose: "unsubscribe", memberId: member, subject: "comment" });
    const get = await GET(new Request(`${ORIGIN}/api/unsubscribe?token=${encodeURIComponent(token)}`));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect((await getDeliverySettings(db, member)).comment).toBe("daily");

    const response = await POST(oneClick(token));
    expect(response.status).toBe(200);
    expect((await getDeliverySettings(db, member)).comment).toBe("never");
    expect((await getDeliverySettings(db, member)).reply).toBe("immediately");
    // Clicking twice is fine.
    expect((await POST(oneClick(token))).status).toBe(200);
  });

  it("turns off every kind of a digest with the digest's token", async () => {
    const member = await newMember();
    const response = await POST(oneClick(signToken({ purpose: "unsubscribe", memberId: member, subject: "daily" })));
    expect(response.status).toBe(200);
    const settings = await getDeliverySettings(db, member);
    expect([settings.comment, settings.new_solution, settings.reuse, settings.derived]).toEqual(["never", "never", "never", "never"]);
    expect(settings.question).toBe("immediately");
  });

  it("refuses forged, expired and reply tokens with 400 and a plain message", async () => {
    const member = await newMember();
    const good = signToken({ purpose: "unsubscribe", memberId: member, subject: "comment" });
    const [purpose, , subject, expires, mac] = good.split(".");
    const otherMember = await newMember();
    const forged = [purpose, otherMember, subject, expires, mac].join(".");
    const expired = signToken({ purpose: "unsubscribe", memberId: member, subject: "comment", now: new Date(Date.now() - 400 * 86_400_000) });
    const reply = signToken({ purpose: "reply", memberId: member, subject: "comment" });
    for (const token of [forged, expired, reply, "", "x".repeat(400)]) {
      const response = await POST(oneClick(token));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(await response.text()).toContain("ungültig oder abgelaufen");
    }
    expect((await getDeliverySettings(db, member)).comment).toBe("daily");
    expect((await getDeliverySettings(db, otherMember)).comment).toBe("daily");
  });

  it("sends the page's button back to the page in the member's language", async () => {
    const member = await newMember();
    const form = new FormData();
    form.set("from", "page");
    form.set("locale", "en");
    const token = signToken({ purpose: "unsubscribe", memberId: member, subject: "reuse" });
    const response = await POST(new Request(`${ORIGIN}/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST", body: form }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/en/unsubscribe?done=reuse`);
    expect((await getDeliverySettings(db, member)).reuse).toBe("never");
  });
});

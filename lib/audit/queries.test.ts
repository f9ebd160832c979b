import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { auditActions } from "@/db/schema/membership-enums";
import { changeMemberRole } from "@/lib/members/mutations";
import { newMember, runId } from "@/lib/solutions/test-fixtures";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { buildAuditCsv } from "./csv";
import { countAuditEntries, listAuditEntries, listAuditPage } from "./queries";
import { auditFilterInput } from "./schema";

const filter = (raw: Record<string, string>) => auditFilterInput.parse(raw);
const all = { limit: 1000, offset: 0 };

describe("the audit log of role changes", () => {
  it("shows a role change with actor, subject and before → after, and refuses to demote the last admin", async () => {
    const admin = await newMember({ role: "admin", name: `Audit Admin ${runId}` });
    const member = await newMember({ name: `Audit Mitglied ${runId}` });
    expect(await changeMemberRole({ adminId: admin, memberId: member, role: "organiser" })).toEqual({ ok: true });
    const [entry] = await listAuditEntries(filter({ action: "member.role_changed", subject: `Audit Mitglied ${runId}` }), all);
    expect(entry).toMatchObject({ actorId: admin, actorName: `Audit Admin ${runId}`, subjectName: `Audit Mitglied ${runId}`, before: { role: "member" }, after: { role: "organiser" } });

    // Make `admin` the only admin: another admin cannot demote them, and nobody is left without one.
    const other = await newMember({ role: "admin" });
    const otherAdmins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    const keep = otherAdmins.map((r) => r.id).filter((id) => id !== admin && id !== other);
    await db.update(users).set({ role: "member" }).where(inArray(users.id, keep.length ? keep : ["none"]));
    expect(await changeMemberRole({ adminId: admin, memberId: other, role: "member" })).toEqual({ ok: true });
    expect(await changeMemberRole({ adminId: other, memberId: admin, role: "member" })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, admin));
    expect(row?.role).toBe("admin");
    await db.update(users).set({ role: "admin" }).where(inArray(users.id, keep.length ? keep : ["none"]));
  });
});

describe("listAuditEntries filters", () => {
  it("filters by action, actor, subject and Berlin days, newest first, and pages", async () => {
    const actor = await newMember({ name: `Filter Akteurin ${runId}` });
    const subject = await newMember({ name: `Filter Betroffen ${runId}` });
    const at = (iso: string) => new Date(iso);
    await db.insert(auditLog).values([
      { actorId: actor, action: "solution.hidden", targetType: "solution", targetId: "s1", createdAt: at("2030-03-27T23:30:00Z") }, // 28.03. 00:30 Berlin (CET, summer time starts on the 31st)
      { actorId: actor, action: "comment.hidden", targetType: "comment", targetId: "c1", subjectMemberId: subject, createdAt: at("2030-03-28T12:00:00Z") },
      { actorId: actor, action: "solution.restored", targetType: "solution", targetId: "s1", createdAt: at("2030-03-29T22:59:00Z") }, // 29.03. 23:59 Berlin (CET)
      { actorId: subject, action: "solution.hidden", targetType: "solution", targetId: "s2", createdAt: at("2030-03-30T10:00:00Z") },
    ]);
    const byActor = await listAuditEntries(filter({ actor: `akteurin ${runId}` }), all);
    expect(byActor.map((e) => e.targetId)).toEqual(["s1", "c1", "s1"]);
    expect(byActor.map((e) => e.action)).toEqual(["solution.restored", "comment.hidden", "solution.hidden"]);
    expect((await listAuditEntries(filter({ actor: `akteurin ${runId}`, action: "solution.hidden" }), all)).map((e) => e.targetId)).toEqual(["s1"]);
    expect((await listAuditEntries(filter({ subject: `Betroffen ${runId}` }), all)).map((e) => e.targetId)).toEqual(["c1"]);
    // From 28 to 29 March in Berlin: the first entry (00:30 on the 28th) and the last on the 29th (23:59) are in.
    const days = filter({ actor: `akteurin ${runId}`, from: "2030-03-28", to: "2030-03-29" });
    expect(await countAuditEntries(days)).toBe(3);
    expect(await countAuditEntries(filter({ actor: `akteurin ${runId}`, from: "2030-03-29", to: "2030-03-29" }))).toBe(1);
    expect(await countAuditEntries(filter({ from: "2030-03-30", to: "2030-03-30", actor: `Betroffen ${runId}` }))).toBe(1);
    // A LIKE wildcard in the search is a character, not "anything".
    expect(await countAuditEntries(filter({ actor: "%" }))).toBe(0);
    const page = await listAuditPage(filter({ actor: `akteurin ${runId}`, page: "2" }));
    expect(page).toMatchObject({ total: 3, page: 2, items: [] });
  });

  it("turns malformed filters into messages on their fields, never a throw", () => {
    const messages = (raw: Record<string, string>) => [
      ...new Set(auditFilterInput.safeParse(raw).error?.issues.map((i) => `${i.path.join(".")}|${i.message}`)),
    ].map((m) => m.split("|"));
    expect(messages({ from: "2030-02-30" })).toEqual([["from", "audit.errors.dateInvalid"]]);
    expect(messages({ to: "morgen" })).toEqual([["to", "audit.errors.dateInvalid"]]);
    expect(messages({ from: "2030-03-29", to: "2030-03-28" })).toEqual([["to", "audit.errors.dateOrder"]]);
    expect(messages({ action: "drop table" })).toEqual([["action", "audit.errors.actionInvalid"]]);
    expect(messages({ page: "99999999999999999999" })).toEqual([["page", "errors.pageInvalid"]]);
    expect(messages({ actor: "a\u0000b" })[0]?.[0]).toBe("actor");
  });
});

describe("buildAuditCsv", () => {
  it("writes one row per entry for Excel, with an apostrophe before a leading = + - @", () => {
    const csv = buildAuditCsv([
      {
        createdAt: new Date("2030-03-28T12:00:00Z"),
        action: "member.role_changed",
        actorId: "a1",
        actorName: "=HYPERLINK(\"http://evil\")",
        targetType: "member",
        targetId: "m1",
        subjectMemberId: "m1",
        subjectName: "@SUM(A1)",
        before: { role: "member" },
        after: { role: "organiser" },
        note: "+1; -2",
      },
    ]);
    expect(csv.startsWith("\uFEFFZeitpunkt (Europe/Berlin);Aktion;")).toBe(true);
    const line = csv.split("\r\n")[1]!;
    expect(line).toBe(`28.03.2030 13:00;member.role_changed;"'=HYPERLINK(""http://evil"")";a1;member;m1;'@SUM(A1);m1;"{""role"":""member""}";"{""role"":""organiser""}";"'+1; -2"`);
  });
});

describe("audit action labels", () => {
  it("has a German and an English label for every action", () => {
    for (const action of auditActions) {
      const [group, name] = action.split(".") as [string, string];
      expect((de.audit.actions as Record<string, Record<string, string>>)[group]?.[name], action).toBeTruthy();
      expect((en.audit.actions as Record<string, Record<string, string>>)[group]?.[name], action).toBeTruthy();
    }
  });
});

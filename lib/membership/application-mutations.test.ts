import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, jobOutbox, mailOutbox, membershipApplications, organisations, users } from "@/db/schema";
import { runDueJobs } from "@/lib/jobs/worker";
import { jobHandlers } from "@/lib/jobs/handlers";
import { APPLICATION_MAIL_JOB } from "./jobs";
import { FELLBACH, newMember, runId, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { decideApplication, submitApplication, withdrawApplication } from "./application-mutations";
import { applicationInput, decisionInput } from "./application-schema";
import { composeApplicationMail } from "./mail";

const apply = (memberId: string, input: Record<string, string>) =>
  submitApplication({ memberId, input: applicationInput.parse({ roleTitle: "OZG-Koordinatorin", reason: "Ich koordiniere die OZG-Umsetzung.", ...input }) });
const decide = (moderatorId: string, input: Record<string, string>) => decideApplication({ moderatorId, input: decisionInput.parse(input) });
const read = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;
const application = async (id: string) => (await db.select().from(membershipApplications).where(eq(membershipApplications.id, id)))[0]!;

async function opened(memberId: string, input: Record<string, string> = { body: "municipality", municipalityAgs: FELLBACH }) {
  const result = await apply(memberId, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

describe("submitApplication and withdrawApplication", () => {
  it("takes one open application per person; a withdrawn one may be followed by a new one", async () => {
    const member = await newMember({ municipalityAgs: null });
    const first = await opened(member);
    expect(await apply(member, { body: "municipality", municipalityAgs: WAIBLINGEN })).toEqual({ ok: false, errors: { form: ["join.errors.alreadyOpen"] } });
    // Someone else cannot withdraw it, and the id of nobody's application is "not found" alike.
    const other = await newMember({ municipalityAgs: null });
    expect(await withdrawApplication({ memberId: other, applicationId: first })).toEqual({ ok: false, errors: { form: ["join.errors.applicationUnknown"] } });
    expect((await application(first)).status).toBe("open");
    expect(await withdrawApplication({ memberId: member, applicationId: first })).toEqual({ ok: true });
    expect((await application(first)).status).toBe("withdrawn");
    expect(await withdrawApplication({ memberId: member, applicationId: first })).toEqual({ ok: false, errors: { form: ["join.errors.applicationUnknown"] } });
    expect((await apply(member, { body: "municipality", municipalityAgs: WAIBLINGEN })).ok).toBe(true);
  });

  it("refuses an unknown municipality, organisation or state, and a suspended member", async () => {
    const member = await newMember({ municipalityAgs: null });
    expect(await apply(member, { body: "municipality", municipalityAgs: "12345678" })).toEqual({ ok: false, errors: { municipalityAgs: ["errors.municipalityUnknown"] } });
    expect(await apply(member, { body: "organisation", organisationId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      errors: { organisationId: ["join.errors.organisationUnknown"] },
    });
    expect(await apply(member, { body: "newOrganisation", organisationName: "Zweckverband", organisationStateCode: "99" })).toEqual({
      ok: false,
      errors: { organisationStateCode: ["join.errors.stateRequired"] },
    });
    const suspended = await newMember({ status: "suspended" });
    expect(await apply(suspended, { body: "municipality", municipalityAgs: FELLBACH })).toEqual({ ok: false, errors: { form: ["join.errors.notAllowed"] } });
    expect(await db.select().from(membershipApplications).where(eq(membershipApplications.userId, suspended))).toEqual([]);
  });

  it("keeps each field's message apart and requires one body", () => {
    const result = applicationInput.safeParse({ body: "newOrganisation", organisationName: "", organisationStateCode: "", roleTitle: "", reason: "kurz" });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      organisationName: "join.errors.organisationNameRequired",
      organisationStateCode: "join.errors.stateRequired",
      roleTitle: "join.errors.roleTitleRequired",
      reason: "join.errors.reasonTooShort",
    });
    expect(applicationInput.safeParse({ body: "somewhere", roleTitle: "x", reason: "y" }).error!.issues[0]!.message).toBe("join.errors.bodyRequired");
  });
});

describe("decideApplication", () => {
  it("approves: the application, the applicant verified with that municipality, the audit entry and the mail, together", async () => {
    const moderator = await newMember({ role: "moderator" });
    const applicant = await newMember({ municipalityAgs: null, name: `Antrag ${runId}` });
    const id = await opened(applicant, { body: "municipality", municipalityAgs: WAIBLINGEN });
    expect(await decide(moderator, { applicationId: id, decision: "approve" })).toEqual({ ok: true, status: "approved" });
    expect(await read(applicant)).toMatchObject({ status: "verified", municipalityAgs: WAIBLINGEN, organisationId: null });
    expect(await application(id)).toMatchObject({ status: "approved", decidedById: moderator });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(entry).toMatchObject({ actorId: moderator, action: "application.approved", subjectMemberId: applicant, after: { status: "verified", municipalityAgs: WAIBLINGEN } });
    expect(JSON.stringify(entry)).not.toContain("@");
    expect(await db.select().from(jobOutbox).where(eq(jobOutbox.dedupeKey, `application-decided:${id}`))).toHaveLength(1);

    // The worker sends it, in the applicant's language, to their address.
    // (Only this kind, until none is left: on Postgres other files' due jobs share the queue.)
    while ((await runDueJobs({ [APPLICATION_MAIL_JOB]: jobHandlers[APPLICATION_MAIL_JOB]! }, { limit: 100 })).claimed > 0);
    const [applicantRow] = await db.select({ email: users.email }).from(users).where(eq(users.id, applicant));
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, applicantRow!.email!));
    expect(mail).toMatchObject({ subject: "Ihr Antrag bei Kommunalnetz ist bestätigt" });
    expect(mail!.text).toContain("Waiblingen");
    expect(mail!.text).toMatch(/\/join$/m);
  });

  it("of two moderators deciding at once, the second is told it was decided already", async () => {
    const [a, b] = [await newMember({ role: "moderator" }), await newMember({ role: "admin" })];
    const id = await opened(await newMember({ municipalityAgs: null }));
    const results = await Promise.all([
      decide(a, { applicationId: id, decision: "approve" }),
      decide(b, { applicationId: id, decision: "reject", reason: "Keine Verwaltung." }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, errors: { form: ["joinAdmin.errors.alreadyDecided"] } }]);
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, id))).toHaveLength(1);
    expect(await db.select().from(jobOutbox).where(eq(jobOutbox.dedupeKey, `application-decided:${id}`))).toHaveLength(1);
  });

  it("rejects with the reason (required) and leaves the applicant pending; members who do not moderate change nothing", async () => {
    const moderator = await newMember({ role: "moderator" });
    const applicant = await newMember({ municipalityAgs: null });
    const id = await opened(applicant);
    expect(decisionInput.safeParse({ applicationId: id, decision: "reject", reason: "  " }).error!.issues[0]).toMatchObject({
      path: ["reason"],
      message: "joinAdmin.errors.rejectionReasonRequired",
    });
    for (const role of ["member", "organiser"] as const) {
      const caller = await newMember({ role });
      expect(await decide(caller, { applicationId: id, decision: "approve" })).toEqual({ ok: false, errors: { form: ["join.errors.notAllowed"] } });
    }
    expect((await application(id)).status).toBe("open");
    expect(await decide(moderator, { applicationId: id, decision: "reject", reason: "Bitte mit der dienstlichen Adresse anmelden." })).toEqual({ ok: true, status: "rejected" });
    expect(await application(id)).toMatchObject({ status: "rejected", decisionReason: "Bitte mit der dienstlichen Adresse anmelden." });
    expect((await read(applicant)).status).toBe("pending");
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, "application.rejected")));
    expect(entry).toMatchObject({ actorId: moderator, note: "Bitte mit der dienstlichen Adresse anmelden." });
    expect(await decide(moderator, { applicationId: "00000000-0000-4000-8000-000000000000", decision: "approve" })).toEqual({
      ok: false,
      errors: { form: ["join.errors.applicationUnknown"] },
    });
  });

  it("creates a new organisation on approval (kind from the moderator), audited, and moves a verified member there", async () => {
    const moderator = await newMember({ role: "admin" });
    const member = await newMember({ municipalityAgs: FELLBACH });
    const name = `Zweckverband Digital ${runId}`;
    const id = await opened(member, { body: "newOrganisation", organisationName: name, organisationStateCode: "08" });
    expect(await decide(moderator, { applicationId: id, decision: "approve" })).toEqual({ ok: false, errors: { organisationKind: ["joinAdmin.errors.kindRequired"] } });
    expect(await decide(moderator, { applicationId: id, decision: "approve", organisationKind: "association", districtCode: "09162" })).toEqual({
      ok: false,
      errors: { districtCode: ["joinAdmin.errors.districtInvalid"] },
    });
    // Both refusals rolled back: still open, no organisation.
    expect((await application(id)).status).toBe("open");
    expect(await db.select().from(organisations).where(eq(organisations.name, name))).toEqual([]);
    expect(await decide(moderator, { applicationId: id, decision: "approve", organisationKind: "association", districtCode: "08119" })).toEqual({ ok: true, status: "approved" });
    const [org] = await db.select().from(organisations).where(eq(organisations.name, name));
    expect(org).toMatchObject({ kind: "association", stateCode: "08", districtCode: "08119" });
    expect(await read(member)).toMatchObject({ status: "verified", municipalityAgs: null, organisationId: org!.id });
    expect(await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, org!.id))).toEqual([{ action: "organisation.created" }]);
  });
});

describe("composeApplicationMail", () => {
  it("tells a rejection with its reason, in English for an English reader", () => {
    const mail = composeApplicationMail({ recipientName: "Max", status: "rejected", body: "Fellbach", reason: "Not a public body.", url: "https://example.test/en/join" }, "en");
    expect(mail.subject).toBe("Your Kommunalnetz application has been rejected");
    expect(mail.text).toContain("Reason: Not a public body.");
    expect(mail.text).toContain("Hello Max,");
  });
});

import "server-only";
import type { Executor } from "@/db/client";
import { enqueueJob } from "@/lib/jobs/queue";

/** Job kind of the mail that tells an applicant the decision on their application. */
export const APPLICATION_MAIL_JOB = "membership_application_mail";

/** The id only: the address, the decision and the reason are read when the mail goes out. */
export type ApplicationMailPayload = { applicationId: string };

export function isApplicationMailPayload(payload: unknown): payload is ApplicationMailPayload {
  const p = payload as Partial<ApplicationMailPayload> | null;
  return typeof p === "object" && p !== null && typeof p.applicationId === "string";
}

/** Enqueue inside the transaction that records the decision: the mail exists exactly when the decision does. */
export function enqueueApplicationMail(tx: Executor, applicationId: string) {
  return enqueueJob(tx, { kind: APPLICATION_MAIL_JOB, payload: { applicationId }, dedupeKey: `application-decided:${applicationId}` });
}

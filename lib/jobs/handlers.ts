import "server-only";
import { MEETUP_MAIL_JOB } from "@/lib/meetups/jobs";
import { sendMeetupMailJob } from "@/lib/meetups/mail";
import type { JobHandlers } from "./worker";

/** Every job kind this app knows; pass to runDueJobs / startJobWorker. */
export const jobHandlers: JobHandlers = {
  [MEETUP_MAIL_JOB]: sendMeetupMailJob,
};

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { and, eq } from "drizzle-orm";
import { invitations, membershipApplications, membershipDomains, meetupRegistrations, notificationKinds, notifications, solutions, users } from "@/db/schema";
import { hashInvitationToken, newInvitationToken } from "@/lib/invitations/tokens";
import { addAgendaItem } from "@/lib/meetups/agenda-mutations";
import { addMaterial } from "@/lib/meetups/mutations";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { agendaItemInput, materialInput } from "@/lib/meetups/schema";
import { createDraft, createPublished, DAY, HOUR, meetupAt } from "@/lib/meetups/test-fixtures";
import { berlinWallClock } from "@/lib/meetups/time";
import { addCoauthor, createSolution, markReuse } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { empty, form } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// The authorization matrix (issue 10): every server action and every route handler that is not
// public, called as each kind of actor against the real database. An allowed call succeeds; a
// refused one answers with the "not found"/"not allowed" refusal (never a 500, never a success),
// and a signed-out caller is sent to sign-in. Targets are made fresh for every call. A "use server"
// export or a route handler that is not in the table fails the test: add its row when you add it.
//
// Stand-ins as in the other action tests: who is signed in and the request-scoped Next.js helpers.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));
vi.mock("next/headers", () => import("@/test/stand-ins"));

const solutionActions = await import("@/lib/solutions/actions");
const withdrawalActions = await import("@/lib/solutions/withdrawal-actions");
const meetupActions = await import("@/lib/meetups/actions");
const draftActions = await import("@/lib/meetups/draft-actions");
const organiserActions = await import("@/lib/meetups/organiser-actions");
const memberActions = await import("@/lib/members/actions");
const profileActions = await import("@/lib/members/profile-actions");
const moderationActions = await import("@/lib/moderation/actions");
const { createReport } = await import("@/lib/moderation/mutations");
const { reportInput } = await import("@/lib/moderation/schema");
const discussionActions = await import("@/lib/discussion/actions");
const reactionActions = await import("@/lib/discussion/reaction-actions");
const followActions = await import("@/lib/follows/actions");
const notificationActions = await import("@/lib/notifications/actions");
const settingsActions = await import("@/lib/notifications/settings-actions");
const applicationActions = await import("@/lib/membership/application-actions");
const domainActions = await import("@/lib/membership/domain-actions");
const { createComment } = await import("@/lib/discussion/mutations");
const { GET: participantsCsv } = await import("@/app/meetups/[slug]/participants.csv/route");
const invitationActions = await import("@/lib/invitations/actions");
const { GET: auditCsv } = await import("@/app/admin/audit.csv/route");
const handoverActions = await import("@/lib/handover/actions");

// pending: signed in with a Fellbach profile but not verified (issue 12); suspended: a verified
// Fellbach member whose session outlived the suspension (the sign-in refuses them; a stale session
// must not write either). Neither is allowed anything unless its row names it.
const ACTORS = ["anonymous", "pending", "suspended", "otherTown", "sameTown", "author", "coauthor", "organiser", "moderator", "admin"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "done" | "signin" | `refused:${string}`;

const ids = {} as Record<Exclude<Actor, "anonymous">, string>;
/** Organises the "foreign" meetups: the target of a forged id. */
let stranger: string;

beforeAll(async () => {
  ids.pending = await newMember({ municipalityAgs: FELLBACH, status: "pending", name: `Noch nicht bestätigt ${runId}` });
  ids.suspended = await newMember({ municipalityAgs: FELLBACH, status: "suspended", name: `Gesperrt ${runId}` });
  ids.otherTown = await newMember({ municipalityAgs: WAIBLINGEN, name: `Andere Kommune ${runId}` });
  ids.sameTown = await newMember({ municipalityAgs: FELLBACH, name: `Gleiche Kommune ${runId}` });
  ids.author = await newMember({ municipalityAgs: FELLBACH, name: `Autorin ${runId}` });
  ids.coauthor = await newMember({ municipalityAgs: FELLBACH, name: `Mitautor ${runId}` });
  ids.organiser = await newMember({ municipalityAgs: FELLBACH, role: "organiser", name: `Organisatorin ${runId}` });
  ids.moderator = await newMember({ municipalityAgs: FELLBACH, role: "moderator", name: `Moderation ${runId}` });
  ids.admin = await newMember({ municipalityAgs: FELLBACH, role: "admin", name: `Admin ${runId}` });
  stranger = await newMember({ municipalityAgs: FELLBACH, role: "organiser", name: `Fremde Organisation ${runId}` });
});

const municipalityOf = (actor: Actor) => (actor === "otherTown" ? WAIBLINGEN : FELLBACH);
// Destructive actions ask first; the matrix answers yes (see lib/confirmation.ts).
const yes = { confirmed: "yes" };
let counter = 0;
const unique = () => `${runId}-${++counter}`;

/** What the action did for this caller. */
async function outcome(call: () => Promise<{ errors: Record<string, string[]>; values?: Record<string, string> } | void>): Promise<Outcome> {
  try {
    const state = await call();
    if (!state) return "done";
    const keys = Object.values(state.errors).flat();
    if (keys.length > 0) return `refused:${keys.join(",")}`;
    if (state.values?.confirmed === "ask") throw new Error("the action asked for confirmation although the form confirmed");
    return "done";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2]?.startsWith("/signin") ? "signin" : "done";
  }
}

// ---- targets, fresh for every call ---------------------------------------------------------------

/** A published solution of Fellbach by `author`, with `coauthor` added. */
async function solution(options: { draft?: boolean } = {}) {
  const created = await createSolution({
    authorId: ids.author,
    input: solutionFormInput({ title: `Matrix ${unique()}`, intent: options.draft ? "draft" : "publish" }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const added = await addCoauthor({ authorId: ids.author, slug: created.slug, coauthorId: ids.coauthor });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  return created;
}

const solutionForm = (actor: Actor, overrides: Record<string, string> = {}) =>
  form({
    title: `Matrix Formular ${unique()}`,
    summary: "Der Antrag läuft online.",
    body: "Text",
    serviceIds: String(WOHNGELD),
    municipalityAgs: municipalityOf(actor),
    status: "live",
    maturity: "3",
    intent: "publish",
    ...overrides,
  });

/** A published meetup organised by `organiser` (or, for a forged id, by somebody else). */
async function meetup(options: { draft?: boolean; foreign?: boolean; started?: boolean } = {}) {
  const owner = options.foreign ? stranger : ids.organiser;
  // Attendance is marked once a meetup has begun.
  const input = options.started ? meetupAt(new Date(Date.now() - 2 * HOUR)) : undefined;
  return options.draft ? createDraft(owner, input) : createPublished(owner, input);
}

const meetupDay = () => berlinWallClock(new Date(Date.now() + 10 * DAY)).date;

async function agendaItem(meetupId: string, owner: string) {
  const result = await addAgendaItem({
    meetupId,
    userId: owner,
    input: agendaItemInput.parse({ title: "Vortrag", type: "talk", date: meetupDay(), time: "11:00", durationMinutes: "30" }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

const meetupForm = (overrides: Record<string, string> = {}) =>
  form({
    title: `Matrix-Treffen ${unique()}`,
    description: "Programm",
    startDate: meetupDay(),
    startTime: "10:00",
    endDate: meetupDay(),
    endTime: "16:00",
    format: "in_person",
    venueName: "Rathaus",
    venueAddress: "Marktplatz 1, 70734 Fellbach",
    capacity: "20",
    intent: "publish",
    ...overrides,
  });

// ---- the table ----------------------------------------------------------------------------------

/** `refusal`: a row whose refusal names a rule of its own instead of "not found"/"not allowed". */
type Row = { allowed: readonly Actor[]; run: (actor: Actor) => Promise<Outcome>; refusal?: RegExp };

const everyMember: readonly Actor[] = ["otherTown", "sameTown", "author", "coauthor", "organiser", "moderator", "admin"];
/** Also pending members: what does not speak for a municipality (register, follow, "Hilfreich", settings, apply). */
const signedIn: readonly Actor[] = ["pending", ...everyMember];
const solutionEditors: readonly Actor[] = ["author", "coauthor", "moderator", "admin"];
const meetupManagers: readonly Actor[] = ["organiser", "admin"];
const moderators: readonly Actor[] = ["moderator", "admin"];

/** Meetup actions bound to a meetup id: once on the organiser's meetup, once with a forged id (someone else's meetup). */
function meetupRows(name: string, run: (target: { id: string; slug: string }, actor: Actor) => Promise<Outcome>, options: { draft?: boolean; started?: boolean } = {}): Record<string, Row> {
  return {
    [name]: { allowed: meetupManagers, run: async (actor) => run(await meetup(options), actor) },
    [`${name} (forged id: someone else's meetup)`]: { allowed: ["admin"], run: async (actor) => run(await meetup({ ...options, foreign: true }), actor) },
  };
}

const commentEditors: readonly Actor[] = ["sameTown", "moderator", "admin"];
const commentRefusal = /^refused:comments\.errors\.notAllowed$/;

/** A comment by "sameTown" on a fresh solution (a question, if asked), with a reply by "otherTown". */
async function commentOnSolution(options: { question?: boolean } = {}) {
  const target = await solution();
  const made = await createComment({ authorId: ids.sameTown, subject: { solutionId: target.id }, body: `Beitrag ${unique()}`, isQuestion: options.question });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const reply = await createComment({ authorId: ids.otherTown, subject: { solutionId: target.id }, parentId: made.comment.id, body: "Antwort" });
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return { target: { kind: "solution" as const, id: target.id, slug: target.slug }, comment: made.comment.id, reply: reply.comment.id };
}

const matrix: Record<string, Row> = {
  // lib/solutions/actions.ts
  "solutions/actions#createSolutionAction": {
    allowed: everyMember,
    run: (actor) => outcome(() => solutionActions.createSolutionAction(empty, solutionForm(actor))),
  },
  "solutions/actions#createSolutionAction (forged municipality)": {
    // Only moderators and admins publish for a municipality that is not their own.
    allowed: ["moderator", "admin"],
    refusal: /^refused:errors\.solutions\.municipalityNotYours$/,
    run: (actor) => outcome(() => solutionActions.createSolutionAction(empty, solutionForm(actor, { municipalityAgs: actor === "otherTown" ? FELLBACH : WAIBLINGEN }))),
  },
  "solutions/actions#updateSolutionAction": {
    allowed: solutionEditors,
    run: async (actor) => {
      const target = await solution();
      return outcome(() => solutionActions.updateSolutionAction(target.slug, empty, solutionForm(actor, { municipalityAgs: FELLBACH, expectedVersion: "1" })));
    },
  },
  "solutions/actions#updateSolutionAction (draft)": {
    allowed: solutionEditors,
    // Someone else's draft does not exist for them.
    refusal: /^refused:errors\.solutions\.notFound$/,
    run: async (actor) => {
      const target = await solution({ draft: true });
      return outcome(() => solutionActions.updateSolutionAction(target.slug, empty, solutionForm(actor, { municipalityAgs: FELLBACH, intent: "draft", expectedVersion: "1" })));
    },
  },
  "solutions/actions#markReuseAction": {
    // Another municipality reuses; the solution's own municipality cannot "reuse" its own work.
    allowed: ["otherTown"],
    refusal: /^refused:errors\.solutions\.reuseOwnSolution\w*$/,
    run: async () => {
      const target = await solution();
      return outcome(() => solutionActions.markReuseAction(target.slug, empty, form({ status: "live" })));
    },
  },
  "solutions/actions#confirmStillCurrentAction": {
    // Those who answer for the content say it is still current; moderators edit, they do not vouch.
    allowed: ["author", "coauthor"],
    run: async () => {
      const target = await solution();
      return outcome(() => solutionActions.confirmStillCurrentAction(target.slug, empty, form({})));
    },
  },
  "solutions/actions#addCoauthorAction": {
    // Who writes with the author is the author's choice alone.
    allowed: ["author"],
    run: async () => {
      const target = await solution();
      const colleague = await newMember({ municipalityAgs: FELLBACH });
      return outcome(() => solutionActions.addCoauthorAction(target.slug, empty, form({ coauthorId: colleague })));
    },
  },
  "solutions/actions#withdrawReuseAction": {
    // Keyed by the caller's municipality: one can only take back one's own town's mark.
    allowed: ["otherTown"],
    run: async () => {
      const target = await solution();
      const marked = await markReuse({ memberId: ids.otherTown, slug: target.slug, status: "considering" });
      if (!marked.ok) throw new Error(JSON.stringify(marked.errors));
      return outcome(() => solutionActions.withdrawReuseAction(target.slug, empty, form(yes)));
    },
  },
  "solutions/actions#removeCoauthorAction": {
    allowed: ["author"],
    run: async () => {
      const target = await solution();
      return outcome(() => solutionActions.removeCoauthorAction(target.slug, empty, form({ coauthorId: ids.coauthor, ...yes })));
    },
  },
  // lib/solutions/withdrawal-actions.ts
  "solutions/withdrawal-actions#withdrawSolutionAction": {
    allowed: solutionEditors,
    run: async () => {
      const target = await solution();
      return outcome(() => withdrawalActions.withdrawSolutionAction(target.slug, empty, form(yes)));
    },
  },
  "solutions/withdrawal-actions#deleteDraftSolutionAction": {
    allowed: solutionEditors,
    // Someone else's draft does not exist for them.
    refusal: /^refused:errors\.solutions\.notFound$/,
    run: async () => {
      const target = await solution({ draft: true });
      return outcome(() => withdrawalActions.deleteDraftSolutionAction(target.slug, empty, form(yes)));
    },
  },

  // lib/meetups/actions.ts
  "meetups/actions#createMeetupAction": {
    allowed: meetupManagers,
    run: () => outcome(() => meetupActions.createMeetupAction(empty, meetupForm())),
  },
  ...meetupRows("meetups/actions#updateMeetupAction", (m) => outcome(() => meetupActions.updateMeetupAction(m.id, m.slug, empty, meetupForm({ intent: "save" })))),
  "meetups/actions#registerAction": {
    allowed: signedIn,
    run: async () => {
      const target = await meetup();
      return outcome(() => meetupActions.registerAction(target.id, target.slug, empty, form({ note: "" })));
    },
  },
  "meetups/actions#registerAction (draft meetup)": {
    // A draft is not open for registration, not even to its organisers; to others it does not exist.
    allowed: [],
    refusal: /^refused:errors\.meetups\.notFound$/,
    run: async () => {
      const target = await meetup({ draft: true });
      return outcome(() => meetupActions.registerAction(target.id, target.slug, empty, form({ note: "" })));
    },
  },
  "meetups/actions#cancelRegistrationAction": {
    // Everyone withdraws only their own registration: the member id comes from the session.
    allowed: signedIn,
    run: async (actor) => {
      const target = await meetup();
      if (actor !== "anonymous") await registerForMeetup({ meetupId: target.id, userId: ids[actor], note: undefined, listPublicly: false });
      return outcome(() => meetupActions.cancelRegistrationAction(target.id, target.slug, empty, form(yes)));
    },
  },
  // lib/meetups/draft-actions.ts
  ...meetupRows(
    "meetups/draft-actions#deleteDraftMeetupAction",
    (m) => outcome(() => draftActions.deleteDraftMeetupAction(m.id, m.slug, empty, form(yes))),
    { draft: true },
  ),
  // lib/meetups/organiser-actions.ts
  ...meetupRows("meetups/organiser-actions#publishMeetupAction", (m) => outcome(() => organiserActions.publishMeetupAction(m.id, m.slug, empty, form({}))), { draft: true }),
  ...meetupRows("meetups/organiser-actions#cancelMeetupAction", (m) =>
    outcome(() => organiserActions.cancelMeetupAction(m.id, m.slug, empty, form({ reason: "Krankheit", ...yes }))),
  ),
  ...meetupRows("meetups/organiser-actions#addAgendaItemAction", (m) =>
    outcome(() => organiserActions.addAgendaItemAction(m.id, m.slug, empty, form({ title: "Keynote", type: "keynote", date: meetupDay(), time: "10:00", durationMinutes: "30" }))),
  ),
  ...meetupRows("meetups/organiser-actions#removeAgendaItemAction", async (m) => {
    const item = await agendaItem(m.id, await ownerOf(m));
    return outcome(() => organiserActions.removeAgendaItemAction(m.slug, empty, form({ itemId: item })));
  }),
  ...meetupRows("meetups/organiser-actions#updateAgendaItemAction", async (m) => {
    const item = await agendaItem(m.id, await ownerOf(m));
    return outcome(() =>
      organiserActions.updateAgendaItemAction(m.slug, empty, form({ itemId: item, title: "Vortrag, neu", type: "talk", date: meetupDay(), time: "11:30", durationMinutes: "15" })),
    );
  }),
  ...meetupRows("meetups/organiser-actions#moveAgendaItemAction", async (m) => {
    const owner = await ownerOf(m);
    await agendaItem(m.id, owner);
    const second = await agendaItem(m.id, owner);
    return outcome(() => organiserActions.moveAgendaItemAction(m.id, m.slug, empty, form({ itemId: second, direction: "up" })));
  }),
  ...meetupRows("meetups/organiser-actions#addMaterialAction", (m) =>
    outcome(() => organiserActions.addMaterialAction(m.id, m.slug, empty, form({ kind: "link", title: "Folien", url: "https://example.org/folien.pdf" }))),
  ),
  ...meetupRows("meetups/organiser-actions#removeMaterialAction", async (m) => {
    const added = await addMaterial({ meetupId: m.id, userId: await ownerOf(m), input: materialInput.parse({ kind: "link", title: "Folien", url: "https://example.org/f.pdf" }) });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    return outcome(() => organiserActions.removeMaterialAction(m.slug, empty, form({ materialId: added.id })));
  }),
  ...meetupRows("meetups/organiser-actions#setMinutesAction", (m) => outcome(() => organiserActions.setMinutesAction(m.id, m.slug, empty, form({ minutes: "Protokoll" })))),
  ...meetupRows("meetups/organiser-actions#markAttendanceAction", async (m) => {
    // Registration closes at the start, so the seat is written directly.
    const participant = await newMember();
    await db.insert(meetupRegistrations).values({ meetupId: m.id, userId: participant, status: "registered" });
    return outcome(() => organiserActions.markAttendanceAction(m.id, m.slug, empty, form({ participant, attended: participant })));
  }, { started: true }),
  ...meetupRows("meetups/organiser-actions#addCoOrganiserAction", (m) =>
    outcome(() => organiserActions.addCoOrganiserAction(m.id, m.slug, empty, form({ email: `solutions-${runId}-1@test.kommunalnetz.invalid` }))),
  ),
  ...meetupRows("meetups/organiser-actions#removeCoOrganiserAction", async (m) => {
    // Two organisers, so that removing one leaves the meetup organised.
    const owner = await ownerOf(m);
    const colleague = await newMember({ role: "organiser" });
    const { addCoOrganiser } = await import("@/lib/meetups/mutations");
    const added = await addCoOrganiser({ meetupId: m.id, userId: owner, coOrganiserId: colleague });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    return outcome(() => organiserActions.removeCoOrganiserAction(m.id, m.slug, empty, form({ userId: colleague })));
  }),

  // lib/discussion/actions.ts: comments on a published solution; "sameTown" writes the comment
  // acted on, "otherTown" replies to it.
  "discussion/actions#createCommentAction": {
    allowed: everyMember,
    run: async () => {
      const target = await solution();
      return outcome(() => discussionActions.createCommentAction({ kind: "solution", id: target.id, slug: target.slug }, empty, form({ body: `Frage ${unique()}` })));
    },
  },
  "discussion/actions#createCommentAction (draft solution)": {
    allowed: [],
    refusal: commentRefusal,
    run: async () => {
      const target = await solution({ draft: true });
      return outcome(() => discussionActions.createCommentAction({ kind: "solution", id: target.id, slug: target.slug }, empty, form({ body: "Hallo" })));
    },
  },
  "discussion/actions#updateCommentAction": {
    allowed: commentEditors,
    refusal: commentRefusal,
    run: async () => {
      const { target, comment } = await commentOnSolution();
      return outcome(() => discussionActions.updateCommentAction(target, empty, form({ commentId: comment, body: `Geändert ${unique()}` })));
    },
  },
  "discussion/actions#deleteCommentAction": {
    allowed: commentEditors,
    refusal: commentRefusal,
    run: async () => {
      const { target, comment } = await commentOnSolution();
      return outcome(() => discussionActions.deleteCommentAction(target, empty, form({ commentId: comment, ...yes })));
    },
  },
  "discussion/actions#markAnswerAction": {
    allowed: solutionEditors,
    refusal: commentRefusal,
    run: async () => {
      const { target, comment, reply } = await commentOnSolution({ question: true });
      return outcome(() => discussionActions.markAnswerAction(target, empty, form({ questionId: comment, answerId: reply })));
    },
  },
  "discussion/actions#markAnswerAction (forged question id)": {
    allowed: [],
    refusal: commentRefusal,
    run: async () => {
      const { target, reply } = await commentOnSolution({ question: true });
      return outcome(() => discussionActions.markAnswerAction(target, empty, form({ questionId: reply, answerId: reply })));
    },
  },
  // lib/discussion/reaction-actions.ts, lib/follows/actions.ts: any member, on what they may see.
  "discussion/reaction-actions#setHelpfulAction": {
    allowed: signedIn,
    run: async () => {
      const target = await solution();
      return outcome(() => reactionActions.setHelpfulAction(empty, form({ solutionId: target.id, helpful: "true", returnTo: `/solutions/${target.slug}` })));
    },
  },
  "discussion/reaction-actions#setHelpfulAction (forged id: a draft)": {
    allowed: [],
    refusal: /^refused:reactions\.notFound$/,
    run: async () => {
      const target = await solution({ draft: true });
      return outcome(() => reactionActions.setHelpfulAction(empty, form({ solutionId: target.id, helpful: "true", returnTo: "/solutions" })));
    },
  },
  "follows/actions#setFollowAction": {
    allowed: signedIn,
    run: async () => {
      const target = await solution();
      return outcome(() => followActions.setFollowAction(empty, form({ target: "solution", targetId: target.id, follow: "true", returnTo: `/solutions/${target.slug}` })));
    },
  },
  "follows/actions#setFollowAction (forged id: a draft)": {
    allowed: [],
    refusal: /^refused:follows\.notFound$/,
    run: async () => {
      const target = await solution({ draft: true });
      return outcome(() => followActions.setFollowAction(empty, form({ target: "solution", targetId: target.id, follow: "true", returnTo: "/solutions" })));
    },
  },
  // lib/notifications/*: every member acts on their own rows only; the id of someone else's row changes nothing.
  "notifications/settings-actions#saveNotificationSettingsAction": {
    allowed: signedIn,
    run: () =>
      outcome(() =>
        settingsActions.saveNotificationSettingsAction(empty, form(Object.fromEntries(notificationKinds.map((kind) => [kind, "weekly"])))),
      ),
  },
  "notifications/actions#markNotificationReadAction": {
    // A notification of "sameTown": only they mark it read; anyone else's call leaves it unread.
    allowed: ["sameTown"],
    refusal: /^refused:untouched$/,
    run: async () => {
      const id = await notificationFor(ids.sameTown);
      const result = await outcome(() => notificationActions.markNotificationReadAction(form({ id: String(id) })));
      if (result !== "done") return result;
      return (await readAt(id)) ? "done" : "refused:untouched";
    },
  },
  "notifications/actions#markAllNotificationsReadAction": {
    allowed: ["sameTown"],
    refusal: /^refused:untouched$/,
    run: async () => {
      const id = await notificationFor(ids.sameTown);
      const result = await outcome(() => notificationActions.markAllNotificationsReadAction(form({})));
      if (result !== "done") return result;
      return (await readAt(id)) ? "done" : "refused:untouched";
    },
  },
  // lib/members/actions.ts
  "members/actions#saveProfileAction": {
    // Everyone edits their own profile: the member id comes from the session.
    allowed: signedIn,
    run: (actor) => outcome(() => memberActions.saveProfileAction(empty, form({ name: `Profil ${unique()}`, municipalityAgs: municipalityOf(actor), roleTitle: "" }))),
  },
  // lib/members/profile-actions.ts
  "members/profile-actions#saveProfileDetailsAction": {
    // Everyone signed in edits their own profile details (the member id comes from the session); a
    // suspended member's stale session is signed out.
    allowed: signedIn,
    run: () => outcome(() => profileActions.saveProfileDetailsAction(empty, form({ bio: `Matrix ${unique()}`, software: "Fachverfahren Matrix", showEmail: "on" }))),
  },
  "members/actions#changeMemberRoleAction": {
    allowed: ["admin"],
    run: async () => {
      const target = await newMember();
      return outcome(() => memberActions.changeMemberRoleAction(empty, form({ memberId: target, role: "organiser" })));
    },
  },

  // lib/moderation/actions.ts (issue 12.8)
  "moderation/actions#reportAction": {
    // Every verified member reports what they can see (here a fresh public solution).
    allowed: everyMember,
    run: async () => {
      const target = await solution();
      return outcome(() => moderationActions.reportAction(empty, form({ targetType: "solution", targetId: target.id, reason: "Matrix", returnTo: "/" })));
    },
  },
  "moderation/actions#decideReportAction": {
    allowed: moderators,
    run: async () => {
      const target = await solution();
      const made = await createReport({ reporterId: ids.otherTown, input: reportInput.parse({ targetType: "solution", targetId: target.id, reason: "Matrix" }) });
      if (!made.ok) throw new Error(JSON.stringify(made.errors));
      return outcome(() => moderationActions.decideReportAction(empty, form({ reportId: made.id, decision: "hide", note: "Matrix" })));
    },
  },
  "moderation/actions#restoreContentAction": {
    allowed: moderators,
    run: async () => {
      const target = await solution();
      await db.update(solutions).set({ hiddenAt: new Date(), hiddenNote: "Matrix" }).where(eq(solutions.id, target.id));
      return outcome(() => moderationActions.restoreContentAction(empty, form({ targetType: "solution", targetId: target.id, note: "Matrix" })));
    },
  },
  "moderation/actions#setSuspensionAction": {
    allowed: moderators,
    run: async () => {
      const target = await newMember();
      return outcome(() => moderationActions.setSuspensionAction(empty, form({ memberId: target, suspend: "yes", note: "Matrix" })));
    },
  },

  // lib/handover/actions.ts
  "handover/actions#handOverAction": {
    // One's own contributions, to a verified colleague of one's own municipality.
    allowed: ["otherTown", "sameTown", "author", "coauthor", "organiser", "moderator", "admin"],
    run: async (actor) => {
      const successor = await newMember({ municipalityAgs: municipalityOf(actor) });
      return outcome(() => handoverActions.handOverAction(empty, form({ toId: successor, ...yes })));
    },
    refusal: /^refused:handover\.errors\.notAllowed$/,
  },
  "handover/actions#handOverAction (for another member)": {
    allowed: ["admin"],
    run: async () => {
      const leaver = await newMember({ municipalityAgs: FELLBACH });
      const successor = await newMember({ municipalityAgs: FELLBACH });
      return outcome(() => handoverActions.handOverAction(empty, form({ fromId: leaver, toId: successor, ...yes })));
    },
    refusal: /^refused:handover\.errors\.notAllowed$/,
  },
  "handover/actions#takeOverContactAction": {
    // Verified members of the solution's municipality (Fellbach).
    allowed: ["sameTown", "author", "coauthor", "organiser", "moderator", "admin"],
    run: async () => {
      const target = await solution();
      await db.update(solutions).set({ contactName: null, contactEmail: null, contactLeftAt: new Date() }).where(eq(solutions.id, target.id));
      return outcome(() => handoverActions.takeOverContactAction(empty, form({ slug: target.slug })));
    },
    refusal: /^refused:handover\.errors\.notAllowed$/,
  },

  // lib/invitations/actions.ts
  "invitations/actions#inviteAction": {
    allowed: ["organiser", "moderator", "admin"],
    run: () => outcome(() => invitationActions.inviteAction(empty, form({ emails: `matrix-${unique()}@example.org`, municipalityAgs: FELLBACH, role: "member" }))),
  },
  "invitations/actions#inviteAction (as moderator)": {
    // Only admins invite with a role above member.
    allowed: ["admin"],
    run: () => outcome(() => invitationActions.inviteAction(empty, form({ emails: `matrix-${unique()}@example.org`, municipalityAgs: FELLBACH, role: "moderator" }))),
  },
  ...meetupRows("invitations/actions#inviteGuestsAction", (m) =>
    outcome(() => invitationActions.inviteGuestsAction(m.id, m.slug, empty, form({ emails: `gast-${unique()}@example.org` }))),
  ),
  "invitations/actions#revokeInvitationAction": {
    // An admin's invitation: moderators and admins revoke any, organisers only their own.
    allowed: ["moderator", "admin"],
    run: async () => {
      const target = await invitation({ email: `matrix-${unique()}@example.org` });
      return outcome(() => invitationActions.revokeInvitationAction(empty, form({ invitationId: target.id, ...yes })));
    },
  },
  "invitations/actions#revokeInvitationAction (organiser's own invitation)": {
    allowed: ["organiser", "moderator", "admin"],
    run: async () => {
      const target = await invitation({ email: `matrix-${unique()}@example.org`, inviter: ids.organiser });
      return outcome(() => invitationActions.revokeInvitationAction(empty, form({ invitationId: target.id, ...yes })));
    },
  },
  "invitations/actions#acceptInvitationAction": {
    // Everyone accepts an invitation to their own address (to their own municipality, so nothing else changes).
    allowed: signedIn,
    run: async (actor) => {
      const target = await invitation({ forActor: actor });
      return outcome(() => invitationActions.acceptInvitationAction(empty, form({ token: target.token })));
    },
  },
  "invitations/actions#acceptInvitationAction (someone else's invitation)": {
    allowed: [],
    refusal: /^refused:invitations\.errors\.notUsable$/,
    run: async () => {
      const target = await invitation({ email: `matrix-${unique()}@example.org` });
      return outcome(() => invitationActions.acceptInvitationAction(empty, form({ token: target.token })));
    },
  },
  // lib/membership/application-actions.ts and domain-actions.ts (issue 12: joining the circle)
  "membership/application-actions#submitApplicationAction": {
    // Everyone applies for themselves (a verified member for a change): the applicant comes from the session.
    allowed: signedIn,
    run: async (actor) => {
      if (actor !== "anonymous") await closeOpenApplications(ids[actor]);
      return outcome(() =>
        applicationActions.submitApplicationAction(empty, form({ body: "municipality", municipalityAgs: WAIBLINGEN, roleTitle: "OZG-Koordination", reason: "Ich koordiniere die Umsetzung." })),
      );
    },
  },
  "membership/application-actions#withdrawApplicationAction": {
    allowed: signedIn,
    run: async (actor) => {
      // The caller's own open application (a fresh pending member's for the signed-out caller).
      const id = await openApplication(actor === "anonymous" ? await newMember({ municipalityAgs: null }) : ids[actor]);
      return outcome(() => applicationActions.withdrawApplicationAction(empty, form({ applicationId: id, ...yes })));
    },
  },
  "membership/application-actions#withdrawApplicationAction (forged id: someone else's application)": {
    allowed: [],
    refusal: /^refused:join\.errors\.applicationUnknown$/,
    run: async () => {
      const id = await openApplication(await newMember({ municipalityAgs: null }));
      return outcome(() => applicationActions.withdrawApplicationAction(empty, form({ applicationId: id, ...yes })));
    },
  },
  "membership/application-actions#decideApplicationAction": {
    allowed: ["moderator", "admin"],
    refusal: /^refused:join\.errors\.notAllowed$/,
    run: async () => {
      const id = await openApplication(await newMember({ municipalityAgs: null }));
      return outcome(() => applicationActions.decideApplicationAction(empty, form({ applicationId: id, decision: "reject", reason: "Bitte dienstliche Adresse." })));
    },
  },
  "membership/domain-actions#addDomainAction": {
    allowed: ["moderator", "admin"],
    refusal: /^refused:join\.errors\.notAllowed$/,
    run: () => outcome(() => domainActions.addDomainAction(empty, form({ body: "municipality", domain: `matrix-${unique()}.de`, municipalityAgs: WAIBLINGEN }))),
  },
  "membership/domain-actions#removeDomainAction": {
    allowed: ["moderator", "admin"],
    refusal: /^refused:join\.errors\.notAllowed$/,
    run: async () => {
      const domain = `matrix-${unique()}.de`;
      await db.insert(membershipDomains).values({ domain, municipalityAgs: WAIBLINGEN });
      return outcome(() => domainActions.removeDomainAction(empty, form({ domain, ...yes })));
    },
  },

  // Route handlers that are not public.
  "app/admin/audit.csv#GET": {
    allowed: ["admin"],
    run: async () => {
      const response = await auditCsv(new Request("http://localhost/admin/audit.csv?action=member.role_changed"));
      return response.status === 200 ? "done" : `refused:${response.status}`;
    },
  },
  "app/meetups/[slug]/participants.csv#GET": {
    allowed: meetupManagers,
    run: async () => {
      const target = await meetup();
      const response = await participantsCsv(new Request(`http://localhost/meetups/${target.slug}/participants.csv`), { params: Promise.resolve({ slug: target.slug }) });
      return response.status === 200 ? "done" : `refused:${response.status}`;
    },
  },
};

/** An open invitation to `email` (the actor's own address unless forged) by `inviter`; its id and the link's token. */
async function invitation(options: { email?: string; inviter?: string; forActor?: Actor } = {}) {
  const token = newInvitationToken();
  let email = options.email;
  if (!email) {
    const actor = options.forActor;
    const id = actor && actor !== "anonymous" ? ids[actor] : stranger;
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
    email = row!.email!.toLowerCase();
  }
  const [row] = await db
    .insert(invitations)
    .values({
      email,
      municipalityAgs: options.forActor ? municipalityOf(options.forActor) : FELLBACH,
      tokenHash: hashInvitationToken(token),
      invitedById: options.inviter ?? ids.admin,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: invitations.id });
  return { id: row!.id, token };
}

/** An open application of `userId` (after closing any they had open). */
async function openApplication(userId: string): Promise<string> {
  await closeOpenApplications(userId);
  const [row] = await db
    .insert(membershipApplications)
    .values({ userId, municipalityAgs: FELLBACH, roleTitle: "OZG-Koordination", reason: "Matrix" })
    .returning({ id: membershipApplications.id });
  return row!.id;
}

async function closeOpenApplications(userId: string) {
  await db
    .update(membershipApplications)
    .set({ status: "withdrawn" })
    .where(and(eq(membershipApplications.userId, userId), eq(membershipApplications.status, "open")));
}

/** An unread notification of `recipientId` about a fresh solution. */
async function notificationFor(recipientId: string): Promise<number> {
  const target = await solution();
  const [row] = await db
    .insert(notifications)
    .values({ recipientId, kind: "new_solution", actorId: ids.author, solutionId: target.id, groupKey: `matrix:${unique()}` })
    .returning({ id: notifications.id });
  return row!.id;
}

async function readAt(id: number): Promise<Date | null> {
  const [row] = await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id));
  return row?.readAt ?? null;
}

const owners = new Map<string, string>();
async function ownerOf(m: { id: string }): Promise<string> {
  const { meetupOrganisers } = await import("@/db/schema");
  const { db } = await import("@/db/client");
  const { eq } = await import("drizzle-orm");
  const cached = owners.get(m.id);
  if (cached) return cached;
  const [row] = await db.select({ userId: meetupOrganisers.userId }).from(meetupOrganisers).where(eq(meetupOrganisers.meetupId, m.id)).limit(1);
  owners.set(m.id, row!.userId);
  return row!.userId;
}

/**
 * Outside the matrix on purpose, each with the reason. Public reads answer everyone alike (their
 * privacy rules have tests of their own: test/solutions/privacy.test.ts, test/api/*).
 */
const notInMatrix: Record<string, string> = {
  "auth/actions#requestSignInLinkAction": "public: anyone asks for a sign-in link (limits: test/rate-limits/sign-in-limits.test.ts)",
  "auth/actions#signOutAction": "public: signs out whoever calls it",
  "auth/actions#signInWithOidcAction": "public: starts single sign-on at the configured identity provider; who gets in is decided at the callback (test/auth/oidc-sign-in.test.ts)",
  "app/api/auth/[...nextauth]#GET": "Auth.js itself (test/auth/sign-in-handler.test.ts)",
  "app/api/auth/[...nextauth]#POST": "Auth.js itself (test/auth/sign-in-handler.test.ts)",
  "app/api/health#GET": "public read",
  "app/api/ready#GET": "public: readiness probe",
  "app/api/metrics#GET": "operators' metrics endpoint, guarded by its own setting (its own tests)",
  "app/api/admin/backup#POST": "operators' PGlite backup, a token derived from AUTH_SECRET, 404 without it (db/backup.test.ts)",
  "app/api/v1/municipalities#GET": "public read",
  "app/api/v1/municipalities/[ags]#GET": "public read",
  "app/api/v1/services#GET": "public read",
  "app/api/v1/services/[id]#GET": "public read",
  "app/api/v1/solutions#GET": "public read: published only (test/api/solutions-api.test.ts)",
  "app/api/v1/solutions/[slug]#GET": "public read: drafts are 404 (test/api/solutions-api.test.ts)",
  "app/api/v1/meetups#GET": "public read: published only (test/api/meetups-api.test.ts)",
  "app/api/v1/meetups/[slug]#GET": "public read: drafts are 404 (test/api/meetups-api.test.ts)",
  "app/api/v1/openapi.json#GET": "public read",
  "app/api/v1/solutions/[slug]/comments#GET": "public read: drafts are 404, no deleted text (lib/discussion/loaders.test.ts)",
  "app/api/v1/meetups/[slug]/comments#GET": "public read: drafts are 404 (test/api/contract.test.ts)",
  "discussion/actions#searchMentionsAction": "members-only read of names (no e-mail): anyone signed out gets an empty list (lib/discussion/actions.test.ts)",
  "app/meetups/calendar.ics#GET": "public read: published only",
  "app/meetups/[slug]/calendar.ics#GET": "public read: drafts are 404",
  "app/activity.atom#GET": "issue 11 (activity feed): public read, test of its own",
  "app/api/inbound-mail#POST": "issue 11: authenticated by the signed reply address, not by a session (lib/inbound-mail tests)",
  "app/api/unsubscribe#GET": "issue 11: authenticated by the signed unsubscribe token, not by a session",
  "app/api/unsubscribe#POST": "issue 11: authenticated by the signed unsubscribe token, not by a session",
  "app/api/search/suggestions#GET": "issue 13: public read of published public titles, services and municipalities only (lib/search/grouped-queries.test.ts, e2e/search.spec.ts)",
  "privacy/actions#deleteAccountAction": "issue 12: acts on the caller's own account only, there is no target to forge; signed out it asks to sign in (lib/privacy/mutations.test.ts, e2e/privacy.spec.ts)",
  "app/[locale]/settings/privacy/export#GET": "issue 12: the caller's own data only; signed out it redirects to sign-in (e2e/privacy.spec.ts)",
};

// ---- discovery ----------------------------------------------------------------------------------

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string, test: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(full, test);
    return test(full) ? [full] : [];
  });
}

/** `lib/<x>.ts` with "use server": `<x>#<export>`; `app/**\/route.ts`: `app/<path>#<method>`. */
function discovered(): string[] {
  const actions = filesUnder(path.join(ROOT, "lib"), (f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts")).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) return [];
    const name = path.relative(path.join(ROOT, "lib"), file).replace(/\.tsx?$/, "");
    return [...source.matchAll(/^export (?:async function|function|const) (\w+)/gm)].map((m) => `${name}#${m[1]}`);
  });
  const routes = filesUnder(path.join(ROOT, "app"), (f) => /[\\/]route\.tsx?$/.test(f)).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    const name = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
    const methods = [...source.matchAll(/^export (?:async function|function|const) (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]);
    // `export const { GET, POST } = handlers` (Auth.js)
    for (const m of source.matchAll(/^export const \{([^}]+)\}/gm)) methods.push(...m[1]!.split(",").map((s) => s.trim()));
    return methods.map((method) => `${name}#${method}`);
  });
  return [...actions, ...routes];
}

const baseName = (row: string) => row.replace(/ \(.*\)$/, "");

describe("authorization matrix", () => {
  it("lists every server action and route handler (a new one needs a row)", () => {
    const known = new Set([...Object.keys(matrix).map(baseName), ...Object.keys(notInMatrix)]);
    expect(discovered().filter((name) => !known.has(name))).toEqual([]);
    // And no row for something that is gone.
    const found = new Set(discovered());
    expect([...known].filter((name) => !found.has(name))).toEqual([]);
  });

  describe.each(Object.entries(matrix))("%s", (_name, row) => {
    it.each(ACTORS)("as %s", async (actor) => {
      session.userId = actor === "anonymous" ? null : ids[actor];
      const result = await row.run(actor);
      if (row.allowed.includes(actor)) expect(result).toBe("done");
      else if (actor === "anonymous") expect(["signin", "refused:404"]).toContain(result);
      // A suspended member counts as signed out (getCurrentMember), or the write's SQL refuses them.
      else if (actor === "suspended" && result === "signin") return;
      // A pending member is told that only verified members may do this (before any target is read).
      else if (actor === "pending" && result === "refused:errors.membership.notVerified") return;
      // Refused alike: "not found" or "not allowed" (the same for a forged id as for a real one), or a 404.
      // (withdrawReuse: "your municipality marked nothing" — the mark is looked up by the caller's town.)
      else expect(result).toMatch(row.refusal ?? /^refused:(?:404|errors\.(?:solutions|meetups|members)?\.?\w*(?:notfound|notallowed|reusenotmarked)\w*)$/i);
    });
  });
});

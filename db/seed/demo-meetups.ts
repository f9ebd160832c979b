import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { meetupMaterials, meetupRegistrations, meetups, solutions, users } from "../schema";
import { addAgendaItem } from "@/lib/meetups/agenda-mutations";
import { createMeetup, publishMeetup, setMinutes } from "@/lib/meetups/mutations";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { agendaItemInput, meetupInput } from "@/lib/meetups/schema";
import { demoMembers } from "./demo-members";

// DEMO DATA: three invented network meetings (one past, modelled on the first live meeting in
// Fellbach; one upcoming in person; one online). Dates are relative to the day of seeding so the
// demo always has something upcoming. Written through the app's own mutations, once.

const day = (offsetDays: number) => {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return date.toISOString().slice(0, 10);
};

type Agenda = { time: string; minutes: number; title: string; type: "keynote" | "talk" | "workshop" | "break" | "discussion"; guest?: string; solutionTitleLike?: string }[];

async function agenda(db: Database, meetupId: string, organiserId: string, date: string, items: Agenda) {
  for (const item of items) {
    const [solution] = item.solutionTitleLike
      ? await db.select({ id: solutions.id }).from(solutions).where(and(eq(solutions.state, "published"), sql`${solutions.title} ilike ${item.solutionTitleLike}`)).limit(1)
      : [];
    const input = agendaItemInput.parse({
      title: item.title,
      type: item.type,
      date,
      time: item.time,
      durationMinutes: String(item.minutes),
      speakers: item.guest ? [{ guestName: item.guest }] : [],
      solutionIds: solution ? [solution.id] : [],
    });
    const result = await addAgendaItem({ meetupId, userId: organiserId, input });
    if (!result.ok) throw new Error(`demo meetup agenda: ${JSON.stringify(result.errors)}`);
  }
}

export async function seedDemoMeetups(db: Database): Promise<void> {
  const demoUsers = await db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(inArray(users.email, demoMembers.map((m) => m.email)));
  const [existing] = await db.select({ n: count() }).from(meetups).where(inArray(meetups.createdById, demoUsers.map((u) => u.id)));
  if ((existing?.n ?? 0) > 0) return;
  const organiser = demoUsers.find((u) => u.email === "jana.keller@demo.kommunalnetz.invalid");
  const coOrganiser = demoUsers.find((u) => u.email === "aylin.demir@demo.kommunalnetz.invalid");
  if (!organiser || !coOrganiser) throw new Error("demo seed: demo organisers missing");

  // 1. The first live network meeting in Fellbach (past).
  const pastDate = day(-180);
  const past = await createMeetup({
    creatorId: organiser.id,
    input: meetupInput.parse({
      title: "1. Netzwerktreffen der OZG-Koordinatorinnen und -Koordinatoren in Fellbach (Demo)",
      description:
        "Zum ersten Mal trafen sich die kommunalen OZG-Koordinatorinnen und -Koordinatoren aus Baden-Württemberg persönlich: eine Keynote, Einblicke in digitale Verfahren und Umsetzungsbeispiele zum Nachnutzen.\n\n*Demodaten: erfundenes Treffen.*",
      startDate: pastDate,
      startTime: "10:00",
      endDate: pastDate,
      endTime: "16:00",
      format: "in_person",
      venueName: "Schwabenlandhalle",
      venueAddress: "Guntram-Palm-Platz 1, 70734 Fellbach",
      hostMunicipalityAgs: "08119020",
      capacity: "120",
    }),
  });
  if (!past.ok) throw new Error(`demo meetup: ${JSON.stringify(past.errors)}`);
  await agenda(db, past.id, organiser.id, pastDate, [
    { time: "10:00", minutes: 45, title: "Keynote: Von der Pflicht zur Kür – OZG in den Kommunen", type: "keynote", guest: "Gastrednerin des Innenministeriums (Demo)" },
    { time: "10:45", minutes: 60, title: "Einblicke in digitale Verfahren", type: "talk", solutionTitleLike: "%Fellbach%" },
    { time: "11:45", minutes: 60, title: "Mittagspause", type: "break" },
    { time: "12:45", minutes: 90, title: "Umsetzungsbeispiele zum Nachnutzen", type: "workshop", solutionTitleLike: "%Waiblingen%" },
    { time: "14:15", minutes: 60, title: "Wie wir uns künftig vernetzen", type: "discussion" },
  ]);
  await publishMeetup({ meetupId: past.id, userId: organiser.id });
  await setMinutes({ meetupId: past.id, userId: organiser.id, minutes: "## Ergebnisse\n\n- Regelmäßige Online-Sprechstunden\n- Umsetzungsbeispiele auf Kommunalnetz sammeln\n- Jahrestreffen im Frühjahr" });
  await db.insert(meetupMaterials).values({ meetupId: past.id, kind: "slides", title: "Folien der Keynote (Demo)", url: "https://example.org/demo/keynote-fellbach.pdf" });
  // Registration is closed for a past meeting; the demo attendance list is written directly.
  await db
    .insert(meetupRegistrations)
    .values(demoUsers.map((u, i) => ({ meetupId: past.id, userId: u.id, status: "registered" as const, listPublicly: i % 2 === 0, attended: i !== 3 })))
    .onConflictDoNothing();

  // 2. An upcoming in-person meeting with co-organiser and registrations.
  const upcomingDate = day(40);
  const upcoming = await createMeetup({
    creatorId: coOrganiser.id,
    input: meetupInput.parse({
      title: "Jahrestreffen OZG-Taskforce: Nachnutzen statt neu bauen (Demo)",
      description: "Das Jahrestreffen der OZG-Taskforce mit Praxisberichten, Workshops und viel Zeit für den Austausch.\n\n*Demodaten: erfundenes Treffen.*",
      startDate: upcomingDate,
      startTime: "09:30",
      endDate: upcomingDate,
      endTime: "16:30",
      format: "hybrid",
      venueName: "Rathaus Tübingen, Sitzungssaal",
      venueAddress: "Am Markt 1, 72070 Tübingen",
      onlineUrl: "https://example.org/demo/jahrestreffen-stream",
      hostMunicipalityAgs: "08416041",
      capacity: "250",
      registrationDeadlineDate: day(33),
      registrationDeadlineTime: "23:59",
    }),
  });
  if (!upcoming.ok) throw new Error(`demo meetup: ${JSON.stringify(upcoming.errors)}`);
  await agenda(db, upcoming.id, coOrganiser.id, upcomingDate, [
    { time: "09:30", minutes: 30, title: "Begrüßung", type: "talk", guest: "Oberbürgermeisteramt Tübingen (Demo)" },
    { time: "10:00", minutes: 60, title: "Praxisbericht: Wohngeld digital", type: "talk", solutionTitleLike: "%Wohngeld%" },
    { time: "11:00", minutes: 90, title: "Workshop: Nachnutzung organisieren", type: "workshop" },
    { time: "12:30", minutes: 60, title: "Mittagspause", type: "break" },
    { time: "13:30", minutes: 120, title: "Marktplatz der Umsetzungsbeispiele", type: "discussion" },
  ]);
  await publishMeetup({ meetupId: upcoming.id, userId: coOrganiser.id });
  for (const [i, u] of demoUsers.entries()) {
    if (u.id !== coOrganiser.id) await registerForMeetup({ meetupId: upcoming.id, userId: u.id, note: undefined, listPublicly: i % 3 !== 0 });
  }

  // 3. An online consultation hour, small, so the waitlist shows.
  const onlineDate = day(12);
  const online = await createMeetup({
    creatorId: organiser.id,
    input: meetupInput.parse({
      title: "Online-Sprechstunde: Digitale Bauantragsverfahren (Demo)",
      description: "Eine Stunde Fragen und Antworten zum digitalen Bauantrag.\n\n*Demodaten: erfundenes Treffen.*",
      startDate: onlineDate,
      startTime: "14:00",
      endDate: onlineDate,
      endTime: "15:00",
      format: "online",
      onlineUrl: "https://example.org/demo/sprechstunde-bauantrag",
      capacity: "3",
    }),
  });
  if (!online.ok) throw new Error(`demo meetup: ${JSON.stringify(online.errors)}`);
  await publishMeetup({ meetupId: online.id, userId: organiser.id });
  for (const u of demoUsers.slice(0, 5)) {
    if (u.id !== organiser.id) await registerForMeetup({ meetupId: online.id, userId: u.id, note: undefined, listPublicly: true });
  }
}

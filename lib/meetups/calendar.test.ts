import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarMeetup } from "./calendar";

const base: CalendarMeetup = {
  uid: "0b7f1c9e-1111-4a2b-9c3d-123456789abc",
  slug: "netzwerktreffen-fellbach",
  title: "Netzwerktreffen Fellbach",
  description: "Keynote und Praxisbeispiele.",
  // 10:00–16:00 Berlin summer time on the day the clocks go back is 08:00–15:00 UTC.
  startsAt: new Date("2027-10-31T08:00:00Z"),
  endsAt: new Date("2027-10-31T15:00:00Z"),
  venueName: "Schwabenlandhalle",
  venueAddress: "Guntram-Palm-Platz 1, 70734 Fellbach",
  status: "published",
  cancelReason: null,
  sequence: 0,
};

const pageUrl = (slug: string) => `https://kommunalnetz.example/meetups/${slug}`;

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

describe("buildCalendar", () => {
  it("writes an event a real iCalendar parser reads back with UTC times, UID, URL and location", () => {
    const text = buildCalendar([base], { calName: "Kommunalnetz", pageUrl });
    expect(text).toContain("X-WR-CALNAME:Kommunalnetz");
    const [event] = events(text);
    expect(event?.uid).toBe(`${base.uid}@kommunalnetz`);
    expect((event?.start as Date).toISOString()).toBe("2027-10-31T08:00:00.000Z");
    expect((event?.end as Date).toISOString()).toBe("2027-10-31T15:00:00.000Z");
    expect(event?.location).toBe("Schwabenlandhalle, Guntram-Palm-Platz 1, 70734 Fellbach");
    expect(String(event?.url)).toBe(pageUrl(base.slug));
    expect(event?.status).toBe("CONFIRMED");
  });

  it("keeps the UID across edits and carries the sequence and the cancellation", () => {
    const cancelled = buildCalendar([{ ...base, status: "cancelled", cancelReason: "Unwetter", sequence: 3 }], { calName: "K", pageUrl });
    const [event] = events(cancelled);
    expect(event?.uid).toBe(`${base.uid}@kommunalnetz`);
    expect(event?.status).toBe("CANCELLED");
    expect(cancelled).toContain("SEQUENCE:3");
    expect(event?.description).toContain("Unwetter");
  });

  it("writes the Markdown description as the plain text the page shows", () => {
    const [event] = events(buildCalendar([{ ...base, description: "*Demodaten:* **Keynote** und [Praxis](https://example.org)" }], { calName: "K", pageUrl }));
    expect(event?.description).toContain("Demodaten: Keynote und Praxis");
    expect(event?.description).not.toMatch(/[*[\]]/);
  });

  it("splits a two-day meeting into one event per day instead of one endless block", () => {
    const twoDays = { ...base, startsAt: new Date("2027-03-27T08:00:00Z"), endsAt: new Date("2027-03-28T15:00:00Z") };
    const [first, second] = events(buildCalendar([twoDays], { calName: "K", pageUrl }));
    // Day 1: 09:00–17:00 CET; day 2 (clocks went forward overnight): 09:00 CEST – 17:00 CEST.
    expect((first?.start as Date).toISOString()).toBe("2027-03-27T08:00:00.000Z");
    expect((first?.end as Date).toISOString()).toBe("2027-03-27T16:00:00.000Z");
    expect((second?.start as Date).toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect((second?.end as Date).toISOString()).toBe("2027-03-28T15:00:00.000Z");
    expect(first?.uid).toBe(`${base.uid}-1@kommunalnetz`);
    expect(second?.uid).toBe(`${base.uid}-2@kommunalnetz`);
  });

  it("is a valid, empty calendar when nothing is upcoming", () => {
    const text = buildCalendar([], { calName: "Leer", pageUrl });
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(events(text)).toEqual([]);
  });
});

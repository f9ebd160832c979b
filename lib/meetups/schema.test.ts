import { describe, expect, it } from "vitest";
import { agendaItemInput, cancelInput, materialInput, meetupInput, meetupListInput, registrationInput } from "./schema";

const valid = {
  title: "OZG-Netzwerktreffen Fellbach",
  description: "Keynote und Umsetzungsbeispiele.",
  startDate: "2027-03-28",
  startTime: "10:00",
  endDate: "2027-03-28",
  endTime: "16:30",
  format: "in_person",
  venueName: "Rathaus Fellbach",
  venueAddress: "Marktplatz 1, 70734 Fellbach",
  hostMunicipalityAgs: "08119020",
  capacity: "105",
};

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]));
}

describe("meetupInput", () => {
  it("turns Berlin wall-clock fields into UTC instants", () => {
    const input = meetupInput.parse({ ...valid, registrationDeadlineDate: "2027-03-21", registrationDeadlineTime: "23:59" });
    expect(input).toMatchObject({ title: valid.title, format: "in_person", capacity: 105, onlineUrl: null, hostMunicipalityAgs: "08119020" });
    // 28 March 2027 is the first day of summer time: 10:00 CEST is 08:00 UTC, the week before still CET.
    expect(input.startsAt.toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(input.endsAt.toISOString()).toBe("2027-03-28T14:30:00.000Z");
    expect(input.registrationDeadline?.toISOString()).toBe("2027-03-21T22:59:00.000Z");
  });

  it("reports every missing required field at once", () => {
    expect(messagesOf(meetupInput.safeParse({}))).toEqual({
      title: "errors.meetups.titleTooShort",
      startDate: "errors.meetups.startDateRequired",
      startTime: "errors.meetups.startTimeRequired",
      endDate: "errors.meetups.endDateRequired",
      endTime: "errors.meetups.endTimeRequired",
      format: "errors.meetups.formatRequired",
      capacity: "errors.meetups.capacityInvalid",
    });
  });

  it("rejects an end before the start, and an end equal to it", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, endTime: "09:00" }))).toEqual({ endTime: "errors.meetups.endBeforeStart" });
    expect(messagesOf(meetupInput.safeParse({ ...valid, endTime: "10:00" }))).toEqual({ endTime: "errors.meetups.endBeforeStart" });
    expect(messagesOf(meetupInput.safeParse({ ...valid, endDate: "2027-03-27", endTime: "18:00" }))).toEqual({ endTime: "errors.meetups.endBeforeStart" });
  });

  it("accepts a meeting over two days and refuses one longer than two weeks", () => {
    expect(meetupInput.safeParse({ ...valid, endDate: "2027-03-29", endTime: "13:00" }).success).toBe(true);
    expect(messagesOf(meetupInput.safeParse({ ...valid, endDate: "2027-04-28" }))).toEqual({ endDate: "errors.meetups.tooLong" });
  });

  it("rejects a capacity of 0, a negative one, a fraction and text", () => {
    for (const capacity of ["0", "-5", -1, "2.5", "viele", "100001"]) {
      expect(messagesOf(meetupInput.safeParse({ ...valid, capacity }))).toEqual({ capacity: "errors.meetups.capacityInvalid" });
    }
    expect(meetupInput.parse({ ...valid, capacity: "1" }).capacity).toBe(1);
  });

  it("rejects a registration deadline after the start and accepts one at the start", () => {
    const after = meetupInput.safeParse({ ...valid, registrationDeadlineDate: "2027-03-28", registrationDeadlineTime: "10:01" });
    expect(messagesOf(after)).toEqual({ registrationDeadlineDate: "errors.meetups.deadlineAfterStart" });
    const at = meetupInput.parse({ ...valid, registrationDeadlineDate: "2027-03-28", registrationDeadlineTime: "10:00" });
    expect(at.registrationDeadline).toEqual(at.startsAt);
  });

  it("asks for the other half of a deadline given only as a date or a time", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, registrationDeadlineDate: "2027-03-20" }))).toEqual({
      registrationDeadlineTime: "errors.meetups.deadlineIncomplete",
    });
    expect(messagesOf(meetupInput.safeParse({ ...valid, registrationDeadlineTime: "12:00" }))).toEqual({
      registrationDeadlineDate: "errors.meetups.deadlineIncomplete",
    });
    expect(meetupInput.parse({ ...valid, registrationDeadlineDate: "", registrationDeadlineTime: "" }).registrationDeadline).toBeNull();
  });

  it("rejects a start in the hour the clocks skip, on the time field", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, startTime: "02:30" }))).toEqual({ startTime: "errors.meetups.timeDoesNotExist" });
    expect(messagesOf(meetupInput.safeParse({ ...valid, startDate: "2027-02-30" }))).toEqual({ startDate: "errors.meetups.dateInvalid" });
  });

  it("requires a venue for in-person and hybrid meetups", () => {
    const { venueName: _n, venueAddress: _a, ...noVenue } = valid;
    expect(messagesOf(meetupInput.safeParse(noVenue))).toEqual({
      venueName: "errors.meetups.venueNameRequired",
      venueAddress: "errors.meetups.venueAddressRequired",
    });
    expect(messagesOf(meetupInput.safeParse({ ...noVenue, format: "hybrid", onlineUrl: "https://meet.example.org/x", venueName: " " }))).toEqual({
      venueName: "errors.meetups.venueNameRequired",
      venueAddress: "errors.meetups.venueAddressRequired",
    });
  });

  it("requires an https link for online and hybrid meetups", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, format: "online" }))).toEqual({ onlineUrl: "errors.meetups.onlineUrlRequired" });
    expect(messagesOf(meetupInput.safeParse({ ...valid, format: "hybrid", onlineUrl: "http://meet.example.org/x" }))).toEqual({
      onlineUrl: "errors.meetups.onlineUrlInvalid",
    });
    expect(messagesOf(meetupInput.safeParse({ ...valid, format: "online", onlineUrl: "javascript:alert(1)" }))).toEqual({
      onlineUrl: "errors.meetups.onlineUrlInvalid",
    });
  });

  it("drops the venue of an online meetup and the link of an in-person one", () => {
    const online = meetupInput.parse({ ...valid, format: "online", onlineUrl: "https://meet.example.org/x" });
    expect(online).toMatchObject({ venueName: null, venueAddress: null, onlineUrl: "https://meet.example.org/x" });
    const inPerson = meetupInput.parse({ ...valid, onlineUrl: "https://meet.example.org/x" });
    expect(inPerson.onlineUrl).toBeNull();
  });

  it("rejects a description over 50 000 characters and a malformed host AGS", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, description: "x".repeat(50_001) }))).toEqual({ description: "errors.meetups.descriptionTooLong" });
    expect(meetupInput.safeParse({ ...valid, description: "x".repeat(50_000) }).success).toBe(true);
    expect(messagesOf(meetupInput.safeParse({ ...valid, hostMunicipalityAgs: "8119020" }))).toEqual({ hostMunicipalityAgs: "errors.meetups.municipalityInvalid" });
    expect(meetupInput.parse({ ...valid, hostMunicipalityAgs: "" }).hostMunicipalityAgs).toBeNull();
  });

  it("reports a date error next to a field error in the same submission", () => {
    expect(messagesOf(meetupInput.safeParse({ ...valid, title: "x".repeat(161), endTime: "08:00" }))).toEqual({
      title: "errors.meetups.titleTooLong",
      endTime: "errors.meetups.endBeforeStart",
    });
  });
});

describe("agendaItemInput", () => {
  const item = { title: "Keynote: Digitale Verwaltung", type: "keynote", date: "2027-10-31", time: "02:30", durationMinutes: "45" };

  it("converts the start time and drops empty speaker rows", () => {
    const input = agendaItemInput.parse({
      ...item,
      speakers: [{ userId: "user-1" }, { userId: "", guestName: "" }, { guestName: "Dr. Gast" }],
      solutionIds: "8d6f3a5e-9b1c-4f0e-a7d2-3c4b5a697081, 8d6f3a5e-9b1c-4f0e-a7d2-3c4b5a697081",
    });
    expect(input.startsAt.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(input.speakers).toEqual([
      { userId: "user-1", guestName: null },
      { userId: null, guestName: "Dr. Gast" },
    ]);
    expect(input.solutionIds).toEqual(["8d6f3a5e-9b1c-4f0e-a7d2-3c4b5a697081"]);
    expect(input.description).toBeNull();
  });

  it("rejects a speaker that is both a member and a guest, a zero duration and a malformed solution id", () => {
    const result = agendaItemInput.safeParse({ ...item, durationMinutes: "0", speakers: [{ userId: "u", guestName: "G" }], solutionIds: ["nope"] });
    expect(messagesOf(result)).toEqual({
      durationMinutes: "errors.meetups.durationInvalid",
      "speakers.0": "errors.meetups.speakerInvalid",
      "solutionIds.0": "errors.meetups.solutionInvalid",
    });
  });
});

describe("registrationInput, materialInput, cancelInput", () => {
  it("limits the note to 500 characters and reads a checkbox", () => {
    expect(messagesOf(registrationInput.safeParse({ note: "x".repeat(501) }))).toEqual({ note: "errors.meetups.noteTooLong" });
    expect(registrationInput.parse({ note: " vegetarisch ", listPublicly: "on" })).toEqual({ note: "vegetarisch", listPublicly: true });
    expect(registrationInput.parse({})).toEqual({ note: undefined, listPublicly: false });
  });

  it("needs a link for slides but not for minutes", () => {
    expect(messagesOf(materialInput.safeParse({ kind: "slides", title: "Folien" }))).toEqual({ url: "errors.meetups.materialUrlRequired" });
    expect(materialInput.parse({ kind: "minutes", title: "Protokoll" })).toEqual({ kind: "minutes", title: "Protokoll", url: null });
    expect(messagesOf(materialInput.safeParse({ kind: "link", title: "x", url: "ftp://example.org/a" }))).toEqual({ url: "errors.meetups.materialUrlInvalid" });
  });

  it("requires a reason to cancel", () => {
    expect(messagesOf(cancelInput.safeParse({ reason: "  " }))).toEqual({ reason: "errors.meetups.cancelReasonRequired" });
    expect(cancelInput.parse({ reason: "Referent erkrankt" })).toEqual({ reason: "Referent erkrankt" });
  });
});

describe("meetupListInput", () => {
  it("defaults to upcoming meetups on page 1 and checks the filters", () => {
    expect(meetupListInput.parse({})).toEqual({ when: "upcoming", page: 1, pageSize: 20 });
    expect(meetupListInput.parse({ when: "past", state: "08", format: "online", themenfeld: "3" })).toMatchObject({ when: "past", state: "08", format: "online", themenfeld: 3 });
    expect(messagesOf(meetupListInput.safeParse({ when: "soon", format: "phone", state: "BW" }))).toEqual({
      when: "errors.meetups.whenInvalid",
      format: "errors.meetups.formatInvalid",
      state: "errors.stateInvalid",
    });
  });
});

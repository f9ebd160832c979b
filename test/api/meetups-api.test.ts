import { describe, expect, it } from "vitest";
import { GET as meetupCalendar } from "@/app/meetups/[slug]/calendar.ics/route";
import { GET as feed } from "@/app/meetups/calendar.ics/route";
import { GET as getMeetup } from "@/app/api/v1/meetups/[slug]/route";
import { GET as listMeetups } from "@/app/api/v1/meetups/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createDraft, createPublished, meetupFormInput, newMember, runId } from "@/lib/meetups/test-fixtures";

const request = (path: string) => new Request(`http://localhost${path}`);
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

describe("meetups API and calendar routes", () => {
  it("lists and shows a published meetup without the online link or participant names", async () => {
    const organiser = await newMember({ role: "organiser" });
    // Hosted in Bremen, where no other test holds meetups: on a shared test database the first page
    // of all upcoming meetups may be full of other files' meetups.
    const meetup = await createPublished(organiser, meetupFormInput({ title: `API Treffen ${runId}`, hostMunicipalityAgs: "04011000" }));
    const guest = await newMember({ name: `Teilnehmerin ${runId}` });
    await registerForMeetup({ meetupId: meetup.id, userId: guest, listPublicly: true });

    const list = await listMeetups(request("/api/v1/meetups?when=upcoming&state=04&pageSize=100"));
    const listText = await list.text();
    expect(list.status).toBe(200);
    expect(listText).toContain(`API Treffen ${runId}`);
    expect(listText).not.toContain("meet.example.org");

    const detail = await getMeetup(request(`/api/v1/meetups/${meetup.slug}`), ctx({ slug: meetup.slug }));
    const detailText = await detail.text();
    expect(detail.status).toBe(200);
    expect(JSON.parse(detailText)).toMatchObject({ slug: meetup.slug, registeredCount: 1, status: "published" });
    expect(detailText).not.toContain("meet.example.org");
    expect(detailText).not.toContain(`Teilnehmerin ${runId}`);
  });

  it("answers drafts and unknown slugs with 404 and bad parameters with 400", async () => {
    const organiser = await newMember({ role: "organiser" });
    const draft = await createDraft(organiser, meetupFormInput({ title: `Entwurf ${runId}` }));
    expect((await getMeetup(request(`/api/v1/meetups/${draft.slug}`), ctx({ slug: draft.slug }))).status).toBe(404);
    expect((await getMeetup(request("/api/v1/meetups/Nope!"), ctx({ slug: "Nope!" }))).status).toBe(400);
    expect((await listMeetups(request("/api/v1/meetups?when=soon"))).status).toBe(400);
    expect((await listMeetups(request("/api/v1/meetups?pageSize=abc"))).status).toBe(400);
    expect((await feed(request("/meetups/calendar.ics?format=boat"))).status).toBe(400);
    expect((await meetupCalendar(request(`/meetups/${draft.slug}/calendar.ics`), ctx({ slug: draft.slug }))).status).toBe(404);
  });

  it("serves the single .ics and the filtered feed as text/calendar without the online link", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ title: `Feed ${runId}` }));
    const single = await meetupCalendar(request(`/meetups/${meetup.slug}/calendar.ics`), ctx({ slug: meetup.slug }));
    expect(single.headers.get("content-type")).toContain("text/calendar");
    const text = await single.text();
    expect(text).toContain(`UID:${meetup.id}@kommunalnetz`);
    expect(text).not.toContain("meet.example.org");
    const hybrid = await (await feed(request("/meetups/calendar.ics?format=hybrid"))).text();
    expect(hybrid).toContain(`Feed ${runId}`);
    expect(hybrid).toContain("X-WR-CALNAME:");
    const online = await (await feed(request("/meetups/calendar.ics?format=online"))).text();
    expect(online).not.toContain(`Feed ${runId}`);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await openapi().json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/meetups", "/api/v1/meetups/{slug}"]));
  });
});

describe("meetups API with a malformed query", () => {
  it("answers a Themenfeld beyond Postgres' integer range and control characters with 400", async () => {
    for (const query of ["themenfeld=99999999999", "state=%00", "page=99999999999"]) {
      const response = await listMeetups(request(`/api/v1/meetups?${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toBe("bad_request");
    }
    expect((await feed(request("/meetups/calendar.ics?themenfeld=99999999999"))).status).toBe(400);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { solutions } from "@/db/schema";
import { localizedAlternates } from "@/lib/seo/metadata";
import { publicSitemap } from "@/lib/seo/sitemap";
import { meetupEvent, serializeJsonLd } from "@/lib/seo/structured-data";
import { createSolution } from "@/lib/solutions/mutations";
import { ELTERNGELD, newMember, solutionFormInput } from "@/lib/solutions/test-fixtures";

// Heidelberg and Elterngeld: other files on the shared Postgres database count Fellbach's and Wohngeld's solutions.
const HEIDELBERG = "08221000";

async function publish(overrides: Record<string, unknown> = {}) {
  const authorId = await newMember({ municipalityAgs: HEIDELBERG });
  const result = await createSolution({ authorId, input: solutionFormInput({ municipalityAgs: HEIDELBERG, serviceIds: [ELTERNGELD], ...overrides }) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.slug;
}

describe("sitemap", () => {
  it("lists public published solutions with their English twin, never network-only or hidden ones", async () => {
    const open = await publish();
    const network = await publish();
    const hidden = await publish();
    await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.slug, network));
    await db.update(solutions).set({ hiddenAt: new Date(), hiddenNote: "test" }).where(eq(solutions.slug, hidden));

    const urls = await publicSitemap();
    const entry = urls.find((u) => u.url.endsWith(`/solutions/${open}`));
    expect(entry?.alternates?.languages).toMatchObject({ en: expect.stringMatching(new RegExp(`/en/solutions/${open}$`)) });
    expect(urls.some((u) => u.url.endsWith(`/solutions/${network}`))).toBe(false);
    expect(urls.some((u) => u.url.endsWith(`/solutions/${hidden}`))).toBe(false);
    // Reference pages: every municipality of the directory and the OZG services.
    expect(urls.some((u) => u.url.endsWith("/municipalities/08119020"))).toBe(true);
    expect(urls.length).toBeLessThanOrEqual(50_000);
  });
});

describe("metadata and structured data", () => {
  it("names canonical and hreflang URLs from the configured origin", () => {
    const alternates = localizedAlternates("/services/10092", "en");
    expect(String(alternates.canonical)).toMatch(/^http:\/\/localhost:\d+\/en\/services\/10092$/);
    expect(alternates.languages).toMatchObject({ de: expect.stringMatching(/\/services\/10092$/), "x-default": expect.stringMatching(/[^n]\/services\/10092$/) });
  });

  it("keeps text from closing the JSON-LD script element", () => {
    const data = meetupEvent(
      {
        slug: "x",
        title: "</script><script>alert(1)</script>",
        description: "",
        startsAt: new Date("2027-01-01T09:00:00Z"),
        endsAt: new Date("2027-01-01T15:00:00Z"),
        format: "online",
        venueName: null,
        venueAddress: null,
        state: "published",
        hostMunicipality: null,
      },
      "de",
    );
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toMatchObject({ "@type": "Event", eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode" });
  });
});

import { describe, expect, it } from "vitest";
import { GET as getMunicipality } from "@/app/api/v1/municipalities/[ags]/route";
import { GET as getService } from "@/app/api/v1/services/[id]/route";
import { countMunicipalitiesRunningLive, listMunicipalitiesRunningService, listServicesRunningIn } from "./live-queries";
import { createSolution, markReuse } from "./mutations";
import { newMember, runId, solutionFormInput, WOHNGELD } from "./test-fixtures";

// Towns that appear in no other test file, so that what they run depends only on this file, also on
// a Postgres test database shared by all files.
const HUSUM = "01054056";
const SYLT = "01054168";
const HUNDEHALTUNG = 10160;

async function publish(authorId: string, overrides: Record<string, unknown>) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}

describe("live services", () => {
  it("counts a live reuse as the reusing town running the service", async () => {
    const author = await newMember({ municipalityAgs: HUSUM });
    const reuser = await newMember({ municipalityAgs: SYLT });
    const origin = await publish(author, { municipalityAgs: HUSUM, status: "in_progress", serviceIds: [HUNDEHALTUNG, WOHNGELD], title: `Hundehaltung digital ${runId}` });
    const inTowns = async () => (await listMunicipalitiesRunningService(HUNDEHALTUNG)).filter((m) => m.ags === HUSUM || m.ags === SYLT);
    const before = await countMunicipalitiesRunningLive();

    await markReuse({ memberId: reuser, slug: origin.slug, status: "considering" });
    expect(await inTowns()).toEqual([]);
    expect(await listServicesRunningIn(SYLT)).toEqual([]);

    await markReuse({ memberId: reuser, slug: origin.slug, status: "live" });
    // The origin itself is not live yet; the town that reuses it runs it.
    expect(await inTowns()).toEqual([{ ags: SYLT, name: "Sylt" }]);
    expect((await listServicesRunningIn(SYLT)).map((s) => s.id).sort()).toEqual([WOHNGELD, HUNDEHALTUNG].sort());
    expect(await countMunicipalitiesRunningLive()).toBe(before + 1);

    // The API says the same.
    const service = await (await getService(new Request(`http://localhost/api/v1/services/${HUNDEHALTUNG}`), { params: Promise.resolve({ id: String(HUNDEHALTUNG) }) })).json();
    expect(service.liveIn).toContainEqual({ ags: SYLT, name: "Sylt" });
    expect(service.liveIn).not.toContainEqual({ ags: HUSUM, name: "Husum" });
    const town = await (await getMunicipality(new Request(`http://localhost/api/v1/municipalities/${SYLT}`), { params: Promise.resolve({ ags: SYLT }) })).json();
    expect(town.liveServices.map((s: { id: number }) => s.id)).toContain(HUNDEHALTUNG);
  });

  it("names a town once when it runs a service both by its own solution and by a reuse", async () => {
    const author = await newMember({ municipalityAgs: HUSUM });
    const other = await newMember({ municipalityAgs: SYLT });
    const own = await publish(other, { municipalityAgs: SYLT, status: "live", serviceIds: [HUNDEHALTUNG], title: `Hundesteuer Sylt ${runId}` });
    const origin = await publish(author, { municipalityAgs: HUSUM, status: "live", serviceIds: [HUNDEHALTUNG], title: `Hundesteuer Husum ${runId}` });
    await markReuse({ memberId: other, slug: origin.slug, status: "live" });
    expect(own.slug).not.toBe(origin.slug);
    const named = (await listMunicipalitiesRunningService(HUNDEHALTUNG)).filter((m) => m.ags === HUSUM || m.ags === SYLT);
    expect(named).toEqual([
      { ags: HUSUM, name: "Husum" },
      { ags: SYLT, name: "Sylt" },
    ]);
    expect((await listServicesRunningIn(SYLT)).filter((s) => s.id === HUNDEHALTUNG)).toHaveLength(1);
  });
});

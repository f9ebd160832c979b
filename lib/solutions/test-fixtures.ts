import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type MemberRole, type MemberStatus } from "@/db/schema";
import type { Viewer } from "@/lib/visibility/rules";
import { solutionInput, type SolutionInput } from "./schema";

// Test files share one database on a server run: everything created here carries this suffix.
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;

export const FELLBACH = "08119020";
export const WAIBLINGEN = "08119079";
export const WOHNGELD = 10092;
export const PARKAUSWEISE = 10173;
export const ELTERNGELD = 10000;

/** A member; verified when they have a municipality (as after an allowlisted sign-in), unless `status` says otherwise. */
export async function newMember(options: { municipalityAgs?: string | null; role?: MemberRole; name?: string; status?: MemberStatus } = {}): Promise<string> {
  counter += 1;
  const [row] = await db
    .insert(users)
    .values({
      email: `solutions-${runId}-${counter}@test.kommunalnetz.invalid`,
      name: options.name ?? `Testperson ${counter}`,
      municipalityAgs: options.municipalityAgs === undefined ? FELLBACH : options.municipalityAgs,
      role: options.role ?? "member",
      status: options.status ?? (options.municipalityAgs === null ? "pending" : "verified"),
    })
    .returning({ id: users.id });
  return row!.id;
}

/** A complete, valid form submission for Fellbach; override what the test is about. */
export function solutionFormInput(overrides: Record<string, unknown> = {}): SolutionInput {
  return solutionInput.parse({
    title: `Wohngeld online beantragen ${runId}`,
    summary: "Bürgerinnen und Bürger stellen den Wohngeldantrag vollständig digital.",
    body: "## Ausgangslage\n\nDer Antrag wurde bisher auf Papier gestellt.",
    serviceIds: [WOHNGELD],
    municipalityAgs: FELLBACH,
    status: "live",
    goLiveDate: "2024-03-01",
    maturity: "3",
    software: "Civento",
    vendor: "Vitako-Dienstleister",
    tags: ["Wohngeld", "EfA"],
    links: [{ kind: "website", url: "https://www.fellbach.de/wohngeld", label: "Wohngeld in Fellbach" }],
    intent: "publish",
    ...overrides,
  });
}

/** A member as the visibility rules see them (what getViewer() gives a page for that member). */
export async function viewerOf(memberId: string): Promise<Viewer> {
  const [row] = await db.select({ id: users.id, status: users.status, role: users.role }).from(users).where(eq(users.id, memberId)).limit(1);
  if (!row) throw new Error(`no member ${memberId}`);
  return row;
}

import type { Database } from "../client";
import { eq } from "drizzle-orm";
import { membershipDomains, organisations, users, type MemberRole } from "../schema";

// DEMO DATA: invented people, clearly marked (isDemo, "(Demo)" in the name, reserved .invalid domain),
// attached to real municipalities from the reference data so that pages are not empty.
export const demoMembers: {
  email: string;
  name: string;
  municipalityAgs: string;
  roleTitle: string;
  role: MemberRole;
}[] = [
  { email: "jana.keller@demo.kommunalnetz.invalid", name: "Jana Keller (Demo)", municipalityAgs: "08119020", roleTitle: "Digitalisierungsbeauftragte", role: "organiser" },
  { email: "mehmet.yilmaz@demo.kommunalnetz.invalid", name: "Mehmet Yılmaz (Demo)", municipalityAgs: "08119020", roleTitle: "Sachgebietsleitung Bürgerservice", role: "member" },
  { email: "sabine.hoffmann@demo.kommunalnetz.invalid", name: "Sabine Hoffmann (Demo)", municipalityAgs: "08119079", roleTitle: "OZG-Koordinatorin", role: "member" },
  { email: "thomas.berger@demo.kommunalnetz.invalid", name: "Thomas Berger (Demo)", municipalityAgs: "08118048", roleTitle: "Leiter Organisation und IT", role: "moderator" },
  { email: "lena.wagner@demo.kommunalnetz.invalid", name: "Lena Wagner (Demo)", municipalityAgs: "08221000", roleTitle: "Referentin Digitale Verwaltung", role: "member" },
  { email: "frank.schulze@demo.kommunalnetz.invalid", name: "Frank Schulze (Demo)", municipalityAgs: "14713000", roleTitle: "Amt für Digitalisierung", role: "member" },
  { email: "aylin.demir@demo.kommunalnetz.invalid", name: "Aylin Demir (Demo)", municipalityAgs: "08416041", roleTitle: "E-Government-Koordination", role: "organiser" },
  { email: "peter.krause@demo.kommunalnetz.invalid", name: "Peter Krause (Demo)", municipalityAgs: "05515000", roleTitle: "Projektleitung OZG", role: "member" },
];

export async function seedDemoMembers(db: Database): Promise<void> {
  await db
    .insert(users)
    .values(demoMembers.map((m) => ({ ...m, isDemo: true, emailVerified: null, status: "verified" as const, verifiedAt: new Date() })))
    .onConflictDoNothing({ target: users.email });
}

// Real e-mail domains of real municipalities (their public web domains), so that an address there
// becomes a verified member at its first sign-in; and one invented organisation with a reserved
// .invalid domain for trying an organisation membership.
export const demoDomains: { domain: string; municipalityAgs: string }[] = [
  { domain: "fellbach.de", municipalityAgs: "08119020" },
  { domain: "waiblingen.de", municipalityAgs: "08119079" },
  { domain: "ludwigsburg.de", municipalityAgs: "08118048" },
  { domain: "heidelberg.de", municipalityAgs: "08221000" },
  { domain: "tuebingen.de", municipalityAgs: "08416041" },
];
export const demoOrganisation = { name: "Kommunales IT-Zentrum Demo (Demo)", kind: "it_provider" as const, stateCode: "08", domain: "itz-demo.kommunalnetz.invalid" };

export async function seedDemoDomains(db: Database): Promise<void> {
  await db.insert(membershipDomains).values(demoDomains).onConflictDoNothing({ target: membershipDomains.domain });
  await db
    .insert(organisations)
    .values({ name: demoOrganisation.name, kind: demoOrganisation.kind, stateCode: demoOrganisation.stateCode })
    .onConflictDoNothing();
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, demoOrganisation.name)).limit(1);
  if (org) {
    await db.insert(membershipDomains).values({ domain: demoOrganisation.domain, organisationId: org.id }).onConflictDoNothing({ target: membershipDomains.domain });
  }
}

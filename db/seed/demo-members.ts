import type { Database } from "../client";
import { users, type MemberRole } from "../schema";

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

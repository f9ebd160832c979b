// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
export type DemoSolution = {
  key: string; // stable unique kebab-case id, e.g. "fellbach-wohnsitz-anmeldung"
  title: string; // German, 5–160 chars
  summary: string; // German, 1–2 sentences, ≤ 400 chars
  body: string; // German Markdown, 120–200 words: "## Ausgangslage", "## Umsetzung", "## Ergebnis"; mentions the municipality's real name
  ags: string; // 8-digit AGS from municipalities.csv
  authorEmail: string; // demo member e-mail whose municipality matches ags, or "" if none matches
  serviceIds: number[]; // 1–3 OZG ids from ozg_services.csv
  status: "planned" | "in_progress" | "live";
  goLiveDate: string | null; // "YYYY-MM-DD" for live (2020-01-01 … 2026-10-31); null otherwise
  maturity: 0 | 1 | 2 | 3 | 4; // OZG Reifegrad
  software: string; // plausible product/platform name
  vendor: string; // vendor, "Eigenentwicklung" or e.g. "Komm.ONE"
  isOpenSource: boolean;
  repositoryUrl: string | null; // only when isOpenSource: "https://gitlab.opencode.de/demo/<something>"
  costOneOffMin: number | null;
  costOneOffMax: number | null; // euros, min ≤ max
  costYearlyMin: number | null;
  costYearlyMax: number | null; // euros, min ≤ max
  effortPersonDays: number | null;
  lessonsLearned: string; // German, 2–3 sentences
  contactName: string; // a role, not a person
  contactEmail: string | null; // only addresses ending in @demo.kommunalnetz.invalid
  tags: string[]; // 1–4 lowercase German tags
  links: {
    kind: "efa_marketplace" | "opencode" | "documentation" | "website";
    url: string; // under https://example.org/demo/...
    label: string;
  }[]; // 0–2
  basedOnKey: string | null; // key of another solution it adapted; defined earlier
  reuses: { ags: string; status: "considering" | "in_progress" | "live" }[]; // 0–3 other real municipalities
};

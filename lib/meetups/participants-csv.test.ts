import { describe, expect, it } from "vitest";
import { buildParticipantsCsv, csvField, type CsvParticipant } from "./participants-csv";

const row = (overrides: Partial<CsvParticipant> = {}): CsvParticipant => ({
  status: "registered",
  waitlistPosition: null,
  name: "Jürgen Weiß",
  email: "j.weiss@fellbach.de",
  municipality: { name: "Schwäbisch Gmünd" },
  note: null,
  listPublicly: true,
  // 10:00 Berlin summer time.
  registeredAt: new Date("2027-06-01T08:00:00Z"),
  attended: null,
  ...overrides,
});

/** Splits the file into records and fields, honouring RFC 4180 quotes (for checking what Excel sees). */
function parse(csv: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    fields.push(field);
    field = "";
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") endField();
    else if (c === "\r" && csv[i + 1] === "\n") {
      endField();
      records.push(fields);
      fields = [];
      i++;
    } else field += c;
  }
  return records;
}

describe("buildParticipantsCsv", () => {
  it("starts with a byte order mark and German headings separated by semicolons", () => {
    const csv = buildParticipantsCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      "Status;Wartelistenplatz;Name;E-Mail;Kommune;Anmerkung;Öffentlich gelistet;Angemeldet am (Europe/Berlin);Teilgenommen\r\n",
    );
  });

  it("keeps umlauts and ß as they are, also through a UTF-8 round trip", () => {
    const csv = buildParticipantsCsv([row()]);
    const decoded = new TextDecoder("utf-8", { ignoreBOM: false }).decode(new TextEncoder().encode(csv));
    expect(decoded).toContain("Jürgen Weiß;j.weiss@fellbach.de;Schwäbisch Gmünd;");
    expect(parse(csv.slice(1))[1]).toEqual(["angemeldet", "", "Jürgen Weiß", "j.weiss@fellbach.de", "Schwäbisch Gmünd", "", "ja", "01.06.2027 10:00", ""]);
  });

  it("quotes fields with a semicolon, a quote or a line break and doubles the quotes", () => {
    const note = 'Vegetarisch; bitte "ohne" Nüsse\nAnreise mit dem Zug';
    const csv = buildParticipantsCsv([row({ note, name: "Dr. Anna Müller, LL.M." })]);
    expect(csv).toContain(';"Vegetarisch; bitte ""ohne"" Nüsse\nAnreise mit dem Zug";');
    const [, record] = parse(csv.slice(1));
    expect(record?.[5]).toBe(note);
    // A comma is no separator here, so it needs no quotes.
    expect(record?.[2]).toBe("Dr. Anna Müller, LL.M.");
  });

  it("writes waitlist positions, attendance and the Berlin time in winter", () => {
    const csv = buildParticipantsCsv([
      row({ attended: true }),
      row({ status: "waitlisted", waitlistPosition: 2, listPublicly: false, registeredAt: new Date("2027-01-15T23:30:00Z") }),
      row({ status: "cancelled", attended: null, municipality: null, name: null }),
    ]);
    const records = parse(csv.slice(1));
    expect(records).toHaveLength(4);
    expect(records[1]?.[8]).toBe("ja");
    expect(records[2]?.slice(0, 2)).toEqual(["Warteliste", "2"]);
    expect(records[2]?.[6]).toBe("nein");
    expect(records[2]?.[7]).toBe("16.01.2027 00:30");
    expect(records[3]?.slice(0, 5)).toEqual(["abgemeldet", "", "", "j.weiss@fellbach.de", ""]);
  });
});

describe("csvField", () => {
  it("defuses text that Excel would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://evil.example\")")).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField("+49 711 1234")).toBe("'+49 711 1234");
    expect(csvField("@chef")).toBe("'@chef");
    expect(csvField("Frau Meier")).toBe("Frau Meier");
  });
});

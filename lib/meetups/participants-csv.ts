import type { RegistrationStatus } from "@/db/schema/meetup-enums";
import { berlinWallClock } from "./time";

/** The fields of a participant row (see getParticipantsForOrganiser) that go into the export. */
export type CsvParticipant = {
  status: RegistrationStatus;
  waitlistPosition: number | null;
  name: string | null;
  email: string | null;
  municipality: { name: string } | null;
  note: string | null;
  listPublicly: boolean;
  registeredAt: Date;
  attended: boolean | null;
};

// German Excel expects ";" between fields (the comma is its decimal separator) and only reads
// UTF-8 as such when the file starts with a byte order mark; without it "Schwäbisch" turns to mojibake.
const BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

const header = [
  "Status",
  "Wartelistenplatz",
  "Name",
  "E-Mail",
  "Kommune",
  "Anmerkung",
  "Öffentlich gelistet",
  "Angemeldet am (Europe/Berlin)",
  "Teilgenommen",
];

const statusLabels: Record<RegistrationStatus, string> = {
  registered: "angemeldet",
  waitlisted: "Warteliste",
  cancelled: "abgemeldet",
};

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "ja" : "nein");

/** "28.03.2027 10:00", which German Excel reads as a date and time. */
function berlinDateTime(instant: Date): string {
  const { date, time } = berlinWallClock(instant);
  const [year, month, day] = date.split("-");
  return `${day}.${month}.${year} ${time}`;
}

/**
 * One field, RFC 4180: quoted when it holds the separator, a quote or a line break, with quotes
 * doubled. Names and notes are typed by members; a leading = + - @ (or tab/CR) would make Excel run
 * the text as a formula, so such a field gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The organisers' participant list as a CSV file for Excel: BOM, `;`, CRLF, German headings. */
export function buildParticipantsCsv(rows: CsvParticipant[]): string {
  const lines = [header, ...rows.map((row) => [
    statusLabels[row.status],
    row.waitlistPosition === null ? "" : String(row.waitlistPosition),
    row.name ?? "",
    row.email ?? "",
    row.municipality?.name ?? "",
    row.note ?? "",
    yesNo(row.listPublicly),
    berlinDateTime(row.registeredAt),
    yesNo(row.attended),
  ])];
  return BOM + lines.map((fields) => fields.map(csvField).join(SEPARATOR)).join(LINE_END) + LINE_END;
}

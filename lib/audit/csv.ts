import { csvField } from "@/lib/meetups/participants-csv";
import { berlinWallClock } from "@/lib/meetups/time";

/** The fields of an audit row (see listAuditEntries) that go into the export. */
export type CsvAuditEntry = {
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string;
  targetId: string;
  subjectMemberId: string | null;
  subjectName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
};

// As the participant list: BOM, ";" and CRLF for German Excel (lib/meetups/participants-csv.ts).
const BOM = "\uFEFF";
const header = ["Zeitpunkt (Europe/Berlin)", "Aktion", "Ausgeführt von", "Ausgeführt von (ID)", "Ziel", "Ziel-ID", "Betroffenes Mitglied", "Betroffenes Mitglied (ID)", "Vorher", "Nachher", "Notiz"];

/** Values as compact JSON ("{"role":"member"}"), empty for none. */
export const compactValues = (values: Record<string, unknown> | null) => (values && Object.keys(values).length > 0 ? JSON.stringify(values) : "");

function berlinDateTime(instant: Date): string {
  const { date, time } = berlinWallClock(instant);
  const [year, month, day] = date.split("-");
  return `${day}.${month}.${year} ${time}`;
}

/**
 * The audit log as CSV. Every field goes through csvField: names and notes are typed by people, and
 * a leading = + - @ gets an apostrophe so that Excel does not run it as a formula.
 */
export function buildAuditCsv(rows: CsvAuditEntry[]): string {
  const lines = [
    header,
    ...rows.map((row) => [
      berlinDateTime(row.createdAt),
      row.action,
      row.actorName ?? "",
      row.actorId ?? "",
      row.targetType,
      row.targetId,
      row.subjectName ?? "",
      row.subjectMemberId ?? "",
      compactValues(row.before),
      compactValues(row.after),
      row.note ?? "",
    ]),
  ];
  return BOM + lines.map((fields) => fields.map(csvField).join(";")).join("\r\n") + "\r\n";
}

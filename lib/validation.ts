// The field rules: every zod schema, page and route handler takes its AGS, slug, id, text, URL,
// amount and paging rules from here, so a rule is changed in one place and the pages accept exactly
// what the API accepts (and what the OpenAPI document, generated from these schemas, says).
import { z } from "zod";
import { blankToUndefined } from "@/lib/input-coercion";

export { blankToUndefined };

/** Postgres `integer`: a larger number in a parameter would make the query throw instead of answer. */
export const PG_INT_MAX = 2_147_483_647;

export const AGS_PATTERN = /^\d{8}$/;
export const STATE_CODE_PATTERN = /^\d{2}$/;
export const DISTRICT_CODE_PATTERN = /^\d{5}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;
/** OZG-IDs are at most five digits. */
export const MAX_SERVICE_ID = 99_999;
export const MAX_PAGE = 100_000;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Whole euros; a cost above 100 million is a typo. */
export const MAX_AMOUNT = 100_000_000;
export const MAX_EFFORT_DAYS = 100_000;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 and C1 control characters and DEL: Postgres refuses NUL in text, the rest is never typed. A
// textarea sends tab, line feed and carriage return, so multi-line text may hold those three.
const CONTROL_CHARACTERS = "\\u0000-\\u001f\\u007f-\\u009f";
const NO_CONTROL_CHARACTERS = new RegExp(`^[^${CONTROL_CHARACTERS}]*$`);
const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CHARACTERS}]`);
const CONTROL_CHARACTER_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The message for a form field holding a control character. */
export const CONTROL_CHARACTERS_MESSAGE = "errors.input.fieldControlCharacters";

/**
 * The control-character rule for typed text: none at all in a single-line field; in a multi-line
 * one (a textarea) only tab, LF and CR. `lib/forms.ts` applies it to every field of every form.
 */
export const hasControlCharacters = (text: string, options: { multiLine?: boolean } = {}) =>
  (options.multiLine ? CONTROL_CHARACTER_IN_LINES : CONTROL_CHARACTER).test(text);

export const isAgs = (value: string) => AGS_PATTERN.test(value);
export const isSlug = (value: string) => value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
/** A malformed id would make Postgres throw; callers treat it as not found. */
export const isUuid = (value: string) => UUID_PATTERN.test(value);

/** An optional field: "" and whitespace mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// ---- keys and ids -------------------------------------------------------------------------------

/** Amtlicher Gemeindeschlüssel: 8 digits. */
export const ags = (message = "errors.agsInvalid") => z.string({ error: message }).regex(AGS_PATTERN, message).meta({ examples: ["08119020"] });
/** An AGS as a form field sends it (the picker's hidden input, or typed). */
export const agsField = (message: string) => z.string({ error: message }).trim().pipe(ags(message));
/** Two-digit state code (Land), e.g. 08. */
export const stateCode = (message = "errors.stateInvalid") => z.string({ error: message }).regex(STATE_CODE_PATTERN, message).meta({ examples: ["08"] });
/** Five-digit district code (Kreis), e.g. 08119. */
export const districtCode = (message = "errors.districtInvalid") => z.string({ error: message }).regex(DISTRICT_CODE_PATTERN, message).meta({ examples: ["08119"] });
/** Solution and meetup slugs: lowercase letters, digits, single hyphens, at most 120 characters. */
export const slug = (message = "errors.input.slugInvalid") =>
  z.string({ error: message }).max(MAX_SLUG_LENGTH, message).regex(SLUG_PATTERN, message);
export const uuid = (message: string) => z.uuid({ error: message });
/** A member id (users.id: a UUID for members who signed up, a fixed word for seeded ones). */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const memberId = (message = "errors.input.memberIdInvalid") => z.string({ error: message }).regex(MEMBER_ID_PATTERN, message);

/** A whole number sent as text or number, in [min, max]; max stays within Postgres' integer range. */
export const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(Math.min(max, PG_INT_MAX), message);

export const themenfeldId = (message = "errors.themenfeldInvalid") => wholeNumber(1, PG_INT_MAX, message);
/** OZG-ID of a service. */
export const serviceId = (message = "errors.serviceIdInvalid") => wholeNumber(1, MAX_SERVICE_ID, message);

// ---- text and links -----------------------------------------------------------------------------

/** Optional free text of at most `max` characters, trimmed. */
export const optionalText = (max: number, message: string) =>
  z.preprocess(blankToUndefined, z.string({ error: message }).trim().max(max, message).optional());

/**
 * Search text in a query string: optional, trimmed, at most `max` characters, and free of control
 * characters (a NUL byte made Postgres throw; a search box never sends one).
 */
export const queryText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: "errors.queryTooLong" }).trim().max(max, "errors.queryTooLong").regex(NO_CONTROL_CHARACTERS, "errors.input.controlCharacters").optional(),
  );

/** Only http(s) links with a real host name: no javascript:, data: or intranet-only addresses. */
export const webUrl = (message: string) => z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: message }).max(2000, message);
/** Links that go into members' calendars and browsers as meeting rooms: https only. */
export const httpsUrl = (message: string) => z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: message }).max(2000, message);

// ---- amounts ------------------------------------------------------------------------------------

export type GermanNumber = { ok: true; value: number } | { ok: false; reason: "format" | "fraction" };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A whole number as Germans type it: "2000", "2.000", "2 000", "2.000,00", "2.000,-", with `unit`
 * ("€"/"EUR") allowed before or after. A dot groups thousands (so "2.000" is two thousand, never
 * 2), a comma starts decimals: ",00" and ",-" are whole, any other fraction ("1.500,50", and "2,000",
 * which an English reader means as two thousand) is refused as `fraction`, so that nothing typed is silently rounded. Anything else ("2.5", "1e3") is `format`.
 */
export function parseGermanInteger(text: string, unit?: RegExp): GermanNumber {
  let s = text.trim();
  if (unit) s = s.replace(new RegExp(`^(?:${unit.source})\\s*|\\s*(?:${unit.source})$`, "gi"), "").trim();
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1).trim();
  const [whole = "", fraction, ...rest] = s.split(",");
  if (rest.length > 0) return { ok: false, reason: "format" };
  const digits = /^\d+$/.test(whole)
    ? whole
    : /^\d{1,3}(?:\.\d{3})+$/.test(whole)
      ? whole.replaceAll(".", "")
      : /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/.test(whole)
        ? whole.replace(SPACES, "")
        : null;
  if (digits === null) return { ok: false, reason: "format" };
  if (fraction !== undefined) {
    if (!/^(?:\d+|-)$/.test(fraction)) return { ok: false, reason: "format" };
    // "2,000" may be an English two thousand: only cents notation (",00", ",-") counts as whole.
    if (!/^(?:00?|-)$/.test(fraction)) return { ok: false, reason: "fraction" };
  }
  const value = Number(digits);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

const EURO = /€|euro|eur/;

function germanInteger(options: { max: number; message: string; fractionMessage: string; unit?: RegExp }) {
  const { max, message, fractionMessage, unit } = options;
  return z.preprocess(
    (value, ctx) => {
      value = blankToUndefined(value);
      if (typeof value !== "string") return value;
      const parsed = parseGermanInteger(value, unit);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.reason === "fraction" ? fractionMessage : message, input: value });
      return z.NEVER;
    },
    z.number({ error: message }).int(message).min(0, message).max(max, message).optional(),
  );
}

/** An optional amount in whole euros, typed the German way ("2.000 €"). */
export const money = (message: string) =>
  germanInteger({ max: MAX_AMOUNT, message, fractionMessage: "errors.input.amountFraction", unit: EURO });

/** Optional effort in whole person-days ("1.500"). */
export const effortDays = (message: string) =>
  germanInteger({ max: MAX_EFFORT_DAYS, message, fractionMessage: "errors.input.effortFraction", unit: /personentage|personentag|person-days|person-day|pt/ });

// ---- paging -------------------------------------------------------------------------------------

export const page = () => z.preprocess(blankToUndefined, wholeNumber(1, MAX_PAGE, "errors.pageInvalid").default(1));
export const pageSize = () =>
  z.preprocess(blankToUndefined, wholeNumber(1, MAX_PAGE_SIZE, "errors.pageSizeInvalid").default(DEFAULT_PAGE_SIZE));

/** `page` and `pageSize` of every list, page and API alike. */
export const pageParams = { page: page(), pageSize: pageSize() };

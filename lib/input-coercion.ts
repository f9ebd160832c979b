// How form fields and query strings arrive, turned into what the zod schemas check.

/** Form fields and query strings send "" for "not given"; whitespace alone counts as empty too. */
export const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** Lists arrive as arrays (JSON, repeated fields) or as one comma/newline separated text field. */
export const toList = (value: unknown) => {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") return value.split(/[,\n]/).map((v) => v.trim()).filter(Boolean);
  return value;
};

/** Checkboxes send "on", query strings "true"/"1"; anything else is left for zod to reject. */
export const toBoolean = (value: unknown) => {
  if (value === undefined || value === null || value === "") return undefined;
  if (value === true || value === "true" || value === "on" || value === "1") return true;
  if (value === false || value === "false" || value === "off" || value === "0") return false;
  return value;
};

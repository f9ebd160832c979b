/**
 * Who runs this installation, for the imprint (§ 5 DDG), the privacy notice (Art. 13 GDPR) and the
 * accessibility statement (BITV 2.0). Read from the environment only: each installation has its own
 * operator, and nothing here is invented. Unset values are shown as "not configured" on the pages,
 * so a missing setting is visible rather than papered over.
 */
export type OperatorDetails = {
  name: string | null;
  /** Postal address; lines separated by "|" or a newline in the variable. */
  address: string[];
  representative: string | null;
  email: string | null;
  phone: string | null;
  /** The data protection officer's (or privacy team's) address; falls back to `email`. */
  privacyEmail: string | null;
  /** The supervisory authority responsible for the operator (name, optionally "| URL"). */
  supervisoryAuthority: string | null;
  /** Where accessibility barriers are reported; falls back to `email`. */
  accessibilityEmail: string | null;
  /** The enforcement body (Schlichtungs-/Ombudsstelle) for the operator's state (name, optionally "| URL"). */
  accessibilityEnforcement: string | null;
};

const value = (name: string): string | null => {
  const raw = process.env[name]?.trim();
  return raw ? raw : null;
};

export function operatorDetails(): OperatorDetails {
  const email = value("OPERATOR_EMAIL");
  return {
    name: value("OPERATOR_NAME"),
    address: (value("OPERATOR_ADDRESS") ?? "")
      .split(/\||\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    representative: value("OPERATOR_REPRESENTATIVE"),
    email,
    phone: value("OPERATOR_PHONE"),
    privacyEmail: value("PRIVACY_CONTACT_EMAIL") ?? email,
    supervisoryAuthority: value("PRIVACY_SUPERVISORY_AUTHORITY"),
    accessibilityEmail: value("ACCESSIBILITY_CONTACT_EMAIL") ?? email,
    accessibilityEnforcement: value("ACCESSIBILITY_ENFORCEMENT_BODY"),
  };
}

/** "Name | https://…" → the name and, when it is an https URL, the link. */
export function nameAndLink(setting: string | null): { name: string; url: string | null } | null {
  if (!setting) return null;
  const [name, url] = setting.split("|").map((part) => part.trim());
  return { name: name!, url: url && /^https:\/\/[^\s]+$/.test(url) ? url : null };
}

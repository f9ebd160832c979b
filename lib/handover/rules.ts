/** The member's own handover page; an admin adds `?from=<member id>`. */
export const HANDOVER_PATH = "/settings/handover";

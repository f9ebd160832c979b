/** The privacy settings page: download and delete (its German path; /en/… in English). */
export const PRIVACY_PATH = "/settings/privacy";

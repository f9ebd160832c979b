import { isModerator, seesNetworkContent, type Viewer } from "@/lib/visibility/rules";

/**
 * Who sees member profiles and the members directory (issue 12: contact details and participant
 * lists are members-only): verified members, and moderators and admins (who review reported
 * profiles; an admin from ADMIN_EMAILS may be pending). Anonymous, pending and suspended people do not.
 */
export function seesProfiles(viewer: Viewer): boolean {
  return seesNetworkContent(viewer) || isModerator(viewer);
}

/**
 * Whether a profile's e-mail address or phone number is shown to this viewer: only what the member
 * chose to show, and only to verified members (the member's own page shows them what others see).
 * A suspended member's contact is never shown.
 */
export function contactVisible(viewer: Viewer, member: { status: string }, shown: boolean): boolean {
  return shown && seesNetworkContent(viewer) && member.status !== "suspended";
}

/** Where a member edits their profile details (bio, contact, expertise). */
export const PROFILE_SETTINGS_PATH = "/settings/profile";

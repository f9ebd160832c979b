import { ClientMessages } from "@/components/i18n/client-messages";
import type { FollowTarget } from "@/db/schema/discussion-enums";
import { getCurrentMember } from "@/lib/auth/session";
import { isFollowing } from "@/lib/follows/queries";
import { FollowButton } from "./follow-button";

/**
 * The follow button with the viewer's current state read on the server. Signed-out visitors see it
 * too: pressing it leads to sign-in and back. Members do not follow themselves.
 */
export async function FollowControl({ target, targetId, name, returnTo }: { target: FollowTarget; targetId: string; name: string; returnTo: string }) {
  const viewer = await getCurrentMember();
  if (target === "member" && viewer?.id === targetId) return null;
  const following = await isFollowing(viewer?.id, target, targetId);
  return (
    <ClientMessages keys={["follows"]}>
      <FollowButton target={target} targetId={targetId} following={following} name={name} returnTo={returnTo} />
    </ClientMessages>
  );
}

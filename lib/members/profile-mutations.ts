import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { memberExpertise, ozgServices, themenfelder, users } from "@/db/schema";
import { fail, refusable, Refusal, type Result } from "@/lib/result";
import type { ProfileDetailsExtraInput } from "./profile-schema";

/**
 * Saves the profile details of /settings/profile in one transaction: bio, phone, whether other
 * verified members see e-mail and phone, the software list and the Themenfelder and OZG services
 * the member knows (replacing the earlier choice). A Themenfeld or service id that is not in the
 * catalogue (a forged form) refuses the whole save. A suspended member's row is not written.
 */
export async function updateProfileDetails({ memberId, input }: { memberId: string; input: ProfileDetailsExtraInput }): Promise<Result> {
  const themenfeldIds = [...new Set(input.themenfeldIds)];
  const serviceIds = [...new Set(input.serviceIds)];
  return refusable(() =>
    db.transaction(async (tx) => {
      if (themenfeldIds.length > 0) {
        const known = await tx.select({ id: themenfelder.id }).from(themenfelder).where(inArray(themenfelder.id, themenfeldIds));
        if (known.length !== themenfeldIds.length) throw new Refusal(fail("themenfeldIds", "errors.themenfeldInvalid"));
      }
      if (serviceIds.length > 0) {
        const known = await tx.select({ id: ozgServices.id }).from(ozgServices).where(inArray(ozgServices.id, serviceIds));
        if (known.length !== serviceIds.length) throw new Refusal(fail("serviceIds", "errors.serviceIdInvalid"));
      }
      const [row] = await tx
        .update(users)
        .set({
          bio: input.bio ?? null,
          phone: input.phone ?? null,
          showEmail: input.showEmail,
          showPhone: input.showPhone,
          expertiseSoftware: input.software,
          updatedAt: new Date(),
        })
        .where(and(eq(users.id, memberId), ne(users.status, "suspended")))
        .returning({ id: users.id });
      if (!row) throw new Refusal(fail("form", "errors.memberUnknown"));
      await tx.delete(memberExpertise).where(eq(memberExpertise.userId, memberId));
      const rows = [
        ...themenfeldIds.map((refId) => ({ userId: memberId, kind: "themenfeld" as const, refId })),
        ...serviceIds.map((refId) => ({ userId: memberId, kind: "service" as const, refId })),
      ];
      if (rows.length > 0) await tx.insert(memberExpertise).values(rows);
      return { ok: true as const };
    }),
  );
}

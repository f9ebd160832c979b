import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationSettings, users } from "@/db/schema";
import type { MailDelivery, NotificationKind } from "@/db/schema/discussion-enums";
import { fail, type Result } from "@/lib/result";
import { getDeliverySettings } from "./settings-queries";
import { isUnsubscribeSubject, kindsToUnsubscribe, type DeliverySettings, type UnsubscribeSubject } from "./settings-rules";
import { verifyToken } from "./tokens";

async function store(memberId: string, entries: [NotificationKind, MailDelivery][]): Promise<Result> {
  const [member] = await db.select({ id: users.id }).from(users).where(eq(users.id, memberId)).limit(1);
  if (!member) return fail("form", "notificationSettings.errors.notSaved");
  if (entries.length === 0) return { ok: true };
  await db
    .insert(notificationSettings)
    .values(entries.map(([kind, delivery]) => ({ memberId, kind, delivery })))
    .onConflictDoUpdate({ target: [notificationSettings.memberId, notificationSettings.kind], set: { delivery: sql`excluded.delivery` } });
  return { ok: true };
}

/**
 * Stores every kind's delivery (a row per kind, defaults included: what the member saw and saved is
 * what they keep, even if the defaults change later). Refused for a member id that does not exist.
 */
export function saveDeliverySettings(options: { memberId: string; settings: DeliverySettings }): Promise<Result> {
  return store(options.memberId, Object.entries(options.settings) as [NotificationKind, MailDelivery][]);
}

/**
 * The one-click unsubscribe: sets the token's kinds to "never". Idempotent (a second click, or a
 * mail client's retry, changes nothing more). Returns the kinds it turned off.
 */
export async function unsubscribe(options: { memberId: string; subject: UnsubscribeSubject }): Promise<Result<{ kinds: NotificationKind[] }>> {
  const current = await getDeliverySettings(db, options.memberId);
  const kinds = kindsToUnsubscribe(options.subject, current);
  const saved = await store(
    options.memberId,
    kinds.map((kind) => [kind, "never"]),
  );
  return saved.ok ? { ok: true, kinds } : saved;
}

/**
 * The unsubscribe of a signed link (no session needed): a forged, expired or malformed token, or
 * one of a member who no longer exists, is refused and changes nothing.
 */
export async function unsubscribeWithToken(token: string, now = new Date()): Promise<Result<{ memberId: string; subject: UnsubscribeSubject; kinds: NotificationKind[] }>> {
  const claims = verifyToken(token, "unsubscribe", now);
  if (!claims || !isUnsubscribeSubject(claims.subject)) return fail("token", "notificationSettings.unsubscribe.invalid");
  const result = await unsubscribe({ memberId: claims.memberId, subject: claims.subject });
  if (!result.ok) return fail("token", "notificationSettings.unsubscribe.invalid");
  return { ok: true, memberId: claims.memberId, subject: claims.subject, kinds: result.kinds };
}

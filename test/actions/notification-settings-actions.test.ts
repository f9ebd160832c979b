import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notificationKinds } from "@/db/schema/discussion-enums";
import { getDeliverySettings } from "@/lib/notifications/settings-queries";
import { DEFAULT_DELIVERIES } from "@/lib/notifications/settings-rules";
import { newMember } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// Stand-ins only for who is signed in and the request-scoped Next.js helpers; the database is real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { saveNotificationSettingsAction } = await import("@/lib/notifications/settings-actions");

const allDefaults = () => ({ ...DEFAULT_DELIVERIES }) as Record<string, string>;

describe("saveNotificationSettingsAction", () => {
  let member: string;
  beforeAll(async () => {
    member = await newMember();
  });

  it("sends an anonymous visitor to sign-in and back", async () => {
    session.userId = null;
    const target = await redirectTarget(saveNotificationSettingsAction(empty, form(allDefaults())));
    expect(target).toContain("/signin");
    expect(decodeURIComponent(target)).toContain("callbackUrl=/settings/notifications");
  });

  it("saves every kind and comes back with the flash", async () => {
    session.userId = member;
    const values = { ...allDefaults(), comment: "weekly", reply: "never", new_solution: "immediately" };
    expect(await redirectTarget(saveNotificationSettingsAction(empty, form(values)))).toBe("/settings/notifications?saved=saved");
    const settings = await getDeliverySettings(db, member);
    expect(settings).toMatchObject({ comment: "weekly", reply: "never", new_solution: "immediately", mention: "immediately", reuse: "daily" });
    expect(Object.keys(settings).sort()).toEqual([...notificationKinds].sort());
  });

  it("refuses an unknown delivery, a missing kind and a control character with messages, keeping the input", async () => {
    session.userId = member;
    const values: Record<string, string> = { ...allDefaults(), comment: "hourly", reply: "never\u0000" };
    delete values.mention;
    const state = await saveNotificationSettingsAction(empty, form(values));
    expect(state.errors.comment).toEqual(["notificationSettings.errors.deliveryInvalid"]);
    expect(state.errors.mention).toEqual(["notificationSettings.errors.deliveryInvalid"]);
    expect(state.errors.reply?.[0]).toMatch(/^errors\./);
    expect(state.values.comment).toBe("hourly");
    // Nothing was stored from the refused form.
    expect((await getDeliverySettings(db, member)).comment).toBe("weekly");
  });
});

/**
 * The only stand-ins of the action tests: who is signed in (Auth.js, `@/lib/auth/config`) and the
 * request-scoped Next.js helpers (`next-intl/server`, `next/cache`, `next/headers`). The database,
 * the mutations and the permission checks stay real. Use as the module of each mock:
 *
 *   vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
 *
 * and set `session.userId` to sign a member in (null: signed out).
 */
export const session = { userId: null as string | null };

export const auth = async () => (session.userId ? { user: { id: session.userId } } : null);
export const signIn = async () => undefined;
export const signOut = async () => undefined;

export const getLocale = async () => "de";
export const revalidatePath = () => {};
export const headers = async () => new Headers();

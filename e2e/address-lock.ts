import { mkdir, rmdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * Runs `task` while no other worker of the suite signs in the same address. The fixed addresses (the
 * e2e admin and organiser) sign in from every worker; when two workers asked for a link at the same
 * moment, each could open the other's newest link, and the second use of one read "Verification".
 * The lock is a directory (mkdir is atomic); one older than a minute is a crashed run's and is taken.
 */
export async function withAddressLock<T>(email: string, task: () => Promise<T>): Promise<T> {
  const dir = path.join(os.tmpdir(), `kommunalnetz-e2e-sign-in-${email.replace(/[^a-z0-9]/gi, "_")}`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = await stat(dir).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > 60_000) await rmdir(dir).catch(() => {});
      else if (Date.now() > deadline) throw new Error(`another worker has held the sign-in of ${email} for two minutes`);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await task();
  } finally {
    await rmdir(dir).catch(() => {});
  }
}

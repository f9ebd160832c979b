/**
 * The abuse limits, each a number of events per window, overridable by environment variables
 * (README, Configuration). The defaults leave normal use untouched: a member signs in a few times a
 * day, registers for a handful of meetups and saves a solution a few dozen times at most.
 */
export const limits = {
  /** Sign-in mails to one address (mail bombing a colleague through our sender). */
  signInEmail: { env: "RATE_LIMIT_SIGNIN_PER_EMAIL", points: 5, seconds: 3600 },
  /** Sign-in mails requested from one client IP. */
  signInIp: { env: "RATE_LIMIT_SIGNIN_PER_IP", points: 30, seconds: 3600 },
  /** Sign-in mails of the whole installation (protects the sender's reputation). */
  signInGlobal: { env: "RATE_LIMIT_SIGNIN_GLOBAL", points: 1000, seconds: 3600 },
  /** Meetup registrations and cancellations of one member. */
  registration: { env: "RATE_LIMIT_REGISTRATIONS_PER_MEMBER", points: 30, seconds: 3600 },
  /** Creating, editing and publishing solutions and meetups, per member. */
  publishing: { env: "RATE_LIMIT_WRITES_PER_MEMBER", points: 60, seconds: 3600 },
  /** Search pages per client IP. */
  search: { env: "RATE_LIMIT_SEARCH_PER_IP", points: 120, seconds: 60 },
  /** JSON API and calendar feed requests per client IP. */
  api: { env: "RATE_LIMIT_API_PER_IP", points: 300, seconds: 60 },
} as const;

export type LimitName = keyof typeof limits;

export function limitOf(name: LimitName): { points: number; seconds: number } {
  const { env, points, seconds } = limits[name];
  const configured = Number(process.env[env]);
  return { points: Number.isInteger(configured) && configured > 0 ? configured : points, seconds };
}

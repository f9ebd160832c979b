/**
 * What every mutation returns on refusal: translation keys per form field (`form` for none), so an
 * action can put each message next to its field and a route handler can answer with the first.
 */
export type FieldErrors = Record<string, string[]>;
export type Failure = { ok: false; errors: FieldErrors };
/** A mutation's outcome: `{ ok: true, …details }` or a Failure. */
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export const fail = (field: string, key: string): Failure => ({ ok: false, errors: { [field]: [key] } });

/** Thrown inside a transaction to roll it back and hand a refusal to the caller. */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(Object.values(failure.errors).flat().join(", "));
  }
}

/** Runs `work`; a `Refusal` thrown in it (after its transaction rolled back) becomes the result. */
export async function refusable<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

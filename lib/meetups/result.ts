/** What every meetup mutation returns on refusal: translation keys per form field (`form` for none). */
export type FieldErrors = Record<string, string[]>;
export type Failure = { ok: false; errors: FieldErrors };

export const fail = (field: string, key: string): Failure => ({ ok: false, errors: { [field]: [key] } });

export const notFound = (): Failure => fail("form", "errors.meetups.notFound");
export const notAllowed = (): Failure => fail("form", "errors.meetups.notAllowed");

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

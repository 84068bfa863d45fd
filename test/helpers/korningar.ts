/**
 * How many examples a property test generates. The full count in every ordinary jest run; in the mutation run
 * (jest.mutation.config.js sets MALKOLL_EGENSKAPSANDEL) a share of it, since each of thousands of mutants runs the
 * properties that cover it. Never below 100, so that a property still reaches its real check there (each property
 * counts that and asserts it).
 */
export function korningar(antal: number): number {
  const andel = Number(process.env.MALKOLL_EGENSKAPSANDEL ?? "1");
  if (!(andel > 0 && andel <= 1)) return antal;
  return Math.max(Math.min(antal, 100), Math.round(antal * andel));
}

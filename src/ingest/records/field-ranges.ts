// Every numeric field of the codebook declares the range of plausible values, so an
// implausible number (a population of 10^23) is an error naming that range rather than
// a figure on the site. Whole numbers must stay exact in a double: safe integers only.
import type { Field } from '../../contract/types.ts';

const NUMERIC: ReadonlySet<Field['type']> = new Set(['integer', 'latitude', 'longitude']);

/**
 * Checks the declared ranges of numeric fields.
 * @throws Error naming the field when min or max is missing, not finite, reversed, or (for
 *   integer fields) not a safe integer.
 */
export function checkFieldRanges(fields: Field[]): void {
  for (const f of fields) {
    if (!NUMERIC.has(f.type)) continue;
    const { min, max } = f;
    const whole = f.type === 'integer';
    const ok = (v: number | undefined) =>
      typeof v === 'number' && Number.isFinite(v) && (!whole || Number.isSafeInteger(v));
    if (!ok(min) || !ok(max) || min! > max!) {
      throw new Error(
        `codebook: поле "${f.id}" має оголосити правдоподібний діапазон "min" ≤ "max"${whole ? ' (цілі числа)' : ''} / ` +
          `field "${f.id}" must declare a plausible range "min" ≤ "max"${whole ? ' (safe integers)' : ''}`,
      );
    }
  }
}

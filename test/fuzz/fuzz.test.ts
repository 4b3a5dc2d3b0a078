/**
 * CI-sized fuzzing: every target of targets.ts with its bounded run count (tens of thousands of cases
 * in all). `npm run fuzz -- --seconds N` runs the same targets for longer.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TARGETS } from './targets.js';

describe('fuzz (CI-sized)', () => {
  for (const target of TARGETS) {
    it(`${target.name} (${target.ciRuns} cases)`, () => {
      fc.assert(target.property(), { numRuns: target.ciRuns });
    });
  }
});

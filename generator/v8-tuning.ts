import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for one generator run, set before the compiler and prettier load. V8 optimizes a
 * function with TurboFan once it has run a while; with the default thresholds a render spends more
 * CPU in background TurboFan compiles of TypeScript's and prettier's functions (~5 s measured on
 * Node 20) than in the render itself, and on a two-core machine those compiles take the cores the
 * render needs. Thresholds ~6x the default optimize only the really hot functions: the same
 * main-thread time, about a third less CPU in all. V8 12 (Node 22) renamed the setting, and an
 * unknown flag prints an error, so the name follows the V8 version. Used by the command (a process
 * that calls `main` keeps its own settings) and by the unit-test workers, which render many times.
 */
export function tuneForOneRun(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  // Defaults: --interrupt-budget=67584 (V8 11), --invocation-count-for-turbofan=3000 (V8 12, 13).
  if (major === 11) setFlagsFromString('--interrupt-budget=400000');
  else if (major === 12 || major === 13) setFlagsFromString('--invocation-count-for-turbofan=18000');
}

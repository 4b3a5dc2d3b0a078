import { SpecError } from '../errors.js';
import type { Origin } from '../parse/raw.js';

/** Identifier spelling, computed once here so every emitter agrees. */

const words = (specName: string): string[] => specName.split(/[-_\s.]+/).filter((w) => w.length > 0);

/** `server-properties` → `serverProperties` */
export function camelCase(specName: string): string {
  const [first = '', ...rest] = words(specName);
  return first.toLowerCase() + rest.map(capitalize).join('');
}

/** `start-ok` → `StartOk` */
export function pascalCase(specName: string): string {
  return words(specName).map(capitalize).join('');
}

/** `frame-method` → `FRAME_METHOD` */
export function constantCase(specName: string): string {
  return words(specName)
    .map((w) => w.toUpperCase())
    .join('_');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Fails when two spec names map onto one identifier, naming both elements. */
export class NameRegistry {
  private readonly seen = new Map<string, Origin>();
  constructor(private readonly what: string) {}

  claim(identifier: string, owner: Origin): string {
    const previous = this.seen.get(identifier);
    if (previous !== undefined) {
      throw new SpecError(
        `${this.what} "${identifier}" clashes with ${previous.path} (${previous.file})`,
        owner.file,
        owner.path,
      );
    }
    this.seen.set(identifier, owner);
    return identifier;
  }
}

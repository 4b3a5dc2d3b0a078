/**
 * Where the generator's spec XML comes from, and how it is read.
 *
 * The base specification is not vendored: it is the XML shipped inside the npm package
 * `amqp@0.2.7` (a devDependency), found through node's module resolution, with its version and
 * sha256 pinned here. Our own overlay (`spec/rabbitmq-extensions.xml`) lives in the repository.
 * See spec/README.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One spec XML file to feed to the generator. */
export interface SpecSource {
  /** Absolute path of the file on this machine (never written into generated output). */
  readonly path: string;
  /** Stable, machine-independent name for messages and provenance, e.g. `amqp@0.2.7/amqp-0-9-1-rabbit.xml`. */
  readonly displayName: string;
  /** Expected sha256 (lowercase hex) of the raw file bytes; checked by {@link readSpecSource} when set. */
  readonly sha256?: string;
}

/** A spec file shipped inside a pinned npm package. */
export interface PackagedSpec {
  readonly package: string;
  readonly version: string;
  readonly file: string;
  readonly sha256: string;
}

/** RabbitMQ's extended AMQP 0-9-1 XML (confirm class, exchange.bind/unbind, basic.nack, full docs). */
export const BASE_SPEC = {
  package: 'amqp',
  version: '0.2.7',
  file: 'amqp-0-9-1-rabbit.xml',
  sha256: '2157a4b1328b43f6027f95f00ef944b9fe5571985745f43fffc490dbc01589cc',
} as const satisfies PackagedSpec;

/** The plain amqp.org AMQP 0-9-1 XML from the same package (no RabbitMQ extensions). */
export const PLAIN_SPEC = {
  package: 'amqp',
  version: '0.2.7',
  file: 'amqp-0-9-1.xml',
  sha256: 'af682633d0f3b7dd889078582162db913968c0fbeb5f15f04aa3b87171e3db27',
} as const satisfies PackagedSpec;

/** Repository-relative path of our overlay adding RabbitMQ's later connection methods. */
export const OVERLAY_SPEC_PATH = 'spec/rabbitmq-extensions.xml';

/** A spec input could not be found, read, or failed its pinned version/hash check. */
export class SpecSourceError extends Error {
  /** The file (or package) concerned. */
  readonly file: string;

  constructor(message: string, file: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpecSourceError';
    this.file = file;
  }
}

/** Repository root: this module lives in `<root>/generator/`. */
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Locates a spec file inside its installed npm package, checking that the installed package
 * is the pinned version. The hash is checked later, by {@link readSpecSource}.
 */
export function resolvePackagedSpec(spec: PackagedSpec): SpecSource {
  const require = createRequire(import.meta.url);
  const pkgName = spec.package;
  let pkgJsonPath: string;
  try {
    // `amqp` has no `exports` map, so its package.json is resolvable directly.
    pkgJsonPath = require.resolve(`${pkgName}/package.json`);
  } catch (cause) {
    throw new SpecSourceError(
      `cannot find the npm package '${pkgName}' (needed for ${spec.file}); install the pinned devDependency ${pkgName}@${spec.version} with 'npm ci'`,
      pkgName,
      { cause },
    );
  }

  let installed: unknown;
  try {
    installed = (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version?: unknown }).version;
  } catch (cause) {
    throw new SpecSourceError(`cannot read ${pkgJsonPath}`, pkgJsonPath, { cause });
  }
  if (installed !== spec.version) {
    throw new SpecSourceError(
      `installed ${pkgName} is version ${String(installed)}, but the spec is pinned to ${pkgName}@${spec.version} (${pkgJsonPath}); run 'npm ci'`,
      pkgJsonPath,
    );
  }

  return {
    path: join(dirname(pkgJsonPath), spec.file),
    displayName: `${pkgName}@${spec.version}/${spec.file}`,
    sha256: spec.sha256,
  };
}

/** This generator's own package name and version, for naming the inputs it ships. */
function generatorPackage(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
}

/**
 * The generator's default inputs, in merge order: the RabbitMQ base XML, then our overlay. Both are
 * named by package@version in provenance, so output does not depend on where they are installed.
 */
export function defaultSpecSources(): SpecSource[] {
  const self = generatorPackage();
  return [
    resolvePackagedSpec(BASE_SPEC),
    { path: join(REPO_ROOT, OVERLAY_SPEC_PATH), displayName: `${self.name}@${self.version}/${OVERLAY_SPEC_PATH}` },
  ];
}

/**
 * A spec file given by a user: its path resolves against `cwd` (the caller's directory), and it is
 * named by file name only (an absolute path would make the output depend on the machine).
 */
export function userSpecSource(path: string, cwd: string): SpecSource {
  return { path: resolve(cwd, path), displayName: basename(path) };
}

/**
 * Reads a spec file as UTF-8 text (a leading BOM is dropped; line endings are left as they are).
 * When `src.sha256` is set, the raw bytes must hash to it.
 */
export function readSpecSource(src: SpecSource): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(src.path);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new SpecSourceError(`cannot read spec file ${src.displayName} (${src.path}): ${reason}`, src.path, {
      cause,
    });
  }

  if (src.sha256 !== undefined) {
    const expected = src.sha256.toLowerCase();
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected) {
      throw new SpecSourceError(
        `spec file ${src.displayName} (${src.path}) does not match its pinned sha256: expected ${expected}, got ${actual}`,
        src.path,
      );
    }
  }

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new SpecSourceError(`spec file ${src.displayName} (${src.path}) is not valid UTF-8`, src.path, { cause });
  }
}

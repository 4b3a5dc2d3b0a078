import type { OutputFiles } from './emit/emit.js';

/** The output package's npm identity, chosen with --name / --version. */
export interface PackageIdentity {
  readonly name?: string;
  readonly version?: string;
}

/** npm's rules for a package name (lowercase, URL-safe, optional @scope/), kept simple. */
const NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** semver 2.0 version (no leading v). */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export class PackageOptionError extends Error {
  override readonly name = 'PackageOptionError';
}

/** Checks --name / --version before any work is done. */
export function checkIdentity(identity: PackageIdentity): void {
  if (identity.name !== undefined && (identity.name.length > 214 || !NAME.test(identity.name)))
    throw new PackageOptionError(
      `--name "${identity.name}" is not a valid npm package name (e.g. my-amqp or @me/amqp)`,
    );
  if (identity.version !== undefined && !VERSION.test(identity.version))
    throw new PackageOptionError(`--version "${identity.version}" is not a semver version (e.g. 1.2.3)`);
}

/** Sets name and version in the template's package.json and the README title; other files untouched. */
export function applyIdentity(files: OutputFiles, identity: PackageIdentity): void {
  if (identity.name === undefined && identity.version === undefined) return;
  const pkg = JSON.parse(files.get('package.json') ?? '{}') as Record<string, unknown>;
  const previousName = pkg.name;
  if (identity.name !== undefined) pkg.name = identity.name;
  if (identity.version !== undefined) pkg.version = identity.version;
  files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  const readme = files.get('README.md');
  if (readme !== undefined && identity.name !== undefined && typeof previousName === 'string')
    files.set('README.md', readme.replace(`# ${previousName}\n`, `# ${identity.name}\n`));
}

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { check, generate, REPO_ROOT } from './run.js';
import { defaultSpecSources, userSpecSource, type SpecSource } from './spec-sources.js';
import { tuneForOneRun } from './v8-tuning.js';

const USAGE = `usage: amqp-codegen [--spec FILE]... [--no-default-spec] [--out DIR] [options]
  (in this repository: npm run generate -- [options])

  --spec FILE         a spec input, XML or rabbitmq-codegen JSON (detected by content); repeatable.
                      Added after the pinned default spec (amqp@0.2.7's RabbitMQ XML + this package's
                      spec/rabbitmq-extensions.xml), merged in order. Paths resolve against the
                      current directory.
  --no-default-spec   use only the --spec files given
  --out DIR           output package directory (default: generated/ in this repository, else ./amqp-protocol)
  --name NAME         npm name of the output package (default: @amqp-codegen/protocol)
  --version VERSION   its version (default: 0.1.0)
  --classes A,B,...   emit only these classes (e.g. connection,channel,basic)
  --force             replace DIR even if it holds files the generator did not write
  --check             write nothing; exit 1 and list stale files when DIR differs from the output
  --no-cache          render even when DIR's manifest says it was made from the same inputs
  --help              this text

exit status: 0 done, 1 --check found differences, 2 error (bad input, or DIR in the way: nothing written)`;

export interface CliIo {
  readonly cwd: string;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

const processIo: CliIo = { cwd: process.cwd(), log: console.log, error: console.error };

/** argv → run; returns the exit status. Prints only through `io`. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      spec: { type: 'string', multiple: true },
      'no-default-spec': { type: 'boolean', default: false },
      out: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
      classes: { type: 'string' },
      force: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  const userSpecs = (values.spec ?? []).map((path) => userSpecSource(path, io.cwd));
  if (values['no-default-spec'] && userSpecs.length === 0) {
    io.error('--no-default-spec needs at least one --spec FILE');
    return 2;
  }
  const specs: SpecSource[] = [...(values['no-default-spec'] ? [] : defaultSpecSources()), ...userSpecs];
  const outDir = values.out !== undefined ? resolve(io.cwd, values.out) : defaultOutDir(io.cwd);
  const classes = values.classes
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const options = {
    specs,
    outDir,
    name: values.name,
    version: values.version,
    classes,
    force: values.force,
    noCache: values['no-cache'],
  };
  if (values.check) {
    const stale = await check(options);
    if (stale.length === 0) {
      io.log(`${outDir} is up to date.`);
      return 0;
    }
    io.error(`${outDir} is not what the generator produces (${stale.length} files):`);
    for (const path of stale) io.error(`  ${path}`);
    io.error('Run `npm run generate` and commit the result.');
    return 1;
  }
  const count = await generate(options);
  const from = specs.map((s) => s.displayName).join(', ');
  io.log(
    count === 0 ? `${outDir} is up to date (same inputs: ${from}).` : `Wrote ${count} files to ${outDir} from ${from}.`,
  );
  return 0;
}

/** Inside this repository (its own scripts) the output is generated/; elsewhere a new directory here. */
function defaultOutDir(cwd: string): string {
  return resolve(cwd) === resolve(REPO_ROOT) ? resolve(REPO_ROOT, 'generated') : resolve(cwd, 'amqp-protocol');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  tuneForOneRun();
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check, generate, REPO_ROOT } from './run.js';
import { defaultSpecSources, type SpecSource } from './spec-sources.js';

/** argv → run. The only place that prints or exits. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', multiple: true },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run generate [-- --spec a.xml --spec b.xml] [--out DIR] [--check]\n' +
        '  --spec FILE  spec XML inputs, merged in order (default: amqp@0.2.7 RabbitMQ XML + spec/rabbitmq-extensions.xml)\n' +
        '  --out DIR    output package directory (default: generated/)\n' +
        '  --check      write nothing; exit 1 and list stale files when DIR differs from the output',
    );
    return 0;
  }
  const specs: SpecSource[] = values.spec?.length
    ? values.spec.map((path) => ({ path: resolve(path), displayName: path }))
    : defaultSpecSources();
  const outDir = resolve(values.out ?? resolve(REPO_ROOT, 'generated'));
  const options = { specs, outDir };
  if (values.check) {
    const stale = await check(options);
    if (stale.length === 0) {
      console.log(`${outDir} is up to date.`);
      return 0;
    }
    console.error(`${outDir} is not what the generator produces (${stale.length} files):`);
    for (const path of stale) console.error(`  ${path}`);
    console.error('Run `npm run generate` and commit the result.');
    return 1;
  }
  const count = await generate(options);
  console.log(`Wrote ${count} files to ${outDir} from ${specs.map((s) => s.displayName).join(', ')}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exit(2);
  },
);

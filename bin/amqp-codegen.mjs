#!/usr/bin/env node
// The `amqp-codegen` command: runs the generator's TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main, tuneForOneRun } = await import('../generator/cli.ts');
tuneForOneRun(); // one run of a short-lived command: fewer background JIT compiles (see cli.ts)
process.exitCode = await main(process.argv.slice(2));

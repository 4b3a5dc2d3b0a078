#!/usr/bin/env node
// The `amqp-codegen` command: runs the generator's TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { tuneForOneRun } = await import('../generator/v8-tuning.ts');
tuneForOneRun(); // one run of a short-lived command: fewer background JIT compiles
const { main } = await import('../generator/cli.ts');
process.exitCode = await main(process.argv.slice(2));

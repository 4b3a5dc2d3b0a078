/** Unit-test setup: each worker runs many short renders, as the generator command does (see cli.ts). */
import { tuneForOneRun } from '../../generator/cli.js';

tuneForOneRun();

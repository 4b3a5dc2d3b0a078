/** Unit-test setup: each worker runs many short renders, as the generator command does (see generator/v8-tuning.ts). */
import { tuneForOneRun } from '../../generator/v8-tuning.js';

tuneForOneRun();

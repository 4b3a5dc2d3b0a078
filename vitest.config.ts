import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core (Vitest's default leaves a core to itself: a single worker on two cores).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/interop/**', 'test/e2e/**'],
          // The unit tests keep no global state between files, so a worker need not reload every module.
          isolate: false,
          // Short-lived workers: the generator's V8 setting for one run (fewer background JIT compiles).
          setupFiles: ['test/helpers/tune-v8.ts'],
        },
      },
      {
        // The generator as a user gets it: the packed package run with npx (npm pack, an install, a render
        // in a child process: about 20 s). Kept out of the unit tests' time; `npm test` runs it.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
        },
      },
      {
        // Against a real RabbitMQ: the global setup starts one (scripts/rabbitmq.sh) unless AMQP_URL is
        // set, and nothing runs against a broker when SKIP_RABBITMQ_TESTS=1. Files run one at a time:
        // some tests raise broker-wide alarms or close connections with rabbitmqctl.
        extends: true,
        test: {
          name: 'interop',
          include: ['test/interop/**/*.test.ts'],
          globalSetup: ['test/interop/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});

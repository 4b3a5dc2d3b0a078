import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/interop/**'],
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

import { defineConfig } from 'vitest/config';

// Two projects: `unit` (lib and the analyze command, plus the corpus sweep) runs in Node (the
// popup's component tests, tests/unit/components/*.test.tsx, pick happy-dom per file);
// `browser` drives real browsers against the built extension, so it runs after `npm run build`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

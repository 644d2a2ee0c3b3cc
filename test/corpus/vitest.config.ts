import { defineConfig } from 'vitest/config';

// The corpus suite reads ../shared/corpus (real mailing-list data kept beside the checkout).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120000,
    // Some suites read a whole kernel tree or archive once, before their tests.
    hookTimeout: 120000,
    pool: 'forks',
  },
});

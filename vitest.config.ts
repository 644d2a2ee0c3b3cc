import { defineConfig } from 'vitest/config';

// Unit and end-to-end tests: must pass without ../shared/ (the corpus suite has its own config).
export default defineConfig({
  test: {
    include: ['{core,ingest,knowledge,review,web,cli,test}/**/*.test.ts'],
    exclude: ['test/corpus/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30000,
    pool: 'forks',
  },
});

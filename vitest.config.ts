import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI reads the locale; tests pin it so that messages are stable.
    env: { LANG: 'C', NO_COLOR: '1' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/setup.ts'],
    // Plain frames: colour codes would make every frame assertion about escape sequences.
    env: { FORCE_COLOR: '0' },
    testTimeout: 20_000,
  },
});

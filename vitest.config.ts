import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Ink reads CI at import time (DESIGN.md §7); tests render through ink-testing-library, which
    // does not care, but a stray CI=true must not change what the app under test decides to draw.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    testTimeout: 20_000,
  },
});

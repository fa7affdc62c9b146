import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letInkDraw } from '../../src/tui.js';

// CI=true makes Ink write no frame until exit; the app makes the same call before loading Ink, so
// component tests see frames exactly as a user's terminal would, with CI set or not.
letInkDraw(process.env);

// Keys are written inside act() (test/support/ink.ts), as React expects of a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Tests never touch the user's cache (docs/DESIGN.md §7): each run gets its own.
process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'newsx-cache-'));

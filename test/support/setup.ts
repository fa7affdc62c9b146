import { letInkDraw } from '../../src/tui.js';

// CI=true makes Ink write no frame until exit; the app makes the same call before loading Ink, so
// component tests see frames exactly as a user's terminal would, with CI set or not.
letInkDraw(process.env);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

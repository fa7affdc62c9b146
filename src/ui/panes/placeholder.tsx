import { Text } from 'ink';
import { emptyContext, type Pane } from './pane.js';

/** A pane not built yet says so in one line. */
export function placeholderPane(what: string): Pane {
  return () => ({ element: <Text dimColor>{what} is not built yet.</Text>, context: emptyContext, status: '' });
}

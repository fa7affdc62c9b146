import type { CommandId } from '../keys/commands.js';
import type { MouseReport } from '../keys/mouse.js';
import { resolveKey } from '../keys/resolve.js';
import { tabAt } from './components/PaneBar.js';
import { paneBox, showsFilterLine } from './models/index.js';
import type { AppState } from '../state/app-state.js';
import { scopesOf } from '../state/focus.js';
import { reduce, type Action } from '../state/reducer.js';
import { emptyContext } from '../state/view-context.js';
import { tooSmall, type PaneModels } from './models/index.js';
import { focusOf, isListView } from '../state/focus.js';

/** A key press, resolved against the state when the reducer takes it; `replay`: one typed while the corpus loaded; a mouse report. */
export type KeyAction = { type: 'key'; name: string } | { type: 'replay'; name: string } | { type: 'mouse'; report: MouseReport };

/** Lines the wheel scrolls per notch. */
const WHEEL_STEP = 3;

/** The command a key runs in a state; in a too-small terminal only quitting works. */
export function commandForKey(state: AppState, name: string): CommandId | null {
  if (tooSmall(state)) return name === 'q' || name === 'ctrl+c' ? 'app.quit' : null;
  return resolveKey(scopesOf(state), name)?.command ?? null;
}

/** Commands that read the view (rows, lines, links): only these make the focused model. */
const READS_VIEW = new Set<CommandId>([
  'move.up', 'move.down', 'move.pageUp', 'move.pageDown', 'move.top', 'move.bottom', 'open', 'compare.mark', 'compare.run',
  'actor.chronology', 'search.next', 'search.previous', 'reader.nextRemoval', 'reader.previousRemoval', 'copy.selection', 'copy.all', 'copy.toFile',
]);

/** The text a key types into the line being edited, or null when it is not text. */
function typedText(state: AppState, name: string): string | null {
  if (!state.editing) return null;
  if (name === 'space') return ' ';
  return [...name].length === 1 && name >= ' ' ? name : null;
}

/**
 * The app's reducer over keys and actions: keys are resolved inside it, against the state they arrive
 * in, so a burst of keys (fast typing, a paste) never reads a frame that has not been drawn yet. Pure:
 * the models are a memo over pure functions, so the same state and action give the same next state.
 */
export function appReducer(models: PaneModels) {
  const runKey = (current: AppState, name: string): AppState => {
    const command = commandForKey(current, name);
    if (command) return reduce(current, { type: 'command', command, view: READS_VIEW.has(command) ? models.context(current) : emptyContext });
    const text = typedText(current, name);
    return text === null ? current : reduce(current, { type: 'type', text });
  };
  const command = (current: AppState, id: CommandId) => reduce(current, { type: 'command', command: id, view: models.context(current) });
  // The wheel scrolls what is in focus; a click on a tab goes to that pane, on a list row selects it.
  const mouse = (current: AppState, report: MouseReport): AppState => {
    if (tooSmall(current) || current.editing) return current;
    if (report.kind === 'wheelUp' || report.kind === 'wheelDown') {
      let next = current;
      for (let i = 0; i < WHEEL_STEP; i++) next = command(next, report.kind === 'wheelUp' ? 'move.up' : 'move.down');
      return next;
    }
    if (report.kind !== 'press' || report.button !== 0) return current;
    if (report.y === 0) {
      const pane = tabAt(report.x, current.pane, current.size.columns);
      return pane ? { ...current, pane, overlay: null, history: [] } : current;
    }
    const focus = focusOf(current);
    if (!isListView(focus)) return current;
    const model = models.pane(current);
    if (!('list' in model)) return current;
    const { list } = model;
    const row = report.y - 1 - (showsFilterLine(current) ? 1 : 0) - (list.banner ? 1 : 0) - (list.header ? 1 : 0);
    const id = row >= 0 && row < paneBox(current).height ? list.visible[row]?.id : null;
    return id ? reduce(current, { type: 'select', pane: current.pane, id }) : current;
  };
  return (current: AppState, action: Action | KeyAction): AppState => {
    if (action.type === 'key' || action.type === 'replay') return runKey(current, action.name);
    if (action.type === 'mouse') return mouse(current, action.report);
    return reduce(current, action);
  };
}

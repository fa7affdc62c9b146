import type { Corpus } from '../../core/types.js';
import type { AppState } from '../../state/app-state.js';
import { viewOf, viewScopes } from '../../state/focus.js';
import { emptyContext, type ViewContext } from '../../state/view-context.js';
import type { CorpusIndex } from '../corpus-index.js';
import { Memo } from '../memo.js';
import { actorsModel } from './actors.js';
import { articlesModel } from './articles.js';
import { chronologyModel } from './chronology.js';
import { comparisonModel } from './comparison.js';
import { filterLines, helpLines, warningLines } from './overlay.js';
import { pairsModel } from './pairs.js';
import { readerModel } from './reader.js';
import { scrollModel } from './scroll.js';
import type { Box, ModelInput, OverlayModel, PaneModel } from './types.js';

/** The smallest terminal newsx draws its panes in. */
export const MIN_SIZE = { columns: 40, rows: 10 } as const;

/** True when the terminal is below the smallest size newsx draws in. */
export function tooSmall(state: AppState): boolean {
  return state.size.columns < MIN_SIZE.columns || state.size.rows < MIN_SIZE.rows;
}

/** True when the filter line shows: typing, or a kept filter or search on the view in focus. */
export function showsFilterLine(state: AppState): boolean {
  if (state.editing !== null) return true;
  if (state.overlay) return state.overlay.filter !== '';
  const view = viewOf(state);
  if (view === 'reader') return state.reader!.search !== '';
  return state.lists[state.pane].filter !== '' && (view === 'articles' || view === 'actors' || view === 'chronology' || view === 'pairs');
}

/** The pane's box: the terminal less the pane bar, the status bar, the filter line and one spare row. */
export function paneBox(state: AppState): Box {
  const filterRow = showsFilterLine(state) ? 1 : 0;
  return { width: state.size.columns, height: Math.max(1, state.size.rows - 1 - 2 - filterRow) };
}

const MODELS = {
  articles: articlesModel, reader: readerModel, actors: actorsModel, actorDetail: actorsModel,
  chronology: chronologyModel, chronologyDetail: chronologyModel, pairs: pairsModel, comparison: comparisonModel,
} as const;

/**
 * The pane models of one corpus: the reducer asks them for the focused view's context, and the App
 * draws the same model. Each is a pure function of (corpus, index, state, box), kept in the one memo
 * under the state slices it reads, so a key that changes nothing a pane shows costs nothing.
 */
export class PaneModels {
  readonly memo = new Memo();

  constructor(readonly corpus: Corpus, readonly index: CorpusIndex) {}

  /** What the pane in view shows. */
  pane(state: AppState): PaneModel {
    const box = paneBox(state);
    const view = viewOf(state);
    const slices = [view, state.lists[state.pane], state.reader, state.actorDetail, state.chronologyDetail, state.chronologyActor,
      state.compare, state.marked, state.similarity, box.width, box.height];
    const input: ModelInput = { corpus: this.corpus, index: this.index, state, box, memo: this.memo };
    return this.memo.get('pane', slices, () => MODELS[view](input), 2);
  }

  /** The overlay as it shows, or null. */
  overlay(state: AppState): OverlayModel | null {
    const overlay = state.overlay;
    if (!overlay) return null;
    const scopes = viewScopes(state);
    const all = overlay.kind === 'help'
      ? this.memo.get('help', [scopes], () => helpLines(scopes), 4)
      : this.memo.get('warnings', [this.corpus], () => warningLines(this.corpus));
    const lines = this.memo.get('overlayLines', [all, overlay.filter], () => filterLines(all, overlay.filter), 2);
    // The box's border takes two rows and the title one.
    const box = paneBox(state);
    return { title: overlay.kind === 'help' ? 'Keys' : 'Warnings', scroll: scrollModel(lines, Math.max(1, box.height - 3), overlay.top), filter: overlay.filter };
  }

  /** What the focused view offers the reducer, from the same models the App draws. */
  context(state: AppState): ViewContext {
    if (tooSmall(state)) return emptyContext;
    const overlay = this.overlay(state);
    if (overlay) return { ...emptyContext, lineCount: overlay.scroll.lines.length, pageSize: overlay.scroll.height, position: overlay.scroll.top };
    return this.pane(state).context;
  }
}

import { describe, expect, it } from 'vitest';
import type { CommandId } from '../../src/keys/commands.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { focusOf } from '../../src/state/focus.js';
import { reduce } from '../../src/state/reducer.js';
import { type ViewContext } from '../../src/state/view-context.js';

const size = { columns: 100, rows: 30 };
const view = (patch: Partial<ViewContext> = {}, state?: AppState): ViewContext => {
  const rowIds = patch.rowIds ?? ['a', 'b', 'c', 'd'];
  // As the list model does: the selection, or the first row when it is filtered out.
  const selected = state?.lists[state.pane].selectedId ?? null;
  const at = selected === null ? -1 : rowIds.indexOf(selected);
  const selectedIndex = rowIds.length ? Math.max(0, at) : -1;
  return {
    rowIds, selectedId: selectedIndex === -1 ? null : rowIds[selectedIndex]!, selectedIndex, pageSize: 2, lineCount: 40, marks: [], removals: [],
    closestTo: () => null, linkAt: () => null, cite: () => null, ...patch,
  };
};
const run = (state: AppState, command: CommandId, patch: Partial<ViewContext> = {}) => reduce(state, { type: 'command', command, view: view(patch, state) });
const start = () => initialState(size, { articles: 'a' });

describe('reducer: lists', () => {
  it.each([
    ['move.down', 'a', 'b'],
    ['move.up', 'a', 'a'],
    ['move.bottom', 'a', 'd'],
    ['move.pageDown', 'a', 'c'],
    ['move.top', 'd', 'a'],
    ['move.down', 'd', 'd'],
  ] as const)('%s from %s selects %s', (command, from, to) => {
    const state = reduce(start(), { type: 'select', pane: 'articles', id: from });
    expect(run(state, command).lists.articles.selectedId).toBe(to);
  });

  it('keeps the selection when the filter narrows and restores it when the filter clears', () => {
    let state = run(reduce(start(), { type: 'select', pane: 'articles', id: 'c' }), 'filter.start');
    state = reduce(state, { type: 'filterText', text: 'x' });
    // The filtered list no longer holds 'c': moving starts from its first row, and the id is only replaced by a move.
    expect(state.lists.articles.selectedId).toBe('c');
    state = run(state, 'filter.cancel');
    expect(state.lists.articles).toEqual({ selectedId: 'c', filter: '' });
    expect(state.editing).toBeNull();
  });

  it('Enter in the filter keeps it and returns to the list; Esc in the list clears it', () => {
    let state = reduce(run(start(), 'filter.start'), { type: 'filterText', text: 'press tv' });
    state = run(state, 'filter.accept');
    expect(focusOf(state)).toBe('articles');
    expect(state.lists.articles.filter).toBe('press tv');
    expect(run(state, 'back').lists.articles.filter).toBe('');
  });
});

describe('reducer: reader, overlays, panes', () => {
  it('opens the selected article and goes back with Esc', () => {
    const open = run(start(), 'open');
    expect(open.reader?.articleId).toBe('a');
    expect(focusOf(open)).toBe('reader');
    expect(run(open, 'back').reader).toBeNull();
  });

  it('opens the first visible row when the selection is filtered out', () => {
    const state = reduce(start(), { type: 'select', pane: 'articles', id: 'zzz' });
    expect(run(state, 'open').reader?.articleId).toBe('a');
  });

  it('toggles raw text and scrolls within the text', () => {
    let state = run(run(start(), 'open'), 'reader.raw');
    expect(state.reader?.raw).toBe(true);
    state = run(state, 'move.bottom', { lineCount: 40, pageSize: 10 });
    expect(state.reader?.top).toBe(30);
  });

  it('steps through search matches with n and N, wrapping', () => {
    let state = run(start(), 'open');
    state = run(state, 'search.next', { marks: [5, 9] });
    expect(state.reader?.match).toBe(1);
    state = run(state, 'search.next', { marks: [5, 9] });
    expect(state.reader?.match).toBe(0);
    expect(run(state, 'search.previous', { marks: [5, 9] }).reader?.match).toBe(1);
  });

  it('opens help over everything and closes it with back', () => {
    const help = run(run(start(), 'open'), 'help.toggle');
    expect(focusOf(help)).toBe('overlay');
    const closed = run(help, 'back');
    expect(closed.overlay).toBeNull();
    expect(closed.reader).not.toBeNull();
  });

  it.each([
    ['pane.next', 'actors'],
    ['pane.previous', 'compare'],
    ['pane.chronology', 'chronology'],
  ] as const)('%s goes to %s', (command, pane) => {
    expect(run(start(), command).pane).toBe(pane);
  });

  it('quits', () => {
    expect(run(start(), 'app.quit').quit).toBe(true);
  });
});

describe('reducer: comparison', () => {
  it('compares the two marked articles', () => {
    let state = run(start(), 'compare.mark');
    state = run(reduce(state, { type: 'select', pane: 'articles', id: 'c' }), 'compare.mark');
    expect(state.marked).toEqual(['a', 'c']);
    state = run(state, 'compare.run');
    expect(state.pane).toBe('compare');
    expect(state.compare).toMatchObject({ a: 'a', b: 'c' });
  });

  it('compares the selection with its closest version when nothing is marked', () => {
    const state = run(start(), 'compare.run', { closestTo: (id) => (id === 'a' ? { id: 'b', sameStory: true } : null) });
    expect(state.compare).toMatchObject({ a: 'a', b: 'b' });
  });

  it('says so when the closest article is of another story', () => {
    const state = run(start(), 'compare.run', { closestTo: () => ({ id: 'b', sameStory: false }) });
    expect(state.compare).toMatchObject({ a: 'a', b: 'b', otherStory: true });
    expect(state.message).toMatch(/another story/);
  });

  it('says so when there is nothing to compare with', () => {
    const state = run(start(), 'compare.run');
    expect(state.compare).toBeNull();
    expect(state.message).toMatch(/mark two/i);
  });

  it('Space marks and moves down, so a run of Spaces marks a run of articles', () => {
    const state = run(run(start(), 'compare.mark'), 'compare.mark');
    expect(state.marked).toEqual(['a', 'b']);
    expect(state.lists.articles.selectedId).toBe('c');
  });

  it('unmarks a marked article', () => {
    const once = run(start(), 'compare.mark');
    const back = run(reduce(once, { type: 'select', pane: 'articles', id: 'a' }), 'compare.mark');
    expect(back.marked).toEqual([]);
  });
});

describe('reducer: cross-links', () => {
  it('returns to the pane a reader was opened from', () => {
    let state = run(start(), 'pane.actors');
    state = { ...state, actorDetail: { id: 'someone', row: 2 } };
    state = run(state, 'open', { linkAt: () => ({ kind: 'article', articleId: 'b', paragraph: 3 }) });
    expect(state.pane).toBe('articles');
    expect(state.reader).toMatchObject({ articleId: 'b', focusParagraph: 3 });
    state = run(state, 'back');
    expect(state.pane).toBe('actors');
    expect(state.actorDetail).toEqual({ id: 'someone', row: 2 });
    expect(state.reader).toBeNull();
  });

  it('a reader opened from the Articles list goes back to the list', () => {
    const state = run(run(start(), 'open'), 'back');
    expect(state.pane).toBe('articles');
    expect(state.reader).toBeNull();
  });
});

describe('reducer: back goes where you came from', () => {
  it('returns from a comparison to the reader it was started from, at the same line', () => {
    let state = run(start(), 'open');
    state = run(state, 'move.pageDown', { lineCount: 40, pageSize: 10 });
    const reader = state.reader;
    state = run(state, 'compare.run', { closestTo: () => ({ id: 'b', sameStory: true }) });
    expect(state.pane).toBe('compare');
    state = run(state, 'back');
    expect(state.pane).toBe('articles');
    expect(state.reader).toEqual(reader);
  });

  it('returns from t (an actor chronology) to the actor list, and from a detail link to the detail', () => {
    let state = run(start(), 'pane.actors');
    state = reduce(state, { type: 'select', pane: 'actors', id: 'b' });
    state = run(state, 'actor.chronology', { rowIds: ['b'] });
    expect(state).toMatchObject({ pane: 'chronology', chronologyActor: 'b' });
    state = run(state, 'back');
    expect(state).toMatchObject({ pane: 'actors', chronologyActor: null });
  });

  it('Enter on a compare row opens that sentence in the reader; Esc comes back to the row', () => {
    let state: AppState = { ...run(start(), 'pane.compare'), compare: { a: 'a', b: 'b', differencesOnly: false, row: 4 } };
    state = run(state, 'open', { linkAt: (row) => ({ kind: 'article', articleId: 'b', paragraph: row }) });
    expect(state.reader).toMatchObject({ articleId: 'b', focusParagraph: 4 });
    state = run(state, 'back');
    expect(state.compare).toMatchObject({ row: 4 });
    expect(state.pane).toBe('compare');
  });
});

describe('reducer: purity', () => {
  it('gives deep-equal results for the same state and action, and never changes its input', () => {
    let state = run(start(), 'open');
    state = run(state, 'compare.run', { closestTo: () => ({ id: 'b', sameStory: true }) });
    const commands: CommandId[] = ['move.down', 'open', 'back', 'search.next', 'compare.differencesOnly', 'help.toggle', 'filter.start', 'edit.deleteWord'];
    for (const command of commands) {
      const frozen = structuredClone(state);
      const first = run(state, command, { marks: [1, 3], linkAt: () => ({ kind: 'actor', actorId: 'x' }) });
      const second = run(state, command, { marks: [1, 3], linkAt: () => ({ kind: 'actor', actorId: 'x' }) });
      expect(second).toEqual(first);
      expect(state).toEqual(frozen);
      state = first;
    }
  });
});

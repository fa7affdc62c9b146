import { describe, expect, it } from 'vitest';
import { keymap } from '../../src/keys/keymap.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { focusOf } from '../../src/state/focus.js';
import { editedText } from '../../src/state/reducer.js';
import { CorpusIndex } from '../../src/ui/corpus-index.js';
import { appReducer } from '../../src/ui/layout.js';
import { PaneModels } from '../../src/ui/models/index.js';
import { sampleCorpus } from '../support/corpus.js';
import { pick, seededRandom } from '../support/random.js';

const KEYS = [...new Set(Object.values(keymap).flatMap((bindings) => bindings.flatMap((b) => b.keys)))].filter((k) => k !== 'ctrl+c' && k !== 'q');
const TEXT = ['a', 'e', 'r', ' ', 'x', "'", '!', '^', '$', 'text:', '/', '1'];

// Thousands of seeded random steps through the real reducer and the panes' view contexts: whatever
// the keys, the state stays coherent. A failing seed is printed and reproduces exactly.
describe('state under random keys', () => {
  it.each([1, 2, 3, 4, 5])('keeps its invariants (seed %i)', (seed) => {
    const corpus = sampleCorpus();
    const index = new CorpusIndex(corpus);
    const models = new PaneModels(corpus, index);
    const reduce = appReducer(models);
    const random = seededRandom(seed);
    let state: AppState = initialState({ columns: 100, rows: 30 });
    let typed = '';
    for (let step = 0; step < 2000; step++) {
      const before = state;
      if (state.editing && random() < 0.5) {
        typed += pick(random, TEXT);
        state = reduce(state, { type: 'filterText', text: typed });
      } else if (random() < 0.03) {
        state = reduce(state, { type: 'resize', columns: 20 + Math.floor(random() * 150), rows: 5 + Math.floor(random() * 60) });
      } else {
        state = reduce(state, { type: 'key', name: pick(random, KEYS) });
        // Keys edit the line too now (readline keys, letters typed): follow what they made.
        if (state.editing) typed = editedText(state);
      }
      if (state.editing) expect(state.cursor, `cursor at seed ${seed}, step ${step}`).toBeLessThanOrEqual(editedText(state).length);
      if (!before.editing && state.editing) typed = editedText(state);
      const where = `seed ${seed}, step ${step}`;
      if (state.editing === 'reader') expect(state.reader?.search, where).toBe(typed);
      else if (state.editing === 'overlay') expect(state.overlay?.filter, where).toBe(typed);
      else if (state.editing) expect(state.lists[state.editing].filter, where).toBe(typed);
      const view = models.context(state);
      const focus = focusOf(state);
      if (['articles', 'actors', 'chronology', 'pairs'].includes(focus)) {
        const selected = state.lists[state.pane].selectedId;
        if (selected !== null && view.rowIds.length > 0 && state.lists[state.pane].filter === '') {
          expect(index.articleById.has(selected) || index.actorById.has(selected) || index.entryById.has(selected) || index.pairById.has(selected), where).toBe(true);
        }
      }
      if (state.reader) {
        expect(index.articleById.has(state.reader.articleId), where).toBe(true);
        expect(state.reader.top, where).toBeGreaterThanOrEqual(0);
      }
      expect(state.marked.length, where).toBeLessThanOrEqual(2);
      expect(state.quit, where).toBe(false);
    }
  });
});

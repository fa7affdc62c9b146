import type { Span } from '../../core/search/match.js';
import type { Actor, Article, ChronologyEntry, Corpus } from '../../core/types.js';
import type { AppState } from '../../state/app-state.js';
import type { ViewContext } from '../../state/view-context.js';
import type { ActorDetailLine } from '../actor-detail-layout.js';
import type { ComparePair } from '../compare-pairs.js';
import type { CompareLine } from '../compare/row-layout.js';
import type { Span as StyledSpan } from '../compare/spans.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Memo } from '../memo.js';
import type { NameSpan } from '../name-spans.js';
import type { ChronologyDetailLine } from '../panes/chronology-detail-lines.js';
import type { ChronologyRow } from '../panes/chronology-rows.js';
import type { ReaderLine } from '../reader-lines.js';
import type { ListModel } from './list.js';
import type { ScrollModel } from './scroll.js';

/** The cells a pane may draw in. */
export interface Box {
  width: number;
  height: number;
}

/** What every pane model is made from. */
export interface ModelInput {
  corpus: Corpus;
  index: CorpusIndex;
  state: AppState;
  box: Box;
  memo: Memo;
}

/** What every model gives: what the keys act on and what the status bar says. */
interface Common {
  context: ViewContext;
  /** "12/83 articles · 2 marked", or a position such as "line 12-30 of 80". */
  status: string;
}

/** An article's row. */
export interface ArticleRow { article: Article; marked: boolean; match: string | null }
/** An actor's row. */
export interface ActorRow { actor: Actor; name: string; outlets: readonly string[] }
/** A pair's row: its similarity once measured. */
export interface PairRow { pair: ComparePair; similarity: number | null }

/** What a pane shows for a state and box: one of these, drawn by the view of the same name. */
export type PaneModel = Common & (
  | { view: 'articles'; list: ListModel<ArticleRow>; words: string[]; bodyWords: string[]; columns: { outlet: number; title: number } }
  | { view: 'actors'; list: ListModel<ActorRow>; words: string[]; columns: { name: number; outletNames: number } }
  | { view: 'chronology'; list: ListModel<ChronologyRow>; look: { text: number; meta: number; words: string[]; outletWords: string[] } }
  | { view: 'pairs'; list: ListModel<PairRow>; words: string[]; columns: { date: number; outlet: number; title: number }; unmeasured: readonly string[] }
  | { view: 'reader'; scroll: ScrollModel<ReaderLine>; words: string[]; names: ReadonlyMap<number, NameSpan[]>; current: number | null; focusParagraph: number | null; landed: number | null }
  | { view: 'actorDetail'; scroll: ScrollModel<ActorDetailLine>; selectedRow: number }
  | { view: 'chronologyDetail'; scroll: ScrollModel<ChronologyDetailLine>; selectedRow: number }
  | { view: 'comparison'; scroll: ScrollModel<CompareLine>; selectedRow: number; top: StyledSpan[][]; empty: string | null }
  | { view: 'message'; text: string }
);

/** One line of an overlay. */
export interface OverlayLine {
  text: string;
  tone?: 'heading' | 'muted' | 'warning' | 'normal';
}

/** An overlay (help, warnings) as it shows. */
export interface OverlayModel {
  title: string;
  scroll: ScrollModel<OverlayLine>;
  filter: string;
}

export type { Span, ChronologyEntry };

import { matchSpans } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { Actor } from '../../core/types.js';
import { emptyContext } from '../../state/view-context.js';
import { actorDetailLayout } from '../actor-detail-layout.js';
import { pad } from '../text-width.js';
import { highlightWords } from './articles.js';
import { listModel } from './list.js';
import { scrollModel } from './scroll.js';
import type { ActorRow, ModelInput, PaneModel } from './types.js';
import { citeActor, citeList, citeRow } from './citations.js';

/** Column widths of the actor list at a terminal width; the outlets' names take what is left. */
export function actorColumns(width: number) {
  const name = Math.min(34, Math.max(14, Math.floor(width * 0.35)));
  const fixed = 1 + name + 1 + 6 + 1 + 8 + 1 + 7 + 1 + 8 + 1;
  // Fewer than eight cells of outlet names say nothing: leave them out.
  return { name, outletNames: width - fixed >= 8 ? width - fixed : 0 };
}

/**
 * The name as a row shows it. When the filter matched an alias or a role and not the name, that follows
 * it ("Volodymyr Zelensky ~ Zelenskyy", "Andriy Yermak ~ Zelensky's chief of staff"), so the user sees
 * why the row is there.
 */
function shownName(actor: Actor, words: readonly string[]): string {
  const name = safeText(actor.name);
  if (words.length === 0 || matchSpans(name, words).length > 0) return name;
  const because = actor.aliases.find((a) => matchSpans(a, words).length > 0)
    ?? actor.roles.map((r) => r.text).find((r) => matchSpans(r, words).length > 0);
  return because ? `${name} ~ ${safeText(because)}` : name;
}

/** The Actors pane: every actor, most prominent first, fuzzy-filtered by name, alias and role; or one actor's detail. */
export function actorsModel(input: ModelInput): PaneModel {
  const { corpus, index, state, box, memo } = input;
  if (state.actorDetail) return actorDetailModel(input);
  const filter = state.lists.actors.filter;
  const ids = index.rowIds('actors', filter);
  const words = highlightWords(filter);
  const columns = actorColumns(box.width);
  const list = listModel<ActorRow>(memo, {
    ids, selectedId: state.lists.actors.selectedId, height: box.height,
    header: ` ${pad('Name', columns.name)} ${pad('Kind', 6)} Articles Outlets Mentions ${columns.outletNames > 0 ? 'Named by' : ''}`,
    empty: filter ? `No actor matches "${safeText(filter)}". Esc clears the filter.` : 'No actors were found in this corpus.',
    row: (id) => {
      const actor = index.actorById.get(id)!;
      return { actor, name: shownName(actor, words), outlets: index.actorLookups.outletsOf(actor) };
    },
  });
  return {
    view: 'actors', list, words, columns,
    context: {
      ...emptyContext, rowIds: ids, selectedId: list.selectedId, selectedIndex: list.selected, pageSize: list.pageSize,
      cite: (scope) => {
        const actors = (scope === 'all' ? ids : list.selectedId ? [list.selectedId] : []).map((id) => index.actorById.get(id)!);
        return actors.length ? citeList(actors, (a) => citeActor(a, index)) : null;
      },
    },
    status: `${list.position} · ${ids.length} of ${corpus.actors.length} actors${filter ? ` · filter "${safeText(filter)}"` : ''}`,
  };
}

const SECTION_WORD = { role: 'role', quote: 'quote', cooccurring: 'co-occurring actor', mention: 'mention' } as const;

/** An actor drilled into: aliases, roles, quotes, co-occurring actors and mentions in context, each row a way in. */
function actorDetailModel({ index, state, box, memo }: ModelInput): PaneModel {
  const detail = state.actorDetail!;
  const actor = index.actorById.get(detail.id);
  if (!actor) return { view: 'message', text: 'That actor is no longer in the corpus. Esc goes back.', context: emptyContext, status: '' };
  // A layout wraps every sentence of the actor: made once per actor and width.
  const width = Math.max(10, box.width - 2);
  const layout = memo.get('actorDetail', [actor, width], () => actorDetailLayout(actor, index.actorLookups, width), 2);
  const selectedRow = Math.min(detail.row, Math.max(0, layout.rows.length - 1));
  const row = layout.rows[selectedRow];
  const scroll = scrollModel(layout.lines, box.height, 0, row ? { start: row.line, end: row.line + row.height } : null);
  const rowsInView = layout.rows.filter((r) => r.line >= scroll.top && r.line + r.height <= scroll.top + scroll.height).length;
  const position = row
    ? `${SECTION_WORD[row.section]} ${selectedRow + 1 - layout.rows.findIndex((r) => r.section === row.section)} of ${layout.rows.filter((r) => r.section === row.section).length} · ${selectedRow + 1}/${layout.rows.length}`
    : 'nothing to open';
  return {
    view: 'actorDetail', scroll, selectedRow,
    context: {
      ...emptyContext, rowIds: [actor.id], selectedId: actor.id, selectedIndex: 0,
      pageSize: Math.max(1, rowsInView - 1), lineCount: layout.rows.length, linkAt: (r) => layout.rows[r]?.link ?? null,
      // y: the selected quote, role or mention, cited where its link leads; Y: every quote of the actor.
      cite: (scope) => {
        if (scope === 'all' || !row) return citeActor(actor, index);
        return citeRow(row.cited, row.section === 'cooccurring' ? null : row.link, index, row.section === 'quote' ? actor.name : undefined);
      },
    },
    status: `${safeText(actor.name)} · ${position}`,
  };
}

import { Box, Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { Actor, ActorKind } from '../../core/types.js';
import { actorLookups } from '../actor-lookups.js';
import { Highlighted } from '../components/Highlighted.js';
import { ListWindow } from '../components/ListWindow.js';
import { pad, textWidth, truncate } from '../text-width.js';
import { theme } from '../theme.js';
import { actorDetailPane } from './ActorDetail.js';
import { highlightWords } from './ArticlesPane.js';
import { emptyContext, selectedIndex, type Pane, type PaneView } from './pane.js';

/** The kind as the list shows it: short enough for a narrow terminal, coloured by kind. */
export const KIND_LABEL: Record<ActorKind, string> = { person: 'person', organization: 'org', place: 'place' };

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

function number(n: number, width: number): string {
  return String(n).padStart(width);
}

/** The Actors pane: every actor, most prominent first, fuzzy-filtered by name and alias; Enter drills in. */
export const actorsPane: Pane = (input): PaneView => {
  const { corpus, state, index, width, height } = input;
  if (state.actorDetail) return actorDetailPane(input);
  const list = state.lists.actors;
  const rowIds = index.rowIds('actors', list.filter);
  const selected = selectedIndex(rowIds, list.selectedId);
  const words = highlightWords(list.filter);
  const lookups = actorLookups(index);
  const cols = actorColumns(width);
  // Rows are ids: only the window's rows are looked up and drawn, whatever the list's length.
  const renderRow = (id: string, isSelected: boolean) => {
    const actor = index.actorById.get(id)!;
    const name = truncate(shownName(actor, words), cols.name);
    const outlets = lookups.outletsOf(actor);
    return (
      <Text inverse={isSelected} wrap="truncate-end">
        {' '}
        <Highlighted text={name} spans={matchSpans(name, words)} />
        {' '.repeat(Math.max(0, cols.name - textWidth(name)) + 1)}
        <Text color={theme[actor.kind]}>{pad(KIND_LABEL[actor.kind], 6)}</Text>
        {` ${number(actor.articles.length, 8)} ${number(outlets.length, 7)} ${number(actor.mentions, 8)} `}
        {cols.outletNames > 0 ? <Text color={theme.muted}>{truncate(outlets.join(', '), cols.outletNames)}</Text> : null}
      </Text>
    );
  };
  const header = (
    <Text color={theme.muted} bold wrap="truncate-end">
      {` ${pad('Name', cols.name)} ${pad('Kind', 6)} ${'Articles'} ${'Outlets'} ${'Mentions'} ${cols.outletNames > 0 ? 'Named by' : ''}`}
    </Text>
  );
  const total = corpus.actors.length;
  const empty = list.filter
    ? `No actor matches "${safeText(list.filter)}". Esc clears the filter.`
    : 'No actors were found in this corpus.';
  const element = (
    <Box flexDirection="column">
      <Box height={1} width={width} overflow="hidden">{header}</Box>
      <ListWindow rows={rowIds} selected={selected} height={Math.max(1, height - 1)} width={width} renderRow={renderRow} empty={empty} />
    </Box>
  );
  return {
    element,
    context: { ...emptyContext, rowIds, pageSize: Math.max(1, height - 2) },
    status: `${rowIds.length} of ${total} actors${list.filter ? ` · filter "${safeText(list.filter)}"` : ''}`,
  };
};

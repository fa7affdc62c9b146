import { Box, Text } from 'ink';
import { safeText } from '../../core/text/safe.js';
import type { Actor } from '../../core/types.js';
import { actorDetailLayout, INDENT, type DetailLayout, type DetailLine } from '../actor-detail-layout.js';
import { actorLookups, type ActorLookups } from '../actor-lookups.js';
import { NamedText } from '../components/NamedText.js';
import { theme } from '../theme.js';
import { emptyContext, type Pane, type PaneView } from './pane.js';

const SECTION_WORD = { role: 'role', quote: 'quote', cooccurring: 'co-occurring actor', mention: 'mention' } as const;

// A layout wraps every sentence of the actor: keep the last one per actor, so keys and renders at the
// same width reuse it instead of wrapping thousands of mentions per keystroke.
const layouts = new WeakMap<Actor, { width: number; layout: DetailLayout }>();

function layoutOf(actor: Actor, lookups: ActorLookups, width: number): DetailLayout {
  const known = layouts.get(actor);
  if (known && known.width === width) return known.layout;
  const layout = actorDetailLayout(actor, lookups, width);
  layouts.set(actor, { width, layout });
  return layout;
}

/**
 * The first line a window of `height` shows so the selected row is in view: a third of the way down
 * when scrolling (some context above), at the top when the row is taller than the window.
 */
export function detailTop(layout: DetailLayout, selected: number, height: number): number {
  const row = layout.rows[selected];
  const last = Math.max(0, layout.lines.length - height);
  if (!row) return 0;
  if (row.line + row.height <= height) return 0;
  if (row.height >= height) return Math.min(row.line, last);
  return Math.min(Math.max(0, row.line - Math.floor(height / 3)), last);
}

function lineElement(line: DetailLine, selected: boolean) {
  switch (line.tone) {
    case 'title': return <Text bold color={theme[line.kind ?? 'person']}>{line.text}</Text>;
    case 'meta': return <Text color={theme.muted}>{line.text}</Text>;
    case 'heading': return <Text bold color={theme.accent}>{line.text}</Text>;
    case 'muted': return <Text color={theme.muted}>{line.text}</Text>;
    case 'blank': return <Text> </Text>;
    case 'item': {
      const marker = selected && line.first ? '▸ ' : ' '.repeat(INDENT);
      return (
        <Text>
          <Text color={theme.accent}>{marker}</Text>
          <Text inverse={selected} color={line.kind ? theme[line.kind] : undefined}>
            <NamedText text={line.text} names={line.names ?? []} />
          </Text>
        </Text>
      );
    }
  }
}

/** An actor drilled into: aliases, roles, quotes, co-occurring actors and mentions in context, each row a way in. */
export const actorDetailPane: Pane = ({ corpus, index, state, width, height }): PaneView => {
  const detail = state.actorDetail!;
  const actor = index.actorById.get(detail.id);
  if (!actor) return { element: <Text>That actor is no longer in the corpus. Esc goes back.</Text>, context: emptyContext, status: '' };
  const layout = layoutOf(actor, actorLookups(index), Math.max(10, width - 1));
  const selected = Math.min(detail.row, Math.max(0, layout.rows.length - 1));
  const top = detailTop(layout, selected, height);
  const visible = layout.lines.slice(top, top + height);
  const element = (
    <Box flexDirection="column" height={height}>
      {visible.map((line, i) => (
        <Box key={top + i} height={1} overflow="hidden">
          {lineElement(line, line.row !== undefined && line.row === selected)}
        </Box>
      ))}
    </Box>
  );
  const rowsInView = layout.rows.filter((r) => r.line >= top && r.line + r.height <= top + height).length;
  const row = layout.rows[selected];
  const position = row
    ? `${SECTION_WORD[row.section]} ${selected + 1 - layout.rows.findIndex((r) => r.section === row.section)} of ${layout.rows.filter((r) => r.section === row.section).length} · row ${selected + 1} of ${layout.rows.length}`
    : 'nothing to open';
  return {
    element,
    context: {
      ...emptyContext,
      rowIds: [actor.id],
      pageSize: Math.max(1, rowsInView - 1),
      lineCount: layout.rows.length,
      linkAt: (r) => layout.rows[r]?.link ?? null,
    },
    status: `${safeText(actor.name)} · ${position}`,
  };
};

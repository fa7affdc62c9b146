import { Box, Text } from 'ink';
import { actorLookups } from '../actor-lookups.js';
import { Highlighted } from '../components/Highlighted.js';
import { theme } from '../theme.js';
import { chronologyDetailModel, detailTop, type DetailLine } from './chronology-detail-lines.js';
import type { ChronologyListing } from './chronology-rows.js';
import { emptyContext, type PaneInput, type PaneView } from './pane.js';

function lineElement(line: DetailLine, selected: boolean) {
  switch (line.kind) {
    case 'title': return <Text bold color={theme.accent}>{line.text}</Text>;
    case 'meta': return <Text color={theme.muted}>{line.text}</Text>;
    case 'conflict': return <Text color={theme.warning}>{line.text}</Text>;
    case 'section': return <Text bold>{line.text}</Text>;
    case 'blank': return <Text> </Text>;
    case 'source': case 'link': return <Text inverse={selected} bold={line.kind === 'source'}>{line.text}</Text>;
    case 'sentence': return <Highlighted text={line.text} spans={line.spans} />;
  }
}

/**
 * The detail of one chronology entry: what happened, when and how precisely, who disagrees on the date,
 * and every source with its sentence; Enter on a source opens the article at that paragraph.
 * `listing` is what the list shows, for the status bar's position.
 */
export function chronologyDetailView({ index, state, width, height }: PaneInput, listing: ChronologyListing): PaneView {
  const detail = state.chronologyDetail!;
  const entry = index.entryById.get(detail.id);
  if (!entry) return { element: <Text>That event is no longer in the chronology. Esc goes back.</Text>, context: emptyContext, status: '' };
  const model = chronologyDetailModel(entry, width - 1, (id) => index.articleById.get(id)?.title ?? null, (name) => actorLookups(index).byName.get(name)?.id ?? null);
  const row = Math.min(detail.row, Math.max(0, model.links.length - 1));
  const top = detailTop(model.lines, row, height);
  const visible = model.lines.slice(top, top + height);
  const element = (
    <Box flexDirection="column" height={height}>
      {visible.map((line, i) => (
        <Box key={top + i} height={1} overflow="hidden">
          {lineElement(line, line.row === row)}
        </Box>
      ))}
    </Box>
  );
  const at = listing.ids.indexOf(entry.id);
  const position = at === -1 ? 'event' : `event ${at + 1} of ${listing.ids.length}`;
  const sources = entry.sources.length;
  const where = row < sources ? `source ${row + 1} of ${sources}` : `actor ${row - sources + 1} of ${model.links.length - sources}`;
  return {
    element,
    context: {
      ...emptyContext,
      lineCount: model.links.length,
      pageSize: Math.max(1, Math.floor(height / 3)),
      linkAt: (r) => model.links[r] ?? null,
    },
    status: model.links.length ? `${position} · ${where}` : position,
  };
}

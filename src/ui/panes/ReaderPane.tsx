import { Box, Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { actorLookups } from '../actor-lookups.js';
import { NamedText } from '../components/NamedText.js';
import type { NameSpan } from '../name-spans.js';
import { readerNameSpans } from '../reader-names.js';
import { readerLines, searchMatches, type ReaderLine } from '../reader-lines.js';
import { theme } from '../theme.js';
import { emptyContext, type Pane, type PaneView } from './pane.js';
import { closestVersion } from '../closest.js';

function lineElement(line: ReaderLine, spans: ReturnType<typeof matchSpans>, current: boolean, focused: boolean, names: readonly NameSpan[]) {
  switch (line.kind) {
    case 'title': return <Text bold color={theme.accent}>{line.text}</Text>;
    case 'meta': return <Text color={theme.muted}>{line.text}</Text>;
    case 'removed': return <Text dimColor strikethrough={false}>{line.text}</Text>;
    case 'blank': return <Text> </Text>;
    case 'body':
      return (
        <Text inverse={current} color={focused ? theme.accent : undefined}>
          <NamedText text={line.text} names={names} matches={spans} />
        </Text>
      );
  }
}

/** The reader: an article's clean (or raw) text, wrapped and scrolled, with in-text search. */
export const readerPane: Pane = ({ corpus, index, state, width, height }): PaneView => {
  const reader = state.reader!;
  const article = index.articleById.get(reader.articleId);
  if (!article) return { element: <Text>That article is no longer in the corpus.</Text>, context: emptyContext, status: '' };
  const textWidth = Math.max(10, width - 1);
  const lines = readerLines(article, index.actorsOfArticle.get(article.id) ?? [], reader.raw, textWidth);
  const marks = searchMatches(lines, reader.search);
  let top = reader.top;
  if (reader.focusParagraph !== null) {
    const at = lines.findIndex((l) => l.paragraph === reader.focusParagraph);
    if (at !== -1) top = Math.max(0, at - 2);
  }
  top = Math.min(top, Math.max(0, lines.length - height));
  const current = marks[reader.match];
  const words = reader.search.trim() ? [reader.search.trim().toLowerCase()] : [];
  const visible = lines.slice(top, top + height);
  // Actor names in the clean text, coloured by kind (the search highlight stays on top).
  const names = readerNameSpans(lines, top, top + height, reader.raw ? null : actorLookups(index).patternOf(article.id));
  const element = (
    <Box flexDirection="column" height={height}>
      {visible.map((line, i) => (
        <Box key={top + i} height={1} overflow="hidden">
          {lineElement(line, matchSpans(line.text, words), current === top + i, reader.focusParagraph !== null && line.paragraph === reader.focusParagraph, names.get(top + i) ?? [])}
        </Box>
      ))}
    </Box>
  );
  const found = reader.search ? ` · "${reader.search}": ${marks.length ? `${reader.match + 1} of ${marks.length}` : 'no match'}` : '';
  return {
    element,
    context: { ...emptyContext, pageSize: Math.max(1, height - 1), lineCount: lines.length, marks, position: top, closestTo: (id) => closestVersion(corpus, id) },
    status: `${reader.raw ? 'raw' : 'clean'} · line ${Math.min(lines.length, top + 1)}-${Math.min(lines.length, top + height)} of ${lines.length}${found}`,
  };
};

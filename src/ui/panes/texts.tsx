/** The line renderers of the scrolling views (reader, details, comparison): each draws one line of its model. */
import { Text } from 'ink';
import { matchSpans, type Span } from '../../core/search/match.js';
import type { ActorDetailLine } from '../actor-detail-layout.js';
import { INDENT } from '../actor-detail-layout.js';
import type { CompareLine } from '../compare/row-layout.js';
import { SpanText } from '../compare/SpanText.js';
import { Highlighted } from '../components/Highlighted.js';
import { NamedText } from '../components/NamedText.js';
import type { PaneModel } from '../models/types.js';
import type { ReaderLine } from '../reader-lines.js';
import { theme } from '../theme.js';
import type { ChronologyDetailLine } from './chronology-detail-lines.js';

type Of<V extends PaneModel['view']> = Extract<PaneModel, { view: V }>;

/** The margin marks: where a jump landed (n, ], a source or mention opened), in a cell that needs no colour. */
export const MARGIN = { landed: '▸', paragraph: '▌', none: ' ' } as const;

/** Text with some spans dimmed (what cleaning removed) and the rest as it is. */
function Dimmed({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: { text: string; dim: boolean }[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (from > at) parts.push({ text: text.slice(at, from), dim: false });
    parts.push({ text: text.slice(from, to), dim: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), dim: false });
  return <Text>{parts.map((p, i) => (p.dim ? <Text key={i} dimColor strikethrough={theme.colourOff}>{p.text}</Text> : p.text))}</Text>;
}

/** A reader line, with its margin mark. */
export function readerLine(model: Of<'reader'>) {
  return (line: ReaderLine, index: number) => {
    const landed = index === model.landed || index === model.current;
    const inParagraph = model.focusParagraph !== null && line.paragraph === model.focusParagraph;
    const margin = landed ? MARGIN.landed : inParagraph ? MARGIN.paragraph : MARGIN.none;
    return (
      <Text>
        <Text color={theme.accent} bold>{margin}</Text>{' '}
        {readerText(model, line, index, inParagraph)}
      </Text>
    );
  };
}

function readerText(model: Of<'reader'>, line: ReaderLine, index: number, inParagraph: boolean) {
  switch (line.kind) {
    case 'title': return <Text bold color={theme.accent}>{line.text}</Text>;
    case 'meta': return <Text color={theme.muted}>{line.text}</Text>;
    case 'removed': return <Dimmed text={line.text} spans={line.removedSpans ?? [[0, line.text.length]]} />;
    case 'blank': return <Text> </Text>;
    case 'body':
      return (
        <Text inverse={index === model.current} color={inParagraph ? theme.accent : undefined}>
          <NamedText text={line.text} names={model.names.get(index) ?? []} matches={matchSpans(line.text, model.words)} />
        </Text>
      );
  }
}

/** An actor detail line; the selected row is inverse with a marker. */
export function actorDetailLine(model: Of<'actorDetail'>) {
  return (line: ActorDetailLine) => {
    const selected = line.row !== undefined && line.row === model.selectedRow;
    switch (line.tone) {
      case 'title': return <Text bold color={theme[line.kind ?? 'person']}>{line.text}</Text>;
      case 'meta': case 'muted': return <Text color={theme.muted}>{line.text}</Text>;
      case 'heading': return <Text bold color={theme.accent}>{line.text}</Text>;
      case 'blank': return <Text> </Text>;
      case 'item':
        return (
          <Text>
            <Text color={theme.accent}>{selected && line.first ? '▸ ' : ' '.repeat(INDENT)}</Text>
            <Text inverse={selected} color={line.kind ? theme[line.kind] : undefined}><NamedText text={line.text} names={line.names ?? []} /></Text>
          </Text>
        );
    }
  };
}

/** A chronology detail line. */
export function chronologyDetailLine(model: Of<'chronologyDetail'>) {
  return (line: ChronologyDetailLine) => {
    const selected = line.row === model.selectedRow;
    switch (line.kind) {
      case 'title': return <Text bold color={theme.accent}>{line.text}</Text>;
      case 'meta': return <Text color={theme.muted}>{line.text}</Text>;
      case 'conflict': return <Text color={theme.warning}>{line.text}</Text>;
      case 'section': return <Text bold>{line.text}</Text>;
      case 'blank': return <Text> </Text>;
      case 'source': case 'link': return <Text inverse={selected} bold={line.kind === 'source'}>{selected ? '▸' : ' '}{line.text.slice(1)}</Text>;
      case 'sentence': return <Highlighted text={line.text} spans={line.spans} />;
    }
  };
}

/** A comparison line, with the selected row's bar in the margin. */
export function comparisonLine(model: Of<'comparison'>) {
  return (line: CompareLine) => (
    <Text>
      <Text color={theme.accent} bold>{line.row === model.selectedRow ? '▌' : ' '}</Text>
      <SpanText spans={line.spans} />
    </Text>
  );
}

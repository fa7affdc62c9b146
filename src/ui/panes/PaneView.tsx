import { Box, Text } from 'ink';
import { SpanText } from '../compare/SpanText.js';
import { ListView } from '../components/ListView.js';
import { ScrollView } from '../components/ScrollView.js';
import type { PaneModel } from '../models/types.js';
import { actorRow, articleRow, chronologyRow, pairRow } from './lists.js';
import { actorDetailLine, chronologyDetailLine, comparisonLine, readerLine } from './texts.js';

/** Draws a pane's model: the one view per model kind, each render-only. */
export function PaneView({ model, width, height }: { model: PaneModel; width: number; height: number }) {
  switch (model.view) {
    case 'articles': return <ListView model={model.list} width={width} renderRow={articleRow(model)} />;
    case 'actors': return <ListView model={model.list} width={width} renderRow={actorRow(model)} />;
    case 'chronology': return <ListView model={model.list} width={width} renderRow={chronologyRow(model)} />;
    case 'pairs': return <ListView model={model.list} width={width} renderRow={pairRow(model)} />;
    case 'reader': return <ScrollView model={model.scroll} width={width} renderLine={readerLine(model)} />;
    case 'actorDetail': return <ScrollView model={model.scroll} width={width} renderLine={actorDetailLine(model)} />;
    case 'chronologyDetail': return <ScrollView model={model.scroll} width={width} renderLine={chronologyDetailLine(model)} />;
    case 'comparison':
      return (
        <Box flexDirection="column" height={height}>
          {model.top.map((line, i) => <Box key={`t${i}`} height={1} overflow="hidden"><SpanText spans={line} /></Box>)}
          {model.empty ? <Text dimColor>{model.empty}</Text> : <ScrollView model={model.scroll} width={width} renderLine={comparisonLine(model)} />}
        </Box>
      );
    case 'message': return <Text dimColor wrap="wrap">{model.text}</Text>;
  }
}

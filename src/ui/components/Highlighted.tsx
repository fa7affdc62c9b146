import { Text } from 'ink';
import type { Span } from '../../core/search/match.js';
import { theme } from '../theme.js';

/** Props of Highlighted. */
export interface HighlightedProps {
  text: string;
  spans: readonly Span[];
  dim?: boolean;
  bold?: boolean;
}

/** A line of text with the spans a filter or search matched shown bold and coloured. */
export function Highlighted({ text, spans, dim, bold }: HighlightedProps) {
  if (spans.length === 0) return <Text dimColor={dim} bold={bold}>{text}</Text>;
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start >= text.length) break;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, Math.min(end, text.length)), hit: true });
    at = Math.min(end, text.length);
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <Text dimColor={dim} bold={bold}>
      {parts.map((p, i) => (p.hit ? <Text key={i} color={theme.match} bold underline={theme.colourOff}>{p.text}</Text> : p.text))}
    </Text>
  );
}

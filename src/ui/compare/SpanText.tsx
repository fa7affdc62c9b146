import { Text } from 'ink';
import { theme } from '../theme.js';
import type { Span, SpanStyle } from './spans.js';

interface TextLook {
  color?: string | undefined;
  bold?: boolean;
  dimColor?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

// Each look pairs a colour with an attribute that is not a colour, so NO_COLOR still shows the difference.
const LOOKS: Record<SpanStyle, TextLook> = {
  plain: {},
  removed: { color: theme.removed, strikethrough: true },
  added: { color: theme.added, bold: true, underline: theme.colourOff },
  onlyA: { color: theme.removed },
  onlyB: { color: theme.added },
  markSame: { color: theme.muted, dimColor: theme.colourOff },
  markChanged: { color: theme.changed, bold: true },
  markOnlyA: { color: theme.removed, bold: true },
  markOnlyB: { color: theme.added, bold: true },
  rule: { color: theme.muted, dimColor: theme.colourOff },
  label: { bold: true },
};

/** One screen line of styled spans. */
export function SpanText({ spans }: { spans: readonly Span[] }) {
  return (
    <Text wrap="truncate-end">
      {spans.map((span, i) => <Text key={i} {...LOOKS[span.style]}>{span.text}</Text>)}
    </Text>
  );
}

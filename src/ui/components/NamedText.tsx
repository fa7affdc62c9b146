import { Text } from 'ink';
import type { Span } from '../../core/search/match.js';
import type { NameSpan } from '../name-spans.js';
import { theme } from '../theme.js';

/** Props of NamedText. */
export interface NamedTextProps {
  text: string;
  /** Actor names in the text, coloured by kind. */
  names: readonly NameSpan[];
  /** Search or filter matches: drawn over names, in the match colour, so a hit is never lost in a name. */
  matches?: readonly Span[];
}

type Mark = { kind: 'match' } | { kind: 'name'; name: NameSpan } | null;

/**
 * A line with actor names coloured by kind (person, organisation, place) and search matches in the
 * match colour on top. Without colour (NO_COLOR) names are underlined and matches bold.
 */
export function NamedText({ text, names, matches = [] }: NamedTextProps) {
  if (names.length === 0 && matches.length === 0) return <Text>{text}</Text>;
  const marks: Mark[] = new Array<Mark>(text.length).fill(null);
  for (const name of names) for (let i = name.start; i < Math.min(name.end, text.length); i++) marks[i] = { kind: 'name', name };
  for (const [start, end] of matches) for (let i = start; i < Math.min(end, text.length); i++) marks[i] = { kind: 'match' };
  const parts: { text: string; mark: Mark }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && sameMark(last.mark, marks[i]!)) last.text += text[i];
    else parts.push({ text: text[i]!, mark: marks[i]! });
  }
  return (
    <Text>
      {parts.map((p, i) => {
        if (p.mark === null) return p.text;
        if (p.mark.kind === 'match') return <Text key={i} color={theme.match} bold underline={theme.colourOff}>{p.text}</Text>;
        return <Text key={i} color={theme[p.mark.name.kind]} underline={theme.colourOff}>{p.text}</Text>;
      })}
    </Text>
  );
}

function sameMark(a: Mark, b: Mark): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'match' || b.kind === 'match') return a.kind === b.kind;
  return a.name === b.name;
}

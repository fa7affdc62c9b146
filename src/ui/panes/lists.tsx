/** The row renderers of the four list panes: each draws one row of its list model, and nothing else. */
import { Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { ActorKind } from '../../core/types.js';
import { versionDate, versionLabel } from '../compare/labels.js';
import { Highlighted } from '../components/Highlighted.js';
import { entryMeta } from '../models/chronology.js';
import type { ActorRow, ArticleRow, PaneModel, PairRow } from '../models/types.js';
import { groupLabel, outletsOf, type ChronologyRow } from './chronology-rows.js';
import { pad, textWidth, truncate } from '../text-width.js';
import { theme } from '../theme.js';

type Of<V extends PaneModel['view']> = Extract<PaneModel, { view: V }>;

/** The kind as the list shows it: short enough for a narrow terminal, coloured by kind. */
export const KIND_LABEL: Record<ActorKind, string> = { person: 'person', organization: 'org', place: 'place' };

/** An article's row: mark, date, outlet, title. */
export function articleRow(model: Of<'articles'>) {
  return ({ article: a, marked, match }: ArticleRow, selected: boolean) => {
    // With a body search the matching sentence shares the title's room: it is why the row is there.
    const titleRoom = match === null ? model.columns.title : Math.max(10, Math.floor(model.columns.title * 0.4));
    const title = truncate(safeText(a.title), titleRoom);
    const sentence = match === null ? '' : truncate(match, Math.max(0, model.columns.title - titleRoom - 3));
    return (
      <Text inverse={selected} wrap="truncate-end">
        <Text color={theme.accent}>{marked ? '● ' : '  '}</Text>
        <Text color={theme.muted}>{pad(a.published ?? (a.provenance.published === null ? 'undated' : ''), 10)} </Text>
        <Text>{pad(safeText(a.outlet ?? '—'), model.columns.outlet)} </Text>
        <Highlighted text={title} spans={matchSpans(title, model.words)} />
        {sentence ? <Text color={theme.muted}>{' · '}</Text> : null}
        {sentence ? <Highlighted text={sentence} spans={matchSpans(sentence, model.bodyWords)} /> : null}
      </Text>
    );
  };
}

function number(n: number, width: number): string {
  return String(n).padStart(width);
}

/** An actor's row: name, kind, counts, the outlets that name it. */
export function actorRow(model: Of<'actors'>) {
  const cols = model.columns;
  return ({ actor, name: shown, outlets }: ActorRow, selected: boolean) => {
    const name = truncate(shown, cols.name);
    return (
      <Text inverse={selected} wrap="truncate-end">
        {' '}
        <Highlighted text={name} spans={matchSpans(name, model.words)} />
        {' '.repeat(Math.max(0, cols.name - textWidth(name)) + 1)}
        <Text color={theme[actor.kind]}>{pad(KIND_LABEL[actor.kind], 6)}</Text>
        {` ${number(actor.articles.length, 8)} ${number(outlets.length, 7)} ${number(actor.mentions, 8)} `}
        {cols.outletNames > 0 ? <Text color={theme.muted}>{truncate(outlets.join(', '), cols.outletNames)}</Text> : null}
      </Text>
    );
  };
}

/** The meta in `width` cells: as many outlets as fit whole, then "+2" for the rest (or just how many), rather than a name cut short. */
export function fittedMeta(entry: ChronologyRow['entry'], width: number): string {
  const outlets = outletsOf(entry);
  const full = entryMeta(entry, outlets);
  if (textWidth(full) <= width) return full;
  for (let shown = outlets.length - 1; shown >= 1; shown--) {
    const meta = `${entryMeta(entry, outlets.slice(0, shown))} +${outlets.length - shown}`;
    if (textWidth(meta) <= width) return meta;
  }
  const counted = outlets.length > 1 ? `${entryMeta(entry, [])} · ${outlets.length} outlets` : full;
  return truncate(counted, width);
}

/** A chronology row: a date heading, or an event with what reports it. */
export function chronologyRow(model: Of<'chronology'>) {
  const look = model.look;
  return (row: ChronologyRow, selected: boolean) => {
    if (row.kind === 'heading') return <Text bold color={theme.accent} wrap="truncate-end">{groupLabel(row.entry)}</Text>;
    const { entry } = row;
    const text = pad(safeText(entry.text), look.text);
    const meta = fittedMeta(entry, look.meta);
    return (
      <Text inverse={selected} wrap="truncate-end">
        <Text color={theme.warning} bold>{entry.conflict ? ' ! ' : '   '}</Text>
        <Highlighted text={text} spans={matchSpans(text, look.words)} />
        <Text> </Text>
        <Text color={selected ? undefined : theme.muted}><Highlighted text={meta} spans={matchSpans(meta, look.outletWords)} /></Text>
      </Text>
    );
  };
}

function shortDate(date: string, width: number): string {
  return width === 5 && /^\d{4}-\d\d-\d\d$/.test(date) ? date.slice(5) : date;
}

/** A pair's row: similarity (once measured), both versions, the story. */
export function pairRow(model: Of<'pairs'>) {
  const col = model.columns;
  const version = (label: string, date: string) => (
    <>
      <Highlighted text={pad(label, col.outlet)} spans={matchSpans(pad(label, col.outlet), model.words)} />
      <Text color={theme.muted}>{` ${pad(shortDate(date, col.date), col.date)}`}</Text>
    </>
  );
  return ({ pair, similarity }: PairRow, selected: boolean) => {
    const title = truncate(safeText(pair.storyTitle), col.title);
    return (
      <Text inverse={selected} wrap="truncate-end">
        <Text color={theme.accent}>{(similarity === null ? '…' : `${Math.round(similarity * 100)}%`).padStart(4)} </Text>
        {version(versionLabel(pair.a), versionDate(pair.a))}
        <Text color={theme.muted}> ↔ </Text>
        {version(versionLabel(pair.b), versionDate(pair.b))}
        <Text>  </Text>
        <Highlighted text={title} spans={matchSpans(title, model.words)} />
      </Text>
    );
  };
}

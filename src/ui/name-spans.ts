import type { ActorKind } from '../core/types.js';

/** A surface form of an actor's name, with the actor's kind (which colours it). */
export interface NameForm {
  form: string;
  kind: ActorKind;
}

/** A span of displayed text that names an actor. */
export interface NameSpan {
  start: number;
  end: number;
  kind: ActorKind;
}

/** Names found in a text: a compiled pattern of every form, longest first, and each form's kind. */
export interface NamePattern {
  regex: RegExp;
  kindOf: Map<string, ActorKind>;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * One pattern for a set of names. Longest first, so "Donald Trump" wins over "Trump"; whole words only
 * (no letter or digit on either side), so "Iran" is not found in "Iranian"; case-sensitive, since
 * names are proper nouns ("Turkey" the country, not the bird). Null when there is nothing to find.
 */
export function namePattern(forms: readonly NameForm[]): NamePattern | null {
  const kindOf = new Map<string, ActorKind>();
  for (const { form, kind } of forms) {
    const trimmed = form.trim();
    // Two-letter forms ("UN", "EU") are real names; one letter is noise.
    if (trimmed.length >= 2 && !kindOf.has(trimmed)) kindOf.set(trimmed, kind);
  }
  if (kindOf.size === 0) return null;
  const alternatives = [...kindOf.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(ESCAPE, '\\$&'));
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), kindOf };
}

/** Where the names of a pattern occur in a text, left to right, never overlapping. */
export function nameSpans(text: string, pattern: NamePattern | null): NameSpan[] {
  if (!pattern) return [];
  const spans: NameSpan[] = [];
  pattern.regex.lastIndex = 0;
  for (const match of text.matchAll(pattern.regex)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, kind: pattern.kindOf.get(match[0]) ?? 'person' });
  }
  return spans;
}

/**
 * Name spans over the lines a paragraph was wrapped into, per line. The lines are matched joined by a
 * space (wrapping broke them at whitespace), so a name split over two lines is still found, and each
 * line gets its part of it.
 */
export function nameSpansOverLines(lines: readonly string[], pattern: NamePattern | null): NameSpan[][] {
  const perLine: NameSpan[][] = lines.map(() => []);
  if (!pattern || lines.length === 0) return perLine;
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  for (const span of nameSpans(lines.join(' '), pattern)) {
    lines.forEach((line, i) => {
      const from = Math.max(span.start, starts[i]!);
      const to = Math.min(span.end, starts[i]! + line.length);
      if (from < to) perLine[i]!.push({ start: from - starts[i]!, end: to - starts[i]!, kind: span.kind });
    });
  }
  return perLine;
}

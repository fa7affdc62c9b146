import type { DiffPart } from '../types.js';
import { normaliseTypography } from './words.js';

// Past this many word pairs a "sentence" is a run-on block that cleaning missed.
const MAX_CELLS = 250_000;

/**
 * Word-level diff of two aligned sentences (never whole articles: the cost is the product of the
 * lengths). Words are compared with typography normalised, so a curly quote against a straight one is
 * no change; runs of one kind are joined, and a removal comes before the addition that replaces it.
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const wordsA = a.split(/\s+/).filter(Boolean);
  const wordsB = b.split(/\s+/).filter(Boolean);
  const keyA = wordsA.map(normaliseTypography);
  const keyB = wordsB.map(normaliseTypography);
  const n = wordsA.length;
  const m = wordsB.length;
  // A "sentence" this long is a cleaning failure (a run-on block); showing it replaced is honest and cheap.
  if (n * m > MAX_CELLS) return [{ op: 'remove', text: wordsA.join(' ') }, { op: 'add', text: wordsB.join(' ') }];
  // lcs[i * (m + 1) + j]: longest common subsequence of the suffixes from i and j.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = keyA[i] === keyB[j]
        ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
        : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flushChange = () => {
    if (removed.length) push(parts, 'remove', removed.join(' '));
    if (added.length) push(parts, 'add', added.join(' '));
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && keyA[i] === keyB[j]) {
      flushChange();
      push(parts, 'same', wordsB[j]!);
      i++; j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      removed.push(wordsA[i++]!);
    } else {
      added.push(wordsB[j++]!);
    }
  }
  flushChange();
  return parts;
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += ` ${text}`;
  else parts.push({ op, text });
}

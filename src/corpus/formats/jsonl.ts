import { collect, jsonError, recordFrom } from './json.js';
import type { FormatProblem, FormatReader, FoundRecord } from './types.js';

/**
 * One article object per line. Blank lines are not records; every other line is, so a broken line
 * does not renumber the ids of the lines after it.
 */
export const readJsonl: FormatReader = (text) => {
  const results: (FoundRecord | FormatProblem)[] = [];
  let record = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    record++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      results.push({ record, reason: `line ${i + 1}: not valid JSON (${jsonError(error)})` });
      continue;
    }
    const found = recordFrom(value, record, line);
    results.push('text' in found ? found : { ...found, reason: `line ${i + 1}: ${found.reason}` });
  }
  if (record === 0) return { records: [], problems: [{ reason: 'no articles' }] };
  return collect(results);
};

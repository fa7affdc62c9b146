import { writeFileSync } from 'node:fs';
import { basename, relative, resolve, isAbsolute } from 'node:path';
import { reportBlocks } from '../../core/report/document.js';
import { corpusReport, pairReport, storyReport, type Report } from '../../core/report/model.js';
import { storiesNamed } from '../../core/search/select.js';
import type { Corpus } from '../../core/types.js';
import { NEWSX_VERSION_TEXT } from '../../version.js';
import { articleArgument } from '../compare-command.js';
import { Failure, UsageError } from '../errors.js';
import { line } from '../text-table.js';
import { htmlReport } from './html.js';
import { markdownReport } from './markdown.js';

/** What `newsx report` is asked: nothing (every story), a story, or two articles; a format; a file or stdout. */
export interface ReportRequest {
  references: readonly string[];
  format: 'md' | 'html';
  output: string | undefined;
  write: (text: string) => void;
}

/** `newsx report [STORY|A B]`: writes a self-contained report, Markdown or HTML, to stdout or a file. */
export function runReport(corpus: Corpus, request: ReportRequest): string | null {
  const report = reportFor(corpus, request.references);
  const blocks = reportBlocks(report, `newsx ${NEWSX_VERSION_TEXT}`);
  const text = request.format === 'html' ? htmlReport(blocks, report.title) : markdownReport(blocks);
  if (request.output === undefined) {
    request.write(text);
    return null;
  }
  const target = resolve(request.output);
  const inside = relative(corpus.root, target);
  // newsx never writes into the corpus folder (README "What it reads").
  if (!inside.startsWith('..') && !isAbsolute(inside)) throw new UsageError(`--output ${request.output} is inside the corpus folder; newsx never writes there. Name a file elsewhere.`);
  writeFileSync(target, text, { flag: 'w' });
  return target;
}

function reportFor(corpus: Corpus, references: readonly string[]): Report {
  const folder = basename(corpus.root);
  if (references.length === 0) return corpusReport(corpus, folder);
  if (references.length === 2) return pairReport(corpus, articleArgument(corpus, references[0]!), articleArgument(corpus, references[1]!), folder);
  const [reference] = references as [string];
  const stories = storiesNamed(corpus.stories, reference);
  if (stories.length === 1) return storyReport(corpus, stories[0]!, folder);
  if (stories.length > 1) {
    throw new UsageError(`"${reference}" names ${stories.length} stories; give one by id:`, stories.map((s) => `  ${s.id}  ${line(s.title)}`));
  }
  throw new Failure(`No story "${reference}": give a story's id or a fragment of its title (newsx stories lists them).`);
}

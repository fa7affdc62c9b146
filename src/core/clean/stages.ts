import { stripControls } from './controls.js';
import { dropPageFurniture } from './furniture.js';
import { dropMasthead } from './head.js';
import { dropMarkup } from './markup.js';
import type { CleaningStage } from './page.js';
import { collapseRepeats } from './repeats.js';
import { splitStamps } from './stamp-lines.js';
import { normaliseSpacing } from './spacing.js';
import { dropTrailingTeasers } from './tail.js';

/** Cleaning stages, in order: characters first, then lines judged by wording, then by position. */
export const cleaningStages: readonly CleaningStage[] = [
  // First, so no later stage (or removal record) ever holds an escape sequence or a bidi override.
  { name: 'stripControls', run: stripControls },
  // Before spacing, so "&nbsp;" and a removed tag's gap are collapsed with the rest of the spaces.
  { name: 'dropMarkup', run: dropMarkup },
  // Every later stage compares whole lines, so they must agree on spaces and composed characters.
  { name: 'normaliseSpacing', run: normaliseSpacing },
  // Before the line rules: a stamp glued to a headline or a first sentence must come off first, so
  // the headline is judged as a headline and the stamp is never read as reporting.
  { name: 'splitStamps', run: splitStamps },
  // Wording before position: the masthead and tail rules look for "the first/last line of prose",
  // which only makes sense once share bars, notices and captions are out of the way.
  { name: 'dropPageFurniture', run: dropPageFurniture },
  { name: 'dropMasthead', run: dropMasthead },
  // After the notices are gone (their removal is evidence the tail is furniture); before repeats, so
  // teasers printed twice are recorded as the furniture they are, not as duplicated reporting.
  { name: 'dropTrailingTeasers', run: dropTrailingTeasers },
  // Last: only reporting is left to compare, so a repeated share bar never counts as a repeated block.
  { name: 'collapseRepeats', run: collapseRepeats },
];

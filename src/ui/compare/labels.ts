import { safeText } from '../../core/text/safe.js';
import type { Article } from '../../core/types.js';

/**
 * How a version is named in the Compare pane: its outlet, else the site it came through, else its
 * file, so two unlabelled scrapes are still told apart.
 */
export function versionLabel(article: Article): string {
  return safeText(article.outlet ?? article.via ?? article.id);
}

/** A version's date as the Compare pane shows it, or "undated". */
export function versionDate(article: Article): string {
  return article.published ?? 'undated';
}

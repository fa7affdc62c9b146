import { furnitureKind } from './furniture-rules.js';
import { dropLines, type Page } from './page.js';

/**
 * Drops lines that are furniture by their wording alone (share bars, comment prompts, copyright and
 * repost notices, captions, ad markers), wherever they stand: sites scatter these through the body.
 */
export function dropPageFurniture(page: Page): void {
  dropLines(page, 'boilerplate', (l) => furnitureKind(l.text) !== null);
}

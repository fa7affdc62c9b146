import { furnitureRuleFor } from './furniture-rules.js';
import { dropLines, type Page } from './page.js';

/**
 * Drops lines that are furniture by their wording alone (share bars, comment prompts, copyright and
 * repost notices, captions, ad markers), wherever they stand: sites scatter these through the body.
 * Notes which ones only stand where an article ends, for the tail stage.
 */
export function dropPageFurniture(page: Page): void {
  dropLines(page, 'boilerplate', (l) => {
    const rule = furnitureRuleFor(l.text);
    if (rule && !rule.inline) page.endMarks.push(l.line);
    return rule?.name ?? false;
  });
}

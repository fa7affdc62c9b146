/** What a page says about itself: JSON-LD first, then OpenGraph and `<meta>`, then the markup. */
export interface PageMetadata {
  title?: string;
  published?: string;
  modified?: string;
  author?: string;
  outlet?: string;
  url?: string;
  language?: string;
}

import type { Subcommand } from './args.js';

const OPTIONS = `Options:
  --corpus DIR      the folder to read (same as the positional DIR)
  --manifest FILE   read article metadata from FILE instead of DIR/newsx.json
  --json            print one JSON value on stdout (warnings go to stderr)
  --no-cache        analyse afresh, ignoring the cache
  --follow-links    also read links that lead out of the folder (skipped by default)
  -h, --help        this help`;

/** The help text of newsx and of each subcommand. */
export const HELP: Record<Subcommand | 'main', string> = {
  main: `newsx: explore a folder of news articles in the terminal

Usage:
  newsx [DIR]                        open the explorer (DIR: default the bundled corpus)
  newsx articles [DIR] [--json]      the articles, with metadata and where it came from
  newsx actors [DIR] [--json]        the people, organisations and places named
  newsx timeline [DIR] [--json]      dated events, merged across outlets
  newsx stories [DIR] [--json]       articles grouped by the story they report
  newsx compare A B [DIR] [--json]   two articles side by side (A, B: id, file or title fragment)
  newsx --version

${OPTIONS}

In the explorer, press ? for the keys.`,
  articles: `Usage: newsx articles [DIR] [--json]\n\nLists the articles by date with outlet and title; --json gives every field,\nthe clean paragraphs and what cleaning removed.\n\n${OPTIONS}`,
  actors: `Usage: newsx actors [DIR] [--json]\n\nLists the people, organisations and places named, most prominent first,\nwith roles, mentions and quotes.\n\n${OPTIONS}`,
  timeline: `Usage: newsx timeline [DIR] [--json]\n\nLists dated events in order, relative dates resolved against each article's\npublication date, merged across outlets; conflicting dates are flagged.\n\n${OPTIONS}`,
  stories: `Usage: newsx stories [DIR] [--json]\n\nGroups the articles by the story they report.\n\n${OPTIONS}`,
  compare: `Usage: newsx compare A B [DIR] [--json]\n\nAligns two articles sentence by sentence: what both say, what one adds or drops,\naltered quotes, actors and figures only one names. A and B are an id, a file path\nor a title fragment that only one article's title holds.\n\n${OPTIONS}`,
};

import type { Subcommand } from './args.js';

const OPTIONS = `Options:
  --corpus DIR      the folder to read (same as the positional DIR)
  --manifest FILE   read article metadata from FILE instead of DIR/newsx.json
  --no-cache        analyse afresh, ignoring the cache
  --follow-links    also read links that lead out of the folder (skipped by default)
  --columns F=H,... CSV/TSV headers for fields the usual names miss
                    (F: text, title, date, url, outlet, author; e.g. text=story_body,date=pub)
  -h, --help        this help`;

const LIST_OPTIONS = `Output and filters:
  --format F        text (default), json, jsonl, csv (RFC 4180, formulas neutralised) or md
  --json            the same as --format json: one JSON value on stdout (warnings go to stderr)
  --width N         cut the text table to N columns (default: the terminal's; never cut in a pipe)
  --outlet NAME     only what this outlet published (a fragment, any case)
  --since DATE      from this date (YYYY, YYYY-MM or YYYY-MM-DD)
  --until DATE      up to this date, included
  --actor NAME      only articles naming this actor (in actors: only this actor)
  --story STORY     only this story (an id or a fragment of its title; newsx stories lists them)
  --query Q         the explorer's filter language: fuzzy words, 'exact, !not, ^prefix, field:value`;

const list = (usage: string, what: string) => `Usage: ${usage}\n\n${what}\n\n${LIST_OPTIONS}\n\n${OPTIONS}`;

/** The help text of newsx and of each subcommand (`newsx help CMD` and `newsx CMD --help` print the same). */
export const HELP: Record<Subcommand | 'main', string> = {
  main: `newsx: explore a folder of news articles in the terminal

Usage:
  newsx [DIR]                          open the explorer (DIR: default the bundled corpus)
  newsx articles [DIR]                 the articles, with metadata and where it came from
  newsx actors [DIR]                   the people, organisations and places named
  newsx timeline [DIR]                 dated events, merged across outlets
  newsx stories [DIR]                  articles grouped by the story they report
  newsx compare A B [DIR] [--json]     two articles side by side (A, B: id, id prefix, file, outlet or title fragment)
  newsx report [STORY|A B] [DIR]       a cited report of a story or a pair, --format md (default) or html
  newsx completion bash|zsh|fish       a shell completion script
  newsx help [COMMAND]                 help on a command
  newsx --version

The four lists take --format text|json|jsonl|csv|md, --json, --width N and the filters
--outlet, --since, --until, --actor, --story and --query (newsx help articles says more).

${OPTIONS}

Exit status: 0 done, 1 nothing could be loaded or found, 2 a usage error.
In the explorer, press ? for the keys.`,
  articles: list('newsx articles [DIR] [--format F] [filters]', 'Lists the articles by date with outlet and title; json gives every field (with the\nsource format), the clean paragraphs and what cleaning removed.'),
  actors: list('newsx actors [DIR] [--format F] [filters]', 'Lists the people, organisations and places named, most prominent first, with roles,\nmentions and quotes. --outlet, --since, --until and --story keep the actors their\narticles name; --actor keeps the actors whose name or spelling holds NAME.'),
  timeline: list('newsx timeline [DIR] [--format F] [filters]', "Lists dated events in order, relative dates resolved against each article's\npublication date, merged across outlets; conflicting dates are flagged.\n--outlet keeps only that outlet's reports of each event."),
  stories: list('newsx stories [DIR] [--format F] [filters]', 'Groups the articles by the story they report. Flat formats (csv, md) give one row\nper article, with its story.'),
  compare: `Usage: newsx compare A B [DIR] [--json]\n\nAligns two articles sentence by sentence: what both say, what one adds or drops,\naltered quotes with both wordings, actors and figures only one names. A and B are\nan id, a unique id prefix, a file path, an outlet that published one article, or a\ntitle fragment that only one article's title holds.\n\n${OPTIONS}`,
  report: `Usage: newsx report [STORY | A B] [DIR] [--format md|html] [-o FILE]\n\nWrites a self-contained report: the story's articles, its chronology with sources,\nwho said what (quotes with speakers and outlets) and, for two articles, the aligned\ncomparison with altered and one-sided quotes; every claim cited (outlet, title,\ndate, address or file, paragraph). With no STORY, every story. The HTML is one file\nwith no script and no remote resource, readable offline and printable.\n  --format md|html  Markdown (default) or HTML\n  -o, --output FILE write to FILE (never inside the corpus folder) instead of stdout\n\n${OPTIONS}`,
  completion: `Usage: newsx completion bash|zsh|fish\n\nPrints a completion script for subcommands, options, formats and article ids:\n  bash:  eval "$(newsx completion bash)"     (in ~/.bashrc)\n  zsh:   eval "$(newsx completion zsh)"      (in ~/.zshrc)\n  fish:  newsx completion fish | source      (in ~/.config/fish/config.fish)`,
  help: `Usage: newsx help [COMMAND]\n\nPrints the help of newsx, or of one command (the same as newsx COMMAND --help).`,
};

// Rewrites the keys section of README.md from the keymap (a test fails when it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { helpMarkdown } from '../src/keys/help.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const next = readme.replace(/<!-- keys:start -->\n[\s\S]*?<!-- keys:end -->/, `<!-- keys:start -->\n${helpMarkdown()}\n<!-- keys:end -->`);
writeFileSync(path, next);
console.log(next === readme ? 'README.md keys already current' : 'README.md keys updated');

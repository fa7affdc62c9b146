import { analyseCorpus } from '../../../src/core/analyse.js';
import type { Corpus } from '../../../src/core/types.js';
import { doc } from '../../support/corpus.js';

/** Wire copy of a port strike: the version the others rewrite. */
const WIRE = `Dock workers end three-day strike at Northport

NORTHPORT, April 2 (Wire) - Dock workers at Northport ended a three-day strike on Wednesday after the port authority agreed to raise wages by 6 percent.

"We have a deal that our members can accept," union leader Maria Okafor told reporters outside the port gates.

The strike had left 40 container ships waiting offshore, according to the port authority.

The port handles a third of the country's imports.

Port director Henrik Lund said cargo handling would return to normal by Friday.

The union had first demanded a raise of 9 percent.`;

/** A tabloid rewrite: one sentence reworded, one cut, two added, a figure of its own. */
const TABLOID = `Northport strike is OVER

Dock workers at Northport ended a three-day strike on Wednesday after the port authority agreed to raise wages by 6 percent.

"We have a deal that our members can accept," union leader Maria Okafor told reporters outside the port gates.

The walkout had stranded 40 container ships offshore, the port authority claimed.

The port handles a third of the country's imports.

Shoppers had feared empty shelves before the Easter holiday.

Economist Lena Vogt estimated the strike cost the region 12 million euros.`;

/** A report about something else on the same day. */
const WEATHER = `Storm warning for the northern coast

Forecasters warned of gales along the northern coast on Thursday, with gusts of up to 110 kilometres an hour.

Ferries to the islands were cancelled, the ferry company said.`;

/** Two versions of one story (wire copy and a tabloid rewrite) and an unrelated report. */
export function versionsCorpus(): Corpus {
  return analyseCorpus('/tmp/versions', [
    doc('wire.txt', WIRE, { outlet: 'Harbour Wire', published: '2025-04-02' }),
    doc('tabloid.txt', TABLOID, { outlet: 'Daily Flash', published: '2025-04-03' }),
    doc('weather.txt', WEATHER, { outlet: 'Coast Radio', published: '2025-04-02' }),
  ], []);
}

/** Articles that share no story: nothing to suggest for comparison. */
export function unrelatedCorpus(): Corpus {
  return analyseCorpus('/tmp/unrelated', [
    doc('weather.txt', WEATHER, { outlet: 'Coast Radio', published: '2025-04-02' }),
    doc('wire.txt', WIRE, { outlet: 'Harbour Wire', published: '2025-04-02' }),
  ], []);
}

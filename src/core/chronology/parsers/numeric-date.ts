/**
 * A numeric date: "12.03.2025", "3/11/2025", "2025/03/11". Dots and dashes are read day first (the
 * habit wherever they are used); with slashes both orders are common, so when both numbers could be a
 * month the reading nearer the publication day wins, and the source says the date was ambiguous.
 * Without a publication day the day-first reading is kept, flagged the same way.
 */
import { validDay } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spoken = (day: number, month: number): string => `${day} ${MONTH_NAMES[month - 1]}`;

/** Numeric dates with a four-digit year. */
export const numericDate: TemporalParser = {
  name: 'numeric-date',
  cue: Cue.digit,
  pattern: /(?<![\d./-])(?:(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})|(?<iy>\d{4})\/(?<im>\d{1,2})\/(?<id>\d{1,2}))(?![\d./-]*\d)/g,
  resolve(match, context) {
    const g = match.groups ?? {};
    if (g.iy) {
      const day = validDay(Number(g.iy), Number(g.im), Number(g.id));
      return day === null ? null : dated(day, 'day');
    }
    const a = Number(g.a);
    const b = Number(g.b);
    const year = Number(g.y);
    const dayFirst = validDay(year, b, a);
    const monthFirst = validDay(year, a, b);
    if (dayFirst === null || monthFirst === null || dayFirst === monthFirst || g.sep !== '/') {
      const day = g.sep === '/' ? (dayFirst ?? monthFirst) : dayFirst;
      return day === null ? null : dated(day, 'day');
    }
    const published = context.published;
    const nearer = published !== null && Math.abs(monthFirst - published) < Math.abs(dayFirst - published) ? 'month' : 'day';
    const chosen = nearer === 'month' ? monthFirst : dayFirst;
    const [cd, cm, od, om] = nearer === 'month' ? [b, a, a, b] : [a, b, b, a];
    const why = published === null ? 'day first' : 'the reading nearer the publication date';
    const resolved = dated(chosen, 'day');
    return resolved && { ...resolved, note: `${match[0]} is ambiguous: read as ${spoken(cd, cm)} (${why}); could be ${spoken(od, om)}` };
  },
};

/**
 * Colours and marks in one place. NO_COLOR (no-color.org) turns colour off; selection and highlights
 * still show through inverse and bold, which are not colours.
 */
const colourOff = 'NO_COLOR' in process.env && process.env.NO_COLOR !== '';

/** A colour name for Ink's <Text color>, or undefined when colour is off. */
function colour(name: string): string | undefined {
  return colourOff ? undefined : name;
}

/** The palette. */
export const theme = {
  accent: colour('cyan'),
  muted: colour('gray'),
  match: colour('yellow'),
  warning: colour('yellow'),
  error: colour('red'),
  added: colour('green'),
  removed: colour('red'),
  changed: colour('yellow'),
  person: colour('magenta'),
  organization: colour('blue'),
  place: colour('green'),
  colourOff,
};

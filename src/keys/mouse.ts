/** A mouse report as the terminal sends it in SGR mode (`ESC [ < button ; x ; y M`), 0-based cells. */
export interface MouseReport {
  kind: 'press' | 'release' | 'wheelUp' | 'wheelDown';
  button: number;
  x: number;
  y: number;
}

const SGR = /^\u001b?\[<(\d+);(\d+);(\d+)([Mm])$/;

/** The mouse report in one read from the terminal, or null when it is not one. */
export function mouseReport(input: string): MouseReport | null {
  const found = SGR.exec(input);
  if (!found) return null;
  const code = Number(found[1]);
  const x = Number(found[2]) - 1;
  const y = Number(found[3]) - 1;
  // Bit 6 marks the wheel (64 up, 65 down); the low bits the button; `m` a release.
  if (code & 64) return { kind: code & 1 ? 'wheelDown' : 'wheelUp', button: code & 3, x, y };
  return { kind: found[4] === 'm' ? 'release' : 'press', button: code & 3, x, y };
}

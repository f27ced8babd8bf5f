/** A figure as typed: grouping marks dropped, Arabic-Indic digits and decimal mark read; NaN when it is no number. */
export function parseFigure(text: string): number {
  const digits = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s,'\u066c\u00a0\u202f]/g, '')
    .replace('\u066b', '.');
  return digits && /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : NaN;
}

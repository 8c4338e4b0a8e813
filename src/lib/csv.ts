/**
 * Reads CSV text (RFC 4180: commas, double quotes, quoted line breaks) into rows of cells,
 * each row with the line it starts on, so problems can name the row.
 */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

/**
 * A spreadsheet program runs a cell that starts with =, +, - or @ (or a tab or carriage return
 * before one) as a formula, so `=HYPERLINK(...)` in a listing would become a live link. Text
 * cells that start so get a leading apostrophe, which spreadsheets hide; numbers are left alone.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Whether a CSV cell would be run as a formula by a spreadsheet (and is not just a number like -5). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value);
}

/** Writes rows as CSV, quoting only the cells that need it. Text cells are guarded against formulas (guardFormula). */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const escape = (value: string | number | undefined) => {
    const textValue = value === undefined ? '' : typeof value === 'number' ? String(value) : guardFormula(value);
    return /[",\r\n]/.test(textValue) || /^\s|\s$/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
  };
  return rows.map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
}

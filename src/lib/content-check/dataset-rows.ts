/** Checks that a data set's data.csv matches the columns its meta.yaml declares. */
import type { DatasetColumn } from '../../schemas/dataset.ts';
import { looksLikeFormula, parseCsv, type CsvRow } from '../csv.ts';

export interface RowProblem {
  readonly line: number;
  readonly message: string;
}

function isNumber(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value.trim());
}

export function checkDatasetRows(csvText: string, columns: readonly DatasetColumn[]): { rows: CsvRow[]; problems: RowProblem[] } {
  const rows = parseCsv(csvText);
  const problems: RowProblem[] = [];
  const [header, ...body] = rows;
  const expected = columns.map((c) => c.name);
  if (!header) return { rows, problems: [{ line: 1, message: `data.csv is empty. Its first row should be the column headings: ${expected.join(',')}.` }] };
  if (header.cells.join(',') !== expected.join(',')) {
    problems.push({
      line: header.line,
      message: `The headings in data.csv are "${header.cells.join(',')}" but meta.yaml describes "${expected.join(',')}". Make them the same, in the same order.`,
    });
    return { rows, problems };
  }
  if (body.length === 0) problems.push({ line: 2, message: 'data.csv has headings but no rows of figures.' });
  body.forEach((row, index) => {
    const rowNumber = index + 1;
    if (row.cells.length !== columns.length) {
      problems.push({ line: row.line, message: `Row ${rowNumber} has ${row.cells.length} values, but there are ${columns.length} columns. Check for a missing or extra comma.` });
      return;
    }
    row.cells.forEach((cell, c) => {
      const column = columns[c]!;
      const value = cell.trim();
      if (value === '') problems.push({ line: row.line, message: `Row ${rowNumber}, column "${column.name}" is empty. Fill it in, or remove the row.` });
      else if (looksLikeFormula(cell)) {
        problems.push({
          line: row.line,
          message: `Row ${rowNumber}, column "${column.name}" starts with "${cell.charAt(0) === '\t' ? 'a tab' : cell.charAt(0)}", so a spreadsheet would run it as a formula. Reword it so it starts with a letter or number.`,
        });
      } else if (column.type === 'number' && !isNumber(value)) {
        problems.push({ line: row.line, message: `Row ${rowNumber}, column "${column.name}" should be a number but is "${value}". Write numbers without commas, units or % signs.` });
      } else if (column.type === 'year' && !/^\d{4}$/.test(value)) {
        problems.push({ line: row.line, message: `Row ${rowNumber}, column "${column.name}" should be a year like 2019 but is "${value}".` });
      }
    });
  });
  return { rows, problems };
}

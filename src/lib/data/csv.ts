/**
 * CSV as RFC 4180 writes it: UTF-8, a header row, CRLF after every record (the RFC's line break, also after the
 * last), a field quoted when it holds a comma, a double quote, CR or LF, a quote inside doubled. A list of values
 * (a record's countries, its aliases) is one field, its values joined by LIST_SEPARATOR; a value that holds the
 * separator could not be split back, so it stops the build with the dataset, the field and the value.
 */

/** Joins the values of a multi-valued field; chosen because no record of the edition uses it. */
export const LIST_SEPARATOR = '|';
export const CSV_EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function cell(value: CsvValue, where: () => string): string {
  let text: string;
  if (Array.isArray(value)) {
    const bad = value.find((v) => v.includes(LIST_SEPARATOR));
    if (bad !== undefined) throw new Error(`${where()}: the value "${bad}" holds "${LIST_SEPARATOR}", the separator of a list in CSV`);
    text = value.join(LIST_SEPARATOR);
  } else text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of the records, columns in the order of `columns`; `dataset` names the file in errors. */
export function toCsv(dataset: string, columns: readonly string[], records: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map((c) => cell(c, () => `${dataset}: header`)).join(',')];
  records.forEach((r, i) => lines.push(columns.map((c) => cell(r[c], () => `${dataset}: record ${i + 1}, field "${c}"`)).join(',')));
  return lines.join(CSV_EOL) + CSV_EOL;
}

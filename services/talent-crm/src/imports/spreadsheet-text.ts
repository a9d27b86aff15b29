/**
 * A cell whose text starts with one of these is read as a formula by spreadsheets (and by tools
 * that turn a sheet into CSV and back): an exported value that starts so is written behind an
 * apostrophe, as text.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const startsFormula = (text: string) => FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger));
/** Starts with a formula trigger, behind any number of apostrophes. */
const neutralisable = (text: string) => startsFormula(text.replace(/^'*/, ''));

/**
 * The text as a cell that no spreadsheet evaluates. A value that already starts with apostrophes
 * before a trigger gets one more, so `restored` gives every value back as it was.
 */
export function neutralised(text: string): string {
  return neutralisable(text) ? `'${text}` : text;
}

/** The value an exported cell stood for: the apostrophe `neutralised` put in front comes off again on import. */
export function restored(text: string): string {
  return text.startsWith("'") && neutralisable(text) ? text.slice(1) : text;
}

// Finds the field delimiter and line terminator from the header line alone: the
// header is the one line we know the shape of, and it never holds free text.

type Delimiter = ',' | ';' | '\t';
type Newline = '\n' | '\r\n' | '\r';

const CANDIDATES: Delimiter[] = [',', ';', '\t'];

export interface HeaderShape {
  delimiter: Delimiter;
  newline: Newline;
}

export function detectHeaderShape(text: string): HeaderShape {
  const counts = [0, 0, 0];
  let inQuotes = false;
  let newline: Newline = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes) {
      if (ch === '\n') break;
      if (ch === '\r') {
        newline = text[i + 1] === '\n' ? '\r\n' : '\r';
        break;
      }
      const k = CANDIDATES.indexOf(ch as Delimiter);
      if (k !== -1) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < CANDIDATES.length; k++) if (counts[k]! > counts[best]!) best = k;
  return { delimiter: CANDIDATES[best]!, newline };
}

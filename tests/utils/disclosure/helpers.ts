// Small readers over scanText results, so tests say what they check.
import { scanText, type Finding, type FindingKind, type ScanOptions } from '@/utils/disclosure/index';

export interface Seen {
  kind: FindingKind;
  text: string;
  severity: Finding['severity'];
}

export function seen(text: string, options?: ScanOptions): Seen[] {
  return scanText(text, options).map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end), severity: f.severity }));
}

/** The texts flagged as `kind`. */
export function flagged(text: string, kind: FindingKind, options?: ScanOptions): string[] {
  return seen(text, options).filter((s) => s.kind === kind).map((s) => s.text);
}

/** True when some finding covers `part` of `text` (any kind). */
export function covers(text: string, part: string, options?: ScanOptions): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return scanText(text, options).some((f) => f.start < at + part.length && at < f.end);
}

/** Appends the NHS/CHI modulus 11 check digit to nine digits; undefined when no digit fits. */
export function withMod11(nine: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${nine}${check}`;
}

/** Appends a Luhn check digit. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

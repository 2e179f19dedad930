/**
 * Hostile text for form fields: emoji (skin tones, ZWJ sequences, flags, tag sequences), right-to-left
 * text with bidi marks, embeddings and isolates, combining characters and code points that Unicode
 * normalisation would change (so any NFC/NFKC on the way shows up as a changed byte), HTML
 * look-alikes, tabs and, in a textarea, line breaks. Each value is cut to an exact length in UTF-16
 * code units (what `String.length`, zod's `maxLength` and the DOM count), never inside a surrogate
 * pair: a lone surrogate can't survive UTF-8 on the wire, so it would test the encoding, not the app.
 */

/** The pieces, most telling first, so that even a 40-character value holds each kind. */
const PIECES = [
  '\u200F', // RIGHT-TO-LEFT MARK
  '👩🏽‍⚕️', // woman health worker, medium skin tone: a ZWJ sequence with a variation selector
  'שָׁלוֹם', // Hebrew with niqqud (combining points)
  'e\u0301', // e + COMBINING ACUTE: NFC would make it é
  '🇺🇸',
  '\u2067مَرْحَبًا\u2069', // Arabic with harakat, in a right-to-left isolate
  '\u2126', // OHM SIGN: NFC would make it Ω (U+03A9)
  '\t',
  '🏳️‍🌈',
  '\u202Bعربي mixed with English 123\u202C', // a right-to-left embedding
  'A\u030A', // A + COMBINING RING: NFC would make it Å
  '👨‍👩‍👧‍👦',
  '\u200E', // LEFT-TO-RIGHT MARK
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿', // the flag of Wales: a tag sequence
  'ﬁ', // LATIN SMALL LIGATURE FI: NFKC would make it fi
  'Ｆｕｌｌｗｉｄｔｈ',
  '\u1100\u1161', // conjoining jamo: NFC would make it 가
  'Z\u0324\u0354\u0367\u0311\u0313', // stacked combining marks
  '\u00A0', // NO-BREAK SPACE (inside: trim leaves it)
  '\uFEFF', // ZERO WIDTH NO-BREAK SPACE (inside)
  '☺\uFE0E', // text presentation selector
  '<b>&amp;</b> "quotes" \'apos\'',
  '🇯🇵🇲🇽',
  '\u200D\u200C', // a stray ZWJ and ZWNJ
];

const FILLER = '·';

/**
 * The tag, then `PIECES` joined, repeated and cut to exactly `length` code units (no split
 * surrogate pair).
 */
function core(length: number, multiline: boolean, tag: string): string {
  const unit = PIECES.join(multiline ? '\n' : ' ');
  let out = tag ? `${tag} ` : '';
  while (out.length < length) {
    for (const codePoint of unit) {
      if (out.length + codePoint.length > length) break;
      out += codePoint;
    }
    if (out.length + 1 > length) break;
    // Between repetitions (and to finish a value whose last code point would not fit): a filler.
    out += multiline ? '\n' : FILLER;
  }
  // Never ends on whitespace, so the contract's trim leaves exactly `length` characters.
  if (/\s$/u.test(out)) out = `${out.slice(0, -1)}${FILLER}`;
  return out;
}

export interface HostileOptions {
  /** A textarea: the pieces are separated by line breaks (LF: a textarea's value never holds CR). */
  multiline?: boolean;
  /**
   * Whether the contract trims the field: then the value gets a space at each end, around exactly
   * `length` characters, so the stored value (trimmed) is at the limit and differs from the typed one.
   */
  trimmed?: boolean;
  /**
   * A few words at the start that make the value its field's own, so a value that ends up in
   * another field (or another field's value in this one's record) shows.
   */
  tag?: string;
}

/**
 * A hostile value whose stored form (after the contract's trim, when `trimmed`) is exactly `length`
 * code units long: pass the field's maximum, or 10,000 where the contract allows that much.
 */
export function hostile(length: number, { multiline = false, trimmed = true, tag = '' }: HostileOptions = {}): string {
  const text = core(length, multiline, tag);
  return trimmed ? ` ${text} ` : text;
}

/** The most a hostile value is made for a field without a smaller limit. */
export const LONG = 10_000;

// Whether a number is a real phone number, by libphonenumber-js's own steps and metadata.
//
// The package's public `parsePhoneNumber(…).isValid()` builds a `PhoneNumber` object, and that
// class brings along its formatting and typing code (about 5.6 KB minified), none of which the
// guard uses: it only needs yes or no. So this module calls the same library functions the
// public parser calls, in the same order: extension stripped, calling code taken off, the
// national prefix taken off, the country picked by calling code, and the national number matched
// against that country's pattern. tests/utils/disclosure/phone-parse.test.ts checks that it
// agrees with the public API on every number in the test corpora and thousands of generated ones.
//
// The `es6-modern` build (plain classes, no ES5 helpers) is imported by path: the package does
// not export that folder. A version without these files fails the build loudly, not silently.
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
// @ts-expect-error The modern build has no type declarations; see `isValidPhoneNumber` below.
import Metadata from '../../../node_modules/libphonenumber-js/es6-modern/metadata.js';
// @ts-expect-error As above.
import extractCountryCallingCode from '../../../node_modules/libphonenumber-js/es6-modern/helpers/extractCountryCallingCode.js';
// @ts-expect-error As above.
import extractNationalNumber from '../../../node_modules/libphonenumber-js/es6-modern/helpers/extractNationalNumber.js';
// @ts-expect-error As above.
import getCountryByCallingCode from '../../../node_modules/libphonenumber-js/es6-modern/helpers/getCountryByCallingCode.js';
// @ts-expect-error As above.
import matchesEntirely from '../../../node_modules/libphonenumber-js/es6-modern/helpers/matchesEntirely.js';
// @ts-expect-error As above.
import isViablePhoneNumber from '../../../node_modules/libphonenumber-js/es6-modern/helpers/isViablePhoneNumber.js';
// @ts-expect-error As above.
import extractExtension from '../../../node_modules/libphonenumber-js/es6-modern/helpers/extension/extractExtension.js';
// @ts-expect-error As above.
import parseIncompletePhoneNumber from '../../../node_modules/libphonenumber-js/es6-modern/parseIncompletePhoneNumber.js';

interface NumberingPlans {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasSelectedNumberingPlan(): boolean;
  hasCountry(country: string): boolean;
  nationalNumberPattern(): string;
}

/**
 * Same answer as `parsePhoneNumberFromString(text, country, metadata)?.isValid() ?? false` from
 * `libphonenumber-js/core`, for a number written on its own (`text` is the number, not a sentence).
 * With no `country` only an international number ("+44 …") can be valid.
 */
export function isValidPhoneNumber(written: string, metadataJson: MetadataJson, given?: CountryCode): boolean {
  // As the public parser does: start at the first digit or plus sign ("(020) …" → "020) …").
  const text = written.slice(Math.max(0, written.search(/[+＋\d]/u)));
  if (!isViablePhoneNumber(text)) return false;
  const plans = new Metadata(metadataJson) as NumberingPlans;
  // A country the metadata does not hold counts as none, as in the public parser.
  const country = given && plans.hasCountry(given) ? given : undefined;
  const { number: withoutExtension = text } = extractExtension(text) as { number?: string };
  const found = extractCountryCallingCode(parseIncompletePhoneNumber(withoutExtension), undefined, country, undefined, metadataJson) as { countryCallingCode?: string; number?: string };
  const callingCode = found.countryCallingCode;
  if (!found.number || (!callingCode && !country)) return false;
  plans.selectNumberingPlan(callingCode ?? (country as string));
  const { nationalNumber } = extractNationalNumber(parseIncompletePhoneNumber(found.number), undefined, plans) as { nationalNumber: string };
  const exact = callingCode ? (getCountryByCallingCode(callingCode, { nationalNumber, metadata: plans }) as string | undefined) : country;
  if (exact) plans.selectNumberingPlan(exact);
  // The public parser's length limits for a national number (MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN).
  return plans.hasSelectedNumberingPlan() && nationalNumber.length >= 2 && nationalNumber.length <= 17 && (matchesEntirely(nationalNumber, plans.nationalNumberPattern()) as boolean);
}

// libphonenumber-js ships two builds of the same code: `es6` (the one its package exports, with
// ES5 class helpers) and `es6-modern` (plain classes). Every browser Spoonbook supports runs the
// modern one, and it is about 15 KB smaller minified, which keeps the detector inside its
// 150 KB budget. The package does not export that folder, so it is imported by path; a
// version without it fails the build loudly rather than silently.
import type { CountryCode, MetadataJson, PhoneNumber } from 'libphonenumber-js/core';
// @ts-expect-error The modern build has no type declarations; the signature is given below.
import parseModern from '../../../node_modules/libphonenumber-js/es6-modern/parsePhoneNumber.js';

/** `parsePhoneNumberFromString` from `libphonenumber-js/core`: undefined when the text is no phone number. */
export const parsePhoneNumber = parseModern as (
  text: string,
  ...rest: [country: CountryCode, metadata: MetadataJson] | [metadata: MetadataJson]
) => PhoneNumber | undefined;

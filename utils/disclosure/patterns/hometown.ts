// Where the writer lives or comes from: "I live in Leeds", "hello from Cork",
// "68, from Navan". A town narrows things down; a country hardly at all.
import { placeAt } from '../candidate';
import type { Candidate } from '../types';
import { fold, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';
import { isMedicalWord, lexicons, placeKind, trimTrailingWhen } from '../lexicon/lexicons';

/** lower. The words that tie a place to the writer or their family. */
export const HOME_CUE = /\b(?:(i'?m\sin|i\sam\sin|we'?re\sin)|(?:i|we|she|he|they|mum|dad|family|just|recently|finally)\s(?:live|lives|lived|grew up|was born|were born|moved|moved here|relocated)\s(?:here\s)?(?:in|near|to|outside|just outside|from)|(?:i'?m|i\sam|we'?re|we\sare)\s(?:from|based in|near|living in|originally from|over in|up in|down in)|(?:hello|hi|greetings|waving|hugs|love)\sfrom|(?:based|living|live|local|born and raised|raised)\s(?:in|to|near)|(?:live|living|lives)\s(?:out|up|down|over)\s(?:at|in)|nearest town is|(?:originally|here|anyone|someone|everyone|people|folks|nurse|teacher|mum|dad|carer|carers|parents|mums|moms|mams|dads|families|members|others|ladies|guys|group|meetup|meet-up|buddy)(?:\sof\s(?:one|two|three|four|five|\d))?\s(?:from\sround|from|in|near|around)|home\sto|(?:writing|posting)\sfrom|j'habite\sà|je\svis\sà|(?:ich\s)?wohne\sin|(?:ich\s)?(?:komme|schreibe|bin)\saus|ich\slebe\sin|vivo\sen|vivo\sa|abito\sa|ik\swoon\sin|(?:moved|moving|relocated)(?:\s(?:down|up|over|back|away|here))?\sfrom|\d{1,2}\)\s(?:from|in)|(?:collection|collect|pick\s?up)\s(?:only\s)?(?:from|in)|my\s(?:town|home town|hometown|village|city|area)(?:\sis|,)?)(?:\b|(?<!\w))\s{0,3}(?=\S)/gu;
/** lower. "68, from Navan", "(34f, Leeds)": an age and a comma, then the place. Apart from HOME_CUE so that one can be indexed by its words. */
export const AGE_HOME_CUE = /\b(?:^|[,.(]\s?)\d{1,2}[fm]?,\s(?:from\s|aus\s)?\s{0,3}(?=\S)/gu;
const PLACE = /(?:the\s)?((?:St\.?\s)?\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[\s-](?:upon|on|under|in|le|la|de|del|di|of|the|sur|am|an|by)[\s-]\p{Lu}[\p{L}\p{M}'’-]{1,30}|[ -]\p{Lu}[\p{L}\p{M}'’-]{1,30}){0,3})/uy;
const LOWER_PLACE = /([a-z][a-z'’-]{2,30})(?!\p{L})/uy;
/** "in the Chattanooga area", "around the Fraser Valley area", "Skokie area, anyone…": a place named as an area near the writer. */
// Matched on the slice that ends at each " area", never over the whole text: scanning a paste for it cost 7 ms a megabyte.
const AREA = /(?:\b(?:in|around|near|from)\s(?:the\s)?|^|[.!?\n]\s{0,3})(\p{Lu}[\p{L}\p{M}'’]{1,30}(?:[\s-]\p{Lu}[\p{L}\p{M}'’]{1,30}){0,2})\sarea$/u;
/** Longer than any match of AREA (in UTF-16 units), so a slice this long holds the whole of one. */
const AREA_REACH = 210;

/** lower. "anyone round bristol", "hairdresser in leamington": a town we know, written in lower case after a where-word. */
export const LOWER_TOWN_AFTER = /\b(?:in|from|round|around|near|outside)\s([a-z][a-z'’-]{3,20})(?![\p{L}\d])/gu;

/** "Geelong mum here", "Caloundra mum of a T1 teen here": a capitalised place, who, then "here" at the end of the slice. */
const TOWN_HERE = /(?:^|[\s.!,(])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(?:(mum|mom|mam|dad|lass|lad|girl|gal|guy|boy|nan|gran|carer|wife|husband|local|born and bred)\s(?:of\s(?:a|an|one|two|three|four|\d)\s(?:[\w-]+\s){0,3})?)?here$/u;

/** lower. "Other Swindon parents", "any Tucson families": a town's people the writer counts themself among. */
const TOWN_PEOPLE = /\b(?:other|any|fellow)\s([a-z]+(?:[\s-][a-z]+)?)\s(?:parents|families|mums|moms|mams|dads|folks?|people|locals|members|carers|patients)\b/gu;
/** "Castleford born and bred": a town before words that make it home. */
const TOWN_BRED = /(?:^|[\s.!,(])(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?),?\s(?:born|bred|raised)\s(?:and|&|n)\s(?:bred|raised)$/u;

export const HOME_PATTERNS: readonly RegExp[] = [TOWN_HERE, HOME_CUE, AGE_HOME_CUE, PLACE, LOWER_PLACE, AREA, LOWER_TOWN_AFTER, TOWN_PEOPLE, TOWN_BRED];

/** Decide whether the words after a home cue are a place, and how much they narrow things down. */
export function homePlace(words: string, capitalised: boolean, weakCue: boolean): { severity: Candidate['severity']; confidence: number } | undefined {
  // "Parkinson's", "Crohn's": a possessive after a cue is a condition, not a place.
  if (/['’]s?$/u.test(words) && isMedicalWord(fold(words).replace(/['’]s?$/u, ''))) return undefined;
  const folded = fold(words).replace(/\.$/u, '');
  const lex = lexicons();
  // A region wins over a town of the same name ("here in Ontario"); Irish county towns are towns (see regions.json).
  const kind = placeKind(folded);
  // A country, state, region or county ("Orange County", "County Durham") hardly narrows anything down.
  if (kind === 'country' || kind === 'region' || /\bcounty\b/u.test(folded)) return undefined;
  if (kind === 'town') return { severity: 'medium', confidence: 0.85 };
  if (!capitalised) return undefined;
  // "CamAPS", "NHS": an inner capital or all capitals is a brand or an acronym, not an unknown town.
  if (/\p{Ll}\p{Lu}/u.test(words) || !/\p{Ll}/u.test(words)) return undefined;
  const first = folded.split(/[\s-]/u)[0] ?? '';
  if (lex.notNames.has(first) || isMedicalWord(first) || lex.publicOrgs.has(folded)) return undefined;
  // "I'm in Agony", "I'm in Remission": a lone ordinary word is not a place.
  if (!/[\s-]/u.test(folded) && lex.common.has(folded)) return undefined;
  // After a weak cue ("I'm in …") an unknown name counts only as one plain capitalised word
  // that is no ordinary word, no first name and no acronym ("I'm in ICU"): "I'm in Nenagh".
  if (weakCue) {
    // "Burleigh Heads", "Fitzroy North": two words when the second says it is a place.
    const placeWord = /^\p{Lu}\p{Ll}+ (?:Heads|North|South|East|West|Bay|Beach|Park|Hill|Hills|Heights|Vale|Valley|Springs|Falls|Point|Creek|Harbour|Harbor|Bridge|Green|Moor|Downs|Cove|Port|Town|City|Village|Lakes?|Ridge|Grove|Wells|Common)$/u.test(words);
    if ((/[\s-]/u.test(folded) && !placeWord) || (!placeWord && !/^\p{Lu}\p{Ll}+$/u.test(words)) || lex.common.has(first) || lex.given.has(first)) return undefined;
    return { severity: 'medium', confidence: 0.6 };
  }
  return { severity: 'medium', confidence: 0.7 };
}

const HOME_CUE_AT = indexedCue('HOME_CUE', HOME_CUE, CUE_WORDS.HOME_CUE);
const LOWER_TOWN_AT = indexedCue('LOWER_TOWN_AFTER', LOWER_TOWN_AFTER, CUE_WORDS.LOWER_TOWN_AFTER);

export function detectHomeTown(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  const cues = cueMatches(ctx, HOME_CUE_AT);
  if (/\d,\s/u.test(lower)) for (const m of lower.matchAll(AGE_HOME_CUE)) cues.push(m as RegExpExecArray);
  for (const m of cues) {
    const at = m.index + m[0].length;
    PLACE.lastIndex = at;
    const place = PLACE.exec(text);
    const words = place?.[1] ? trimTrailingWhen(place[1].replace(/\.$/u, '')) : undefined;
    // "near LS6": letters run into digits are a postcode district, read by the postcode detector.
    if (place && words && !/\d/u.test(text.charAt(place.index + place[0].length))) {
      const start = place.index + place[0].length - (place[1]?.length ?? 0);
      const verdict = homePlace(words, true, m[1] !== undefined);
      if (verdict) {
        out.push(placeAt(start, start + words.length, verdict.confidence, verdict.severity));
      }
      continue;
    }
    LOWER_PLACE.lastIndex = at;
    const lowerPlace = LOWER_PLACE.exec(text);
    const word = lowerPlace?.[1];
    if (!lowerPlace || !word) continue;
    // Lower-case "live in leeds": only names we know are places, and not ordinary words ("live in hope").
    const verdict = lexicons().ordinaryTowns.has(fold(word)) ? undefined : homePlace(word, false, m[1] !== undefined);
    if (verdict) {
      out.push(placeAt(lowerPlace.index, lowerPlace.index + word.length, verdict.confidence - 0.1, verdict.severity));
    }
  }
  const lex = lexicons();
  for (const m of cueMatches(ctx, LOWER_TOWN_AT)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    // Only what is written in lower case (capitals are read elsewhere), a town we know, and no everyday word ("in reading").
    if (text.charCodeAt(start) < 97 || !lex.towns.has(word) || lex.ordinaryTowns.has(word) || lex.common.has(word) || lex.given.has(word) || lex.regions.has(word) || lex.countries.has(word)) continue;
    out.push(placeAt(start, start + word.length, 0.6));
  }
  // "Geelong mum here", "Cork lass here": a known town, maybe a word for who, then "here".
  for (let at = lower.indexOf(' here'); at >= 0; at = lower.indexOf(' here', at + 5)) {
    if (/\p{L}/u.test(text.charAt(at + 5))) continue;
    const from = Math.max(0, at - 60);
    const m = TOWN_HERE.exec(text.slice(from, at + 5));
    const town = m?.[1];
    // A town we know, or with a word for who ("Caloundra mum here") one plain capitalised word that is no
    // ordinary word, name or condition.
    if (!m || !town || lex.given.has(fold(town)) || (placeKind(fold(town)) !== 'town' && !(m[2] && homePlace(town, true, true)))) continue;
    const start = from + m.index + m[0].indexOf(town);
    out.push(placeAt(start, start + town.length, 0.7));
  }
  for (const m of lower.matchAll(TOWN_PEOPLE)) {
    const words = m[1] ?? '';
    const start = m.index + m[0].indexOf(words, 4);
    if (/^\p{Lu}/u.test(text.charAt(start)) && placeKind(words) === 'town') out.push(placeAt(start, start + words.length, 0.7));
  }
  for (let at = lower.indexOf(' bred'); at >= 0; at = lower.indexOf(' bred', at + 5)) {
    const from = Math.max(0, at - 40);
    const m = TOWN_BRED.exec(text.slice(from, at + 5));
    const town = m?.[1];
    if (!m || !town || placeKind(fold(town)) !== 'town') continue;
    const start = from + m.index + m[0].indexOf(town);
    out.push(placeAt(start, start + town.length, 0.75));
  }
  for (let at = lower.indexOf(' area'); at >= 0; at = lower.indexOf(' area', at + 5)) {
    if (/\w/u.test(text.charAt(at + 5))) continue;
    // The slice starts mid-text only where a match cannot reach, so its "^" is the text's own start.
    const from = Math.max(0, at - AREA_REACH);
    const m = AREA.exec(text.slice(from, at + 5));
    const words = m?.[1];
    if (!m || !words) continue;
    const start = from + m.index + m[0].length - words.length - ' area'.length;
    const verdict = homePlace(words, true, false);
    if (verdict) out.push(placeAt(start, start + words.length, verdict.confidence, verdict.severity));
  }
  return out;
}

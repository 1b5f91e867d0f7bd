// Names announced by the words around them: "my name is…", "my son Jake",
// "Dr Okonkwo", "find me as…", a name signed at the end. These cues work even
// for lower-case or unusual names that no lexicon knows.
import { candidateOf, personAt, placeAt } from '../candidate';
import type { Candidate } from '../types';
import { isMedicalWord, lexicons } from '../lexicon/lexicons';
import { atSentenceStart, fold, trimEndChars, wordStartBefore, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';
import { detectSignedWithNote, knownLowerName } from './name-openers';
import { KIN_WORDS } from './kin';
import { homePlace } from './hometown';

const RELATIVES = `${KIN_WORDS}|case manager|care manager|caseworker|case worker|support worker|mental health worker|neighbou?r|colleague|boss|manager|supervisor|carer|ex|nurse|physio|counsellor|counselor|therapist|coordinator|care coordinator|key worker|midwife|health visitor|social worker|cpn|dsn|cns|anp|np|community nurse|district nurse|specialist nurse|ot|occupational therapist|hv|slt|speech therapist|psych|keyworker|gp|consultant|surgeon|specialist|rheumatologist|rheumy|neurologist|neuro|endo|cardiologist|psychiatrist|psychologist|oncologist|dietitian|pharmacist|dentist`;

/** lower. "my name is", "her maiden name is", "I'm called", "call me", "name:", "signed". */
export const SELF_CUE = /\b(?:my name(?:'s| is)|my names|(?:maiden|married|birth|real|full) name(?:'s| is| was|:)|i'?m called|i am called|(?:you can |please )?call me|(?:everyone|people|they|friends|family|we)\s(?:calls?|knows?)\s(?:me|him|her|them)(?:\sas)?|known as|goes by|(?:i\s)?go by|aka|nicknamed|name\s?:|signed,?|sign(?:ing)? off,?|this is|i'?m|i am|it'?s|grandad|grandma|nana|nan|granny|mum|mom|dad)\s{1,3}(?=\S)/gu;
/** lower. "my son Jake", "our daughter, Ava", "my nurse Paula". */
export const FAMILY_CUE = new RegExp(`\\b(?:my|our|his|her|their|the)\\s(?:(?:\\d{1,2}\\s?(?:yo|year old|y/o)|little|lovely|beautiful|eldest|youngest|oldest|baby|late|middle|older|younger|big|step|two|three|ms|ibd|cf|pain|specialist|new|old|\\d)\\s){0,2}(?:${RELATIVES}|\\d{1,2}\\s?(?:yo|y/o|year old|yr old|month old))(?:'s name is|\\sis called|\\scalled|\\snamed|,)?\\s{1,3}\\(?(?=\\S)`, 'gu');
/** lower. A relative or carer opening a sentence with no "my": "wife maura is typing", "Social worker Priya…", "Baby Zayan is…". */
export const BARE_RELATIVE_CUE = /\b(?:wife|husband|hubby|partner|dh|dd|ds|son|daughter|baby|mum|dad|carer|nurse|cpn|physio|dietitian|consultant|social worker|case manager|care manager|support worker|mental health worker|key worker)\s{1,3}\(?(?=\S)/gu;
/** lower. Titles before a name, including lower-case "dr mehta". */
export const TITLE_CUE = /\b(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|nurse|sister|consultant)\.?:?\s{1,3}(?=\S)/gu;
/** lower. "ask for Karen". */
export const ASK_FOR_CUE = /\bask for\s/gu;
/** lower. " on 0413…", " at (02)…": a number straight after a word, found first because it is rare. */
export const ON_NUMBER = /\s(?:on|at)\s[+\d(]/gu;
/** lower. "text Leilani" ending where " on <number>" starts: the contact verb and one word. */
const CONTACT_VERB_BEFORE = /\b(?:text|call|ring|message|email|e-mail|dm|pm|contact|speak to|talk to)\s\p{L}+$/u;
/** lower. A greeting opening the post: "hi all, ", "bonjour, ", "morning everyone ". */
export const GREETING_CUE = /^\s*(?:hi|hello|hey|hiya|heya|howdy|morning|evening|bonjour|hallo|hola|ciao|dia dhuit|kia ora|g'?day)(?:\s(?:all|everyone|folks|guys|ladies|team|there|zusammen|y'all))?,?\s(?=\S)/gu;
/** After a name: "from …", ", 34", " (34)". */
const INTRO_AFTER = /^(?:\sfrom\s|,\s?\d{1,2}\b|\s\(\d{1,2})/u;
/** ", 31" or " (31)" straight after a name. */
const AGE_AFTER = /^(?:,\s?|\s\()\d{1,2}(?!\d)/u;
/** Words of time that follow "my mum" as an adverb ("I saw my mum Sunday"). */
const WHEN_WORDS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:today|tonight|tomorrow|yesterday|weekend)$/u;
const SENTENCE_GAP = /^[\s.!?]*$|\p{Extended_Pictographic}\s?$/u;
/** lower. "find me as …", "my username is …", "discord jessiek#4821". */
export const HANDLE_CUE = /\b(?:find me (?:as|on [a-z]\w{1,11} as|under|at)|look me up (?:as|on [a-z]\w{1,11} as)|search (?:for )?me as|(?:add|message|dm) me (?:as|on [a-z]\w{1,11}(?:,?\s(?:i'?m|i\sam|it'?s|as)|:)?)|(?:my\s)?(?:username|user name|handle|gamertag|tag)(?:\s(?:on\s)?here)?(?:\s(?:is|=)|:)?|(?:my\s)?(?:insta|ig|instagram|tiktok|twitter|snapchat|snap|discord|fb|facebook|bluesky|bsky|threads|mastodon|youtube|reddit)(?:\shandle|\sname|\sis|\s=|:)|(?:on|via)\s(?:insta|ig|instagram|tiktok|twitter|threads|bluesky|bsky)(?:\sas)?|(?:on|via)\s(?:insta|ig|instagram|tiktok|twitter|threads|bluesky|bsky|discord|snapchat|snap|reddit|twitch),?\s(?:i'?m|i\sam|it'?s)|(?:on|via)\s(?:youtube|facebook|fb|etsy|reddit|discord|snapchat|snap|twitch|pinterest|mastodon)\sas|(?:snap|snapchat|insta|ig|tiktok|discord)(?=\s[\p{L}\d_]+[._\d])|discord)(?![a-z])\s{0,3}(?=\S)/gu;
/** lower. " on Etsy", " on TikTok": a platform, found first because it is rare; the account name is read backwards from it. */
export const ON_PLATFORM = /\son\s(?:etsy|instagram|insta|ig|tiktok|twitter|x|youtube|facebook|fb|twitch|reddit|discord|threads|bluesky|bsky|pinterest|ko-fi|kofi|depop|vinted|ebay|substack|snapchat|snap|tumblr|mastodon|strava|linkedin)(?![\p{L}\d])/gu;
/** lower. "she's noorsbeads", "follow me bendy_bex": a one-word account name after a cue, ending where " on <platform>" starts. */
export const HANDLE_BEFORE_PLATFORM = /\b(?:i'?m|i\sam|she'?s|he'?s|we'?re|they'?re|called|named|follow(?:\s(?:me|her|him|us|them))?|find\s(?:me|her|him|us|them)(?:\sas)?|search(?:\sfor)?|look\s(?:me|her|him|us|them)\sup(?:\sas)?|under)\s(@?[\p{L}\d_][\p{L}\d_.]{2,29})$/u;
// "R. Bhattacharya": an initial and its full stop may stand for the first name.
/** lower. "…about it: hs.and.honest on instagram": a dotted or underscored name needs no cue before it. */
const HANDLE_SHAPED_BEFORE = /(?:^|[\s:(])(@?(?=[\p{L}\d._]*[\p{L}\d]{3})[\p{L}\d]+(?:[._][\p{L}\d]+)+)$/u;
/** lower, inside a bracket: "(our twins)", "(my eldest son)". */
const KIN_BRACKET = new RegExp(`^(?:my|our)\\s(?:[a-z]+\\s)?(?:${KIN_WORDS}|kids|twins|children)\\)`, 'u');
const NAMES_BEFORE = /(?:^|[\s,(])(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?:\s(?:and|&)\s(\p{Lu}[\p{Ll}\p{M}'’-]{1,20}))?$/u;
const NAME_AFTER = /(\p{Lu}\.(?= \p{Lu}\p{Ll})|\p{L}[\p{L}\p{M}'’-]{0,30})(?: (\p{Lu}[\p{L}\p{M}'’-]{1,30}|\p{Lu}\.?))?(?: (\p{Lu}[\p{L}\p{M}'’-]{1,30}))?/uy;
const HANDLE_AFTER = /@?[\p{L}\d_][\p{L}\d_.#-]{1,40}/uy;
/** The last line is a short sign-off: "- Lorraine", "Mike", "Sam x", "(Jan)", "Pat, Gateshead". */
/** Tried right after a separator near the end: "… - Lorraine", "(Jan)", "😂 Sian Morgan, Llanelli". */
export const SIGN_OFF = /\s{0,3}\(?(\p{Lu}[\p{Ll}\p{M}'’-]{1,20}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,20})?)(?: \p{Lu}[\p{Ll}\p{M}'’-]{1,20})?\)?(?:, \d{1,2})?(?:, (\p{Lu}[\p{Ll}'’-]{1,30}(?: \p{Lu}[\p{Ll}'’-]{1,30})?))?$/uy;
const LOWER_SIGN_OFF = /\s{1,3}(\p{Ll}{2,20})$/uy;
const SIGN_OFF_SEPARATORS = '\n.!?),~-–—(';
/** Emoji and skin tones that may follow a sign-off name; trimmed by hand before matching. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;

export const NAME_PATTERNS: readonly RegExp[] = [KIN_BRACKET, NAMES_BEFORE, HANDLE_SHAPED_BEFORE, BARE_RELATIVE_CUE, GREETING_CUE, INTRO_AFTER, AGE_AFTER, WHEN_WORDS, SELF_CUE, FAMILY_CUE, TITLE_CUE, ASK_FOR_CUE, ON_NUMBER, CONTACT_VERB_BEFORE, SENTENCE_GAP, HANDLE_CUE, ON_PLATFORM, HANDLE_BEFORE_PLATFORM, NAME_AFTER, HANDLE_AFTER, SIGN_OFF, LOWER_SIGN_OFF, EMOJI];

const WEAK_SELF = /^(?:i'?m|i am|it'?s|this is|grandad|grandma|nana|nan|granny|mum|mom|dad)\s+$/u;
const SELF_INTRO_ENDINGS = /^(?:\s(?:here|x{1,3})\b|\s?[,(]|\s?$|\s(?:and|from|with|aged|but|btw|[&–-])(?!\S))/u;

function nameAfter(text: string, at: number): { start: number; words: string[] } | undefined {
  NAME_AFTER.lastIndex = at;
  const m = NAME_AFTER.exec(text);
  if (!m?.[1]) return undefined;
  return { start: m.index, words: [m[1], m[2], m[3]].filter((w): w is string => !!w) };
}

/**
 * Is this word plausibly a given name, not "tired", "sorry", "the" or "Crohn's"?
 * After a strong cue ("my son …", "Dr …") a capital is enough; after a weak one
 * ("I'm …") the word must be a known first name, or capitalised and unusual.
 */
function nameLike(word: string, strict: boolean): boolean {
  const lex = lexicons();
  const key = fold(word.replace(/['’]s?$/u, ''));
  if (key.length < 2 || /\d/u.test(word)) return false;
  const capital = /^\p{Lu}\p{Ll}/u.test(word);
  const known = lex.given.has(key);
  // After a strong cue, a known first name that is also a medicine's brand ("my daughter Yasmin") is a name.
  if (isMedicalWord(key) && (strict || !known)) return false;
  // "Jan", "May", "Will" are names after "my name is" or "my son", not after "I'm".
  if (lex.notNames.has(key) && (strict || !capital || !known)) return false;
  const ordinary = lex.common.has(key) || lex.wordLike.has(key);
  if (!strict) return capital || (known && !ordinary);
  return (known && !ordinary) || (capital && !ordinary) || (capital && known && !lex.wordLike.has(key));
}

/** The end of the name: the first word plus following capitalised words (surname, middle initial). */
function nameEnd(text: string, found: { start: number; words: string[] }): number {
  const first = found.words[0] ?? '';
  let end = found.start + first.replace(/['’]s?$/u, '').length;
  let cursor = found.start + first.length;
  for (const w of found.words.slice(1)) {
    const at = text.indexOf(w, cursor);
    if (at < 0 || at - cursor > 1 || !nameLike(w, false) || !/^\p{Lu}/u.test(w)) break;
    end = at + w.replace(/['’]s?$/u, '').length;
    cursor = at + w.length;
  }
  return end;
}

function pushName(out: Candidate[], text: string, found: { start: number; words: string[] }, confidence: number, detail: string): void {
  const end = nameEnd(text, found);
  const full = /\s/u.test(text.slice(found.start, end));
  out.push(candidateOf('PERSON', found.start, end, full ? 'high' : 'medium', confidence, { detail, facet: detail === 'family' ? 'family' : detail === 'clinician' ? 'clinician' : undefined }));
}

/** "I'm Bethan Morgan from Aberystwyth": the place after a self-introduction is home, even one no list knows. */
const FROM_PLACE = / from (\p{Lu}[\p{L}\p{M}'’-]{2,30})(?![\p{L}\d])/uy;

function placeAfterIntro(text: string, end: number, out: Candidate[]): void {
  FROM_PLACE.lastIndex = end;
  const m = FROM_PLACE.exec(text);
  const place = m?.[1];
  const verdict = place ? homePlace(place, true, true) : undefined;
  if (m && place && verdict) out.push(placeAt(end + 6, end + 6 + place.length, verdict.confidence, verdict.severity));
}

const SELF_CUE_AT = indexedCue('SELF_CUE', SELF_CUE, CUE_WORDS.SELF_CUE);
const FAMILY_CUE_AT = indexedCue('FAMILY_CUE', FAMILY_CUE, CUE_WORDS.FAMILY_CUE);
const BARE_RELATIVE_AT = indexedCue('BARE_RELATIVE_CUE', BARE_RELATIVE_CUE, CUE_WORDS.BARE_RELATIVE_CUE);
const TITLE_CUE_AT = indexedCue('TITLE_CUE', TITLE_CUE, CUE_WORDS.TITLE_CUE);
const HANDLE_CUE_AT = indexedCue('HANDLE_CUE', HANDLE_CUE, CUE_WORDS.HANDLE_CUE);

function detectCuedNames(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (const m of cueMatches(ctx, SELF_CUE_AT)) {
    const weak = WEAK_SELF.test(m[0]);
    // Most "it's", "I'm", "mum" are followed by an ordinary lower-case word: skip those before any work.
    const next = text.charCodeAt(m.index + m[0].length);
    if (weak && next >= 97 && next <= 122 && !/^(?:i'?m|i am)/u.test(m[0])) continue;
    const found = nameAfter(text, m.index + m[0].length);
    const first = found?.words[0];
    if (!found || !first) continue;
    // "I'm Sarah", "it's Jo here" need a name-like word and an intro-like ending ("here", a comma, the end); "my name is" takes any name.
    const ending = SELF_INTRO_ENDINGS.test(text.slice(found.start + first.length, found.start + first.length + 8));
    if (weak && !ending && found.words.length < 2) continue;
    const unusual = !lexicons().common.has(fold(first)) && nameLike(first.charAt(0).toUpperCase() + first.slice(1), false);
    // "my name is rubija": after a strong cue any unusual word will do; "I'm Ciara, 29": a capital and an intro-like ending.
    const known = lexicons().given.has(fold(first)) && !lexicons().notNames.has(fold(first)) && !isMedicalWord(fold(first));
    // "I'm Rose, 31": a capitalised word with an age straight after is a name, even an everyday one.
    // "i'm steph, 24": in lower case only a known name that no word list holds.
    const aged = (/^\p{Lu}/u.test(first) || knownLowerName(first)) && AGE_AFTER.test(text.slice(found.start + first.length, found.start + first.length + 6)) && !WHEN_WORDS.test(fold(first)) && !isMedicalWord(fold(first));
    if (!aged && !nameLike(first, weak) && !(unusual && (!weak || (ending && /^\p{Lu}/u.test(first)))) && !(known && !weak)) continue;
    pushName(out, text, found, weak ? 0.7 : 0.9, 'own name');
    placeAfterIntro(text, (out[out.length - 1] as Candidate).end, out);
  }
  const family = cueMatches(ctx, FAMILY_CUE_AT);
  for (const m of cueMatches(ctx, BARE_RELATIVE_AT)) if (atSentenceStart(text, m.index)) family.push(m);
  for (const m of family) {
    const found = nameAfter(text, m.index + m[0].length);
    const first = found?.words[0];
    // "my son Jake" needs a capital (or a known name); "my son is 7", "my consultant rang me" stay clean.
    // "my partner (I'm poz…)": "I", "I'm", "I've" are never names.
    if (!found || !first || /^I['’]/u.test(first)) continue;
    const lowerCase = !/^\p{Lu}/u.test(first);
    // "my wife Summer", "my daughter April": after a relative, a capital outweighs the word lists (not "my mum Sunday").
    const seasonal = !lowerCase && first.length > 2 && lexicons().notNames.has(fold(first)) && !WHEN_WORDS.test(fold(first)) && !isMedicalWord(fold(first));
    // "my son jaxon (4)": an age straight after makes even a lower-case word a name.
    const aged = AGE_AFTER.test(text.slice(found.start + first.length, found.start + first.length + 6)) && !lexicons().medical.has(fold(first)) && !lexicons().common.has(fold(first));
    // After "the" ("the GP Learning Disability check") a capitalised ordinary word names a service, not a person.
    if (!seasonal && !aged && !nameLike(first, lowerCase || m[0].startsWith('the'))) continue;
    // Lower case, or "Baby" opening a sentence ("Baby Shark", "Baby Led Weaning"): only with a verb or a break after.
    if ((lowerCase || /^baby\s/u.test(m[0])) && !/^(?:\s?[,.(!?]|\s?$|\s(?:is|was|has|had|and|who|says|said|does|did|will|can|just|took|keeps|helped|made|got|came|went|thinks)\b)/u.test(text.slice(found.start + first.length, found.start + first.length + 6))) continue;
    const clinical = /nurse|physio|counsel|therap|coordinator|worker|midwife|visitor|\bcpn|\bdsn|\bcns|\banp|\bnp\b|\bot\b|\bhv\b|\bslt\b|psych|gp|consultant|surgeon|specialist|olog|rheumy|neuro|endo|dietitian|pharmacist|dentist/u.test(m[0]);
    pushName(out, text, found, 0.85, clinical ? 'clinician' : 'family');
  }
  // "Grace and May (our twins)", "Bea (my daughter)": names with who they are in brackets straight after.
  for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
    if (!KIN_BRACKET.test(lower.slice(at + 2, at + 40))) continue;
    const m = NAMES_BEFORE.exec(text.slice(Math.max(0, at - 50), at));
    for (const name of [m?.[1], m?.[2]]) {
      const key = fold(name ?? '');
      if (!name || !m || (!lexicons().given.has(key) && (lexicons().common.has(key) || lexicons().notNames.has(key))) || isMedicalWord(key)) continue;
      pushName(out, text, { start: at - m[0].length + m[0].lastIndexOf(name), words: [name] }, 0.8, 'family');
    }
  }
  for (const m of cueMatches(ctx, TITLE_CUE_AT)) {
    // "MS nurse", "I miss Sarah", "my sister Jo": these titles only count written as titles.
    if (/^(?:ms|miss|mrs|sister)\b/u.test(m[0]) && !/^(?:Ms|Miss|Mrs|Sister)\b/u.test(text.slice(m.index, m.index + 6))) continue;
    const found = nameAfter(text, m.index + m[0].length);
    const first = found?.words[0];
    if (!found || !first) continue;
    const key = fold(first);
    const lex = lexicons();
    // "Dr Ng", "Dr Li": a short capitalised surname after a title is a name even if a list knows the letters ("NG tube").
    const shortSurname = /^\p{Lu}\p{Ll}{1,2}$/u.test(first);
    if (lex.notNames.has(key) || (isMedicalWord(key) && !shortSurname) || (!/^\p{Lu}/u.test(first) && lex.common.has(key))) continue;
    // "ask the doctor herself": only a short title ("dr mehta") may take a lower-case name.
    if (!/^\p{Lu}/u.test(first) && !/^(?:dr|prof|mr|mrs|ms|mx)\b/u.test(m[0])) continue;
    const clinical = /^(?:dr|doctor|prof|nurse|sister|consultant)/u.test(m[0]);
    pushName(out, text, found, 0.9, clinical ? 'clinician' : 'titled');
  }
  // "Jen here", "Dermot Keane here" opening a sentence.
  for (let at = lower.indexOf(' here'); at > 0; at = lower.indexOf(' here', at + 5)) {
    if (/\p{L}/u.test(lower.charAt(at + 5))) continue;
    let start = wordStartBefore(text, at, 20);
    if (start < at && text.charAt(start - 1) === ' ') {
      const earlier = wordStartBefore(text, start - 1, 20);
      if (/^\p{Lu}/u.test(text.charAt(earlier)) && /^\p{Lu}/u.test(text.charAt(start))) start = earlier;
    }
    // After a sentence break, or after the opening greeting ("Hallo zusammen, Tanja here").
    const opening = start <= 30 && /^[^.!?\n]*,\s$/u.test(text.slice(0, start));
    if (start === at || !(opening || SENTENCE_GAP.test(text.slice(Math.max(0, start - 3), start)))) continue;
    const words = text.slice(start, at).split(' ');
    const first = words[0] ?? '';
    const lex = lexicons();
    // A known first name, or two capitalised words; not "Update here" or "Newbie here".
    // "Yasmin here" is a name even though Yasmin is also a pill; "Humira here" is not.
    if (lex.common.has(fold(first)) || lex.notNames.has(fold(first)) || (isMedicalWord(fold(first)) && !lex.given.has(fold(first)))) continue;
    const unusualOpener = opening && /^\p{Lu}\p{Ll}/u.test(first);
    if (unusualOpener || lex.given.has(fold(first)) || (words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)))) {
      pushName(out, text, { start, words }, 0.75, 'own name');
    }
  }
  // "Hi all, Kerry-Ann from Toowoomba", "Bonjour, Marie-Claire from Lyon".
  for (const m of lower.matchAll(GREETING_CUE)) {
    const found = nameAfter(text, m.index + m[0].length);
    const first = found?.words[0];
    if (!found || !first || !/^\p{Lu}\p{Ll}/u.test(first) || found.words.length > 1) continue;
    const key = fold(first);
    const lex = lexicons();
    if (lex.notNames.has(key) || isMedicalWord(key) || (lex.common.has(key) && !lex.given.has(key))) continue;
    if (INTRO_AFTER.test(text.slice(found.start + first.length, found.start + first.length + 8))) pushName(out, text, found, 0.75, 'own name');
  }
  // "text Leilani on 0413…": read back from the number, which is rarer than the verbs.
  const contactAt: number[] = [];
  for (const m of lower.matchAll(ASK_FOR_CUE)) contactAt.push(m.index + m[0].length);
  for (const m of lower.matchAll(ON_NUMBER)) {
    const cue = CONTACT_VERB_BEFORE.exec(lower.slice(Math.max(0, m.index - 30), m.index));
    if (cue) contactAt.push(m.index - cue[0].length + cue[0].lastIndexOf(' ') + 1);
  }
  for (const at of contactAt) {
    const found = nameAfter(text, at);
    const first = found?.words[0];
    // "ring Samaritans on 116 123": a helpline is not a person.
    // Lower case only for a known first name that is no ordinary word: "ask for aoife".
    const key = fold(first ?? '');
    if (found && first && (/^\p{Lu}/u.test(first) || knownLowerName(first)) && nameLike(first, false) && !(lexicons().publicOrgs.has(key) && !lexicons().given.has(key))) pushName(out, text, found, 0.8, 'contact');
  }
}

/** Endings of ordinary English words: "she's hopeless on Facebook", "we're obsessed on TikTok". */
const WORD_ENDING = /(?:ed|ing|less|ful|ly|ous|ive|able|ible|est|er|ish|ness|ic|al)$/u;

/**
 * `loose`: after "she's …" rather than "my username is …", a word with no @, digit, underscore, dot
 * or inner capital must be long and unlike an ordinary word to be an account name ("niasbeadbox").
 */
function pushHandle(out: Candidate[], start: number, raw: string, loose = false): void {
  const value = trimEndChars(raw, '.#-');
  const key = fold(value);
  const lex = lexicons();
  const tell = /[@_\d.#]/u.test(value) || (loose && /\p{Ll}\p{Lu}/u.test(value));
  const unusual = !lex.common.has(key) && !lex.notNames.has(key) && !isMedicalWord(key) && (loose ? value.length >= 14 || (value.length >= 11 && !WORD_ENDING.test(key)) : value.length >= 4);
  const handleLike = tell || unusual;
  if (!handleLike || /^(?:is|on|at|me|the|my|and|or)$/u.test(key)) return;
  const kind = /^\p{Lu}\p{Ll}+$/u.test(value) && lex.given.has(key) ? 'PERSON' : 'HANDLE';
  out.push({ start, end: start + value.length, kind, severity: 'high', confidence: 0.9, detail: 'account' });
}

/** lower. A platform named earlier in the text, for "I'm … on there". */
const PLATFORM_NAMED = /\b(?:messenger|whatsapp|etsy|instagram|insta|tiktok|twitter|youtube|facebook|twitch|reddit|discord|threads|bluesky|snapchat|telegram|signal)\b/u;

/** The account name that ends where " on <platform>" starts. A strong cue ("search", "follow") takes any unusual word. */
function readBackFromPlatform(text: string, lower: string, at: number, out: Candidate[]): void {
  const h = HANDLE_BEFORE_PLATFORM.exec(lower.slice(Math.max(0, at - 60), at)) ?? HANDLE_SHAPED_BEFORE.exec(lower.slice(Math.max(0, at - 40), at));
  const handle = h?.[1];
  if (!h || !handle) return;
  const start = at - handle.length;
  pushHandle(out, start, text.slice(start, at), !/^(?:follow|find|search|look|called|named|under)/u.test(h[0]));
}

function detectHandles(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (const m of cueMatches(ctx, HANDLE_CUE_AT)) {
    HANDLE_AFTER.lastIndex = m.index + m[0].length;
    const h = HANDLE_AFTER.exec(text);
    if (h) pushHandle(out, h.index, h[0]);
  }
  for (const m of lower.matchAll(ON_PLATFORM)) readBackFromPlatform(text, lower, m.index, out);
  // "sent it on Messenger. I'm adjoa.mensah.94 on there": the platform was named just before.
  if (lower.includes(' on there')) {
    for (let at = lower.indexOf(' on there'); at >= 0; at = lower.indexOf(' on there', at + 9)) {
      if (PLATFORM_NAMED.test(lower.slice(Math.max(0, at - 160), at))) readBackFromPlatform(text, lower, at, out);
    }
  }
}

function detectSignOff(text: string, out: Candidate[]): void {
  // Step back over spaces, kisses and emoji, a whole code point at a time.
  let end = text.length;
  while (end > 0 && text.length - end < 16) {
    const code = text.charCodeAt(end - 1);
    const pair = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? 2 : 1;
    const ch = text.slice(end - pair, end);
    if (!/^\s$/u.test(ch) && ch !== 'x' && ch !== '\u200d' && ch !== '\ufe0f' && !EMOJI.test(ch)) break;
    end -= pair;
  }
  // Kisses ("Sam xx") are stripped only after a space, so "Max" keeps its x.
  if (end < text.length && text.charAt(end) === 'x' && text.charAt(end - 1) !== ' ') end++;
  const tail = text.slice(Math.max(0, end - 60), end);
  // The name starts after the last separator (a stop, dash, bracket, emoji or line break), or after the one before it.
  // Up to three separators back: "…words.\n\nMarcus, Oldham" is tried from the line break and from
  // the comma; the longest reading whose name passes the word lists wins ("Love, Sarah" → "Sarah").
  const matches: RegExpExecArray[] = [];
  const lex = lexicons();
  let tried = 0;
  for (let i = tail.length - 1; i >= -1 && tried < 3; i--) {
    const code = tail.charCodeAt(i);
    const emoji = EMOJI.test(code >= 0xdc00 && code <= 0xdfff ? tail.slice(i - 1, i + 1) : tail.charAt(i));
    const kiss = tail.charAt(i) === 'x' && tail.charAt(i + 1) === ' ' && (i === 0 || tail.charAt(i - 1) === ' ');
    if (i === -1 && end > tail.length) break;
    // A hyphen inside a word ("Creutzfeldt-Jakob") joins; only a dash between words separates.
    const innerHyphen = tail.charAt(i) === '-' && /\p{L}/u.test(tail.charAt(i - 1)) && /\p{L}/u.test(tail.charAt(i + 1));
    if (i >= 0 && (!SIGN_OFF_SEPARATORS.includes(tail.charAt(i)) || innerHyphen) && !emoji && !kiss) continue;
    tried++;
    SIGN_OFF.lastIndex = i + 1;
    const m = SIGN_OFF.exec(tail);
    if (m) matches.unshift(m);
    // "…is real. jo": a lower-case sign-off only when it can only be a name.
    LOWER_SIGN_OFF.lastIndex = i + 1;
    const lowerName = i >= 0 && '.!?\n'.includes(tail.charAt(i)) ? LOWER_SIGN_OFF.exec(tail)?.[1] : undefined;
    const lowerKey = lowerName ? fold(lowerName) : '';
    if (lowerName && lex.given.has(lowerKey) && !lex.common.has(lowerKey) && !lex.wordLike.has(lowerKey) && !lex.notNames.has(lowerKey)) {
      const start = end - tail.length + tail.lastIndexOf(lowerName);
      out.push(personAt(start, start + lowerName.length, 'medium', 0.5, 'own name'));
      return;
    }
  }
  for (const m of matches) {
    const name = m[1];
    if (!name) continue;
    const key = fold(name);
    const start = end - tail.length + m.index + m[0].indexOf(name);
    // A surname after it ("Sian Morgan") settles it; a lone word must pass the word lists.
    const withSurname = /^ \p{Lu}/u.test(text.slice(start + name.length, start + name.length + 2));
    const medical = isMedicalWord(key) || (key.includes('-') && key.split('-').some((part) => isMedicalWord(part)));
    if (lex.notNames.has(key) || medical || (!withSurname && lex.common.has(key) && !lex.given.has(key))) continue;
    // "…for a kid with ME?! Seriously": an adverb or a verb form closing a post is not a name.
    if (!withSurname && !lex.given.has(key) && /(?:ly|ing|ed|ness|ful)$/u.test(key)) continue;
    if (!withSurname && lex.towns.has(key) && !lex.given.has(key)) {
      // "83 years young. Rotherham 💪": a town signed alone says where, not who.
      out.push(placeAt(start, start + name.length, 0.7, 'medium', 'town', 'town', true));
      return;
    }
    out.push(personAt(start, start + name.length, 'medium', lex.given.has(key) ? 0.7 : 0.5, 'own name'));
    // "Sian Morgan, Llanelli": the place signed with the name is where they live.
    const town = m[2];
    if (town) {
      const townStart = end - tail.length + m.index + m[0].lastIndexOf(town);
      out.push(placeAt(townStart, townStart + town.length, 0.7, 'medium', 'town', 'town', true));
    }
    return;
  }
}

export function detectNames(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  detectCuedNames(ctx, out);
  detectHandles(ctx, out);
  if (!detectSignedWithNote(ctx.text, out)) detectSignOff(ctx.text, out);
  return out;
}

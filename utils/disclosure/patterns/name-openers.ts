// Names that open a sentence or a letter with no "my name is" before them:
// "Kayleigh, 27, from Swansea", "Alfie is 12 now", "Re: Margaret Ellison",
// "Dear Anwen,", and a name signed with a note in brackets at the very end
// ("Priya (ileostomy since 2019, Leicester)").
import { candidateOf, personAt, placeAt } from '../candidate';
import type { Candidate } from '../types';
import { isMedicalWord, lexicons } from '../lexicon/lexicons';
import { atSentenceStart, fold, wordStartBefore, type ScanContext } from '../text';

/**
 * "Nadia, 41," / "Kayleigh, 27 from" / "Dev (52)": an age after a word, then a break or an intro word.
 * Matched from the age back to the word: starting at every capital letter is slow on a long paste.
 */
export const AGE_AFTER_WORD = /(?:,\s?|\s\()(\d{1,2})(?=\)|,|\s?[.!;]|\s?[FfMm]\b|\s(?:from|and|here|now|yo|y\/o|years?|with|in|living|mum|mom|dad|wife|husband)\b|\s*$|\s\p{Extended_Pictographic})/gu;
/** "… is 12 now", "…'s 9 and": an age after "is", that is not a count of something. */
export const IS_AGE = /(?:\sis|['’]s)\s(?:now\s|only\s|just\s|nearly\s|almost\s)?(\d{1,2})(?=\s(?:now|today|this|next|and|but|so|in|with|yrs|years old|year old)\b|\s?[,.!?)]|\s*$)/gu;
/** A capitalised word that could be a given name. */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’]{1,20}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,20})?$/u;
/** lower. A letter's subject or greeting: "Re: Margaret Ellison", "Dear Anwen,", "Patient: John Doe". */
export const LETTER_CUE = /(?:^|[\n"“])[ \t]{0,3}(?:re|patient|patient name|name of patient|client|pt)[ \t]?:[ \t]{0,3}|(?:^|[\n"“])[ \t]{0,3}dear[ \t]|:[ \t]{1,3}patient[ \t]/gu;
/** The last line: a name, then a note in brackets ("Priya (ileostomy since 2019, Leicester)"). */
const SIGNED_WITH_NOTE = /(?:^|[\n.!?][ \t\n]{0,3})(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})\s\(([^()\n]{2,80})\)\s{0,5}$/u;
/** lower. "ring me (Heather) on …": a name in brackets after "me". */
/** lower. The verb before " me (", read back from that rarer phrase. */
export const ME_BRACKETED = /\b(?:ring|call|text|message|contact|email|dm|pm|ask for)\sme\s\($/u;
/** A sign-off word, then a name closing the post: "love pat", "Cheers, Dev". */
const CLOSING = /(?:^|[\s.,!])(?:love|cheers|thanks|regards|best|take care|hugs|ta|diolch|merci|danke|gracias|grazie|obrigad[ao]|dziękuję|tack|takk|kiitos|mahalo|asante|shukran|slán|xoxo)[,.!]?\s{1,3}(\p{L}[\p{Ll}'’-]{1,20})[\s.!x]{0,6}$/iu;
/** A capitalised word, with up to two more (surname, middle initial). */
const FULL_NAME = /(\p{Lu}[\p{Ll}\p{M}'’]{1,20}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,20})?)(?:\s(\p{Lu}[\p{Ll}\p{M}'’]{1,25}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,25})?|\p{Lu}\.?(?!\p{L})))?(?:\s(\p{Lu}[\p{Ll}\p{M}'’]{1,25}(?:-\p{Lu}?[\p{Ll}\p{M}'’]{1,25})?))?/uy;

/** A word of affection straight after the first word: it is being said to someone ("Mariama sis", "Zeynep abla", "amara hun"). */
const ENDEARMENT_AFTER = /^\s(?:sis|sista|bro|hun|hon|hunny|hunni|babe|babes|darlin|darling|lovely|love|pet|chick|mate|girl|queen|habibti|habibi|mama|aunty|auntie|chica|chicka|hermana|hermano|amiga|amigo|cuz|bestie|hen|abla|abi|didi|bhai|baji|aapa|ate|kuya)\b/iu;
/** Words after a name that show a reply is answering that person: "Bernadette I was…", "Shauna so proud of you". */
const REPLY_AFTER = /^(?:\s(?:you|so|[Ii]|[Ii]'?m|[Ii]'ve|[Ii]'d|we|we'?ve|we'?re|we'?d|same|ditto|honestly|aww|oh|ugh|sorry|glad|thank|thanks|ty|omg|yes|yess|no|totally|absolutely|this|that|congrats|congratulations|sending)\b|\s?[!,]\s)/u;
/** After an unlisted word opening a reply, words that answer someone: "Meleane I'm in the same boat". */
const ANSWER_AFTER = /^\s(?:I'?m|I'?ve|I was|I had|I know|I get|thank you|thanks|you'?re|you are|you'?ve|me too)\b/u;
/** Two names opening a reply and thanked together: "Shireen and Dev, thank you both". */
const THANKED_PAIR = /^\s{0,3}(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})\s(?:and|&)\s(\p{Lu}[\p{Ll}\p{M}'’-]{1,20}),?\s(?:thank|thanks|ty|you)\b/u;
/** lower. "hey rob did you…", "hi mark, how…": a first name in lower case after a greeting that opens the post. */
const GREETED_LOWER = /^\s{0,3}(?:hey|hi|hiya|heya|hello|morning|evening)\s([a-z][a-z'’-]{1,15})(?=\s?[,!]|\s(?:did|have|has|how|hows|how's|are|r|u|thanks|thank|hope|glad|sorry|sending|congrats|welcome)\b)/u;
/** The word a reply opens with, in either case. */
const FIRST_WORD = /^\s{0,3}(\p{L}[\p{Ll}\p{M}'’-]{1,20})/u;

/** lower. "thank u fatima and yusuf", "cheers dave", "replying to colm": known first names in lower case after thanks or a reply. */
export const THANKED_LOWER = /\b(?:thanks|thank\s(?:you|u)|ty|cheers|shout\s?out|replying|reply)\s(?:to\s)?([a-z][a-z'’-]{1,20})(?:\s(?:and|&|n)\s([a-z][a-z'’-]{1,20}))?(?![\p{L}\d])/gu;
/**
 * lower. Known first names in lower case after a verb of telling or a laugh, with a time or "I" after
 * ("told marcus last night", "lol gemma i know"), or before an email address ("send it to maureen at …@…").
 */
// Few cue words on purpose: each one more makes this scan of the whole text several times slower.
export const TOLD_LOWER = /\b(?:told|tell|texted|lol|haha)\s([a-z][a-z'’-]{1,20})(?=\s(?:last|yesterday|today|tonight|this|i|about|that)\b)/gu;
export const TO_BEFORE_EMAIL = /\bto\s([a-z][a-z'’-]{1,20})(?=\sat\s[\w.+-]+@)/gu;
/** "mum of Sione", "proud dad to Tomasi": the child named after the parent. */
export const PARENT_OF = /\b(?:mum|mom|mam|mummy|mother|dad|daddy|father|parent|nana|nan|grandma|grandad|grandmother|grandfather)\s(?:of|to)\s(?:two\s|three\s)?(?=\p{Lu})/gu;

/** "Inaaya, born 04/02/2025": a new baby's name, announced with the birth date. Found from the rare ", born". */
export const BORN_AFTER = /,?\sborn\s(?:on\s)?(?:\d{1,2}[/.-]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s\p{Lu}\p{Ll}{2,8})/gu;

/**
 * Shaped like an ordinary word, not a name: "Sooo", an -ing/-ed/-ly form, a plural ("Eponyms";
 * names that end in s mostly have a vowel before it: Jonas, Agnes), or a possessive ("Graves'").
 */
const WORD_SHAPED = /(.)\1\1|(?:ing|ed|ly|[^aeiouy'’]s|['’])$/u;

export const NAME_OPENER_PATTERNS: readonly RegExp[] = [TOLD_LOWER, TO_BEFORE_EMAIL, WORD_SHAPED, GREETED_LOWER, BORN_AFTER, ANSWER_AFTER, REPLY_AFTER, THANKED_PAIR, FIRST_WORD, THANKED_LOWER, PARENT_OF, ENDEARMENT_AFTER, AGE_AFTER_WORD, IS_AGE, CAPITALISED, LETTER_CUE, ME_BRACKETED, CLOSING, SIGNED_WITH_NOTE, FULL_NAME];

/** A word that can stand alone as someone's name: a known first name, or an unusual capitalised word. */
function givenName(word: string, knownOnly: boolean): boolean {
  // "Ellie-Mae", "Jo-Anne": the first part decides.
  const key = fold(word.replace(/['’]s?$/u, '')).split('-')[0] ?? '';
  const lex = lexicons();
  // "Maggie" is a name before it is the Maggie's centres.
  if (key.length < 2 || lex.notNames.has(key) || isMedicalWord(key) || (lex.publicOrgs.has(key) && !lex.given.has(key))) return false;
  const ordinary = lex.common.has(key) || lex.wordLike.has(key);
  if (ordinary) return false;
  if (lex.given.has(key)) return true;
  return !knownOnly && !lex.towns.has(key) && !lex.countries.has(key);
}

/** `detail` picks the reason shown: 'own name' for someone introducing themselves; 'named' for anyone else. */
function person(start: number, end: number, confidence: number, full: boolean, detail: 'own name' | 'named'): Candidate {
  return personAt(start, end, full ? 'high' : 'medium', confidence, detail);
}

/** The capitalised word that ends at `end`, or undefined. */
function wordBefore(text: string, end: number): { start: number; word: string } | undefined {
  const start = wordStartBefore(text, end, 21);
  const word = text.slice(start, end);
  return CAPITALISED.test(word) ? { start, word } : undefined;
}

/** Names opening a sentence with an age after them, or "… is 12", or a birth after them. */
function detectOpeners(text: string, out: Candidate[]): void {
  if (!/\d/u.test(text)) return;
  // "Losa here, Samoan mum of…": a name introducing its writer with "here" (not "Newbie here", "Same here").
  for (let at = text.indexOf(' here'); at >= 0; at = text.indexOf(' here', at + 5)) {
    if (!/^\s?[,.!:;]/u.test(text.slice(at + 5, at + 7))) continue;
    const found = wordBefore(text, at);
    if (found && atSentenceStart(text, found.start) && givenName(found.word, false) && !WORD_SHAPED.test(found.word)) out.push(person(found.start, at, 0.65, false, 'own name'));
  }
  if (text.includes(' born ')) {
    for (const m of text.matchAll(BORN_AFTER)) {
      const found = wordBefore(text, m.index);
      if (found && atSentenceStart(text, found.start) && givenName(found.word, false) && !WORD_SHAPED.test(found.word)) out.push(person(found.start, m.index, 0.7, false, 'named'));
    }
  }
  for (const m of text.matchAll(AGE_AFTER_WORD)) {
    const found = wordBefore(text, m.index);
    if (!found || !atSentenceStart(text, found.start) || !givenName(found.word, false)) continue;
    out.push(person(found.start, m.index, 0.7, false, 'own name'));
  }
  for (const m of text.matchAll(IS_AGE)) {
    const possessive = m[0].startsWith("'") || m[0].startsWith('’');
    const found = wordBefore(text, m.index);
    const age = m[1] ?? '';
    // At a sentence start, or after "my"/"our" and a word at most ("Our Ellie-Mae is 9", "Our warrior Zainab is 5").
    // Or in a list of children: "Two kids, Ellie is 12 and Finn is 9".
    if (!found || !(atSentenceStart(text, found.start) || /\b(?:my|our)\s(?:[a-z]{2,15}\s)?$|(?:,|\band)\s$/iu.test(text.slice(Math.max(0, found.start - 20), found.start)))) continue;
    // Only a known first name: "Week is 3 …" or "Level is 12" are not people. A name that is also a
    // word ("Poppy", "Hope") counts when the age reads as an age: "Poppy is 11 now", "… is 6 and".
    const key = fold(found.word);
    const lex = lexicons();
    const ageLike = /^(?:\s(?:now|today|and|this|next|years? old)\b|[,.!])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const wordLike = ageLike && lex.given.has(key) && !lex.notNames.has(key) && !isMedicalWord(key);
    if (!givenName(found.word, true) && !wordLike) continue;
    if (possessive && found.start + found.word.length !== m.index) continue;
    out.push(person(found.start, m.index, 0.7, false, 'named'));
    const ageStart = m.index + m[0].length - age.length;
    out.push(candidateOf('AGE', ageStart, ageStart + age.length, 'medium', 0.7, { facet: 'age' }));
  }
}

/** "Re: Margaret Ellison, DOB …", "Dear Anwen,": the name a letter is about or written to. */
function detectLetterNames(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  if (!lower.includes('re:') && !lower.includes('re :') && !lower.includes('dear') && !lower.includes('patient') && !lower.includes('client') && !lower.includes('pt:')) return;
  for (const m of lower.matchAll(LETTER_CUE)) {
    FULL_NAME.lastIndex = m.index + m[0].length;
    const n = FULL_NAME.exec(text);
    const first = n?.[1];
    if (!n || !first) continue;
    const words = [first, n[2], n[3]].filter((w): w is string => !!w);
    const key = fold(first);
    const lex = lexicons();
    if (lex.notNames.has(key) || /^(?:dr|mr|mrs|ms|miss|prof|sir|madam|all|team)$/u.test(key)) continue;
    // A surname settles an eponym-like first name ("Re: Thomas Brennan"), but not "Re: Crohn's Disease".
    const last = fold(words[words.length - 1] ?? '');
    if (words.length > 1 ? lex.common.has(last) || lex.notNames.has(last) : isMedicalWord(key)) continue;
    // "Dear Anwen," is a name alone; "Re: Appointment" is not, so a subject line needs a full name.
    const dear = /dear\s$/u.test(m[0]);
    // "Dear Tier 3 Weight Management Team": a number after the word makes it a service's name.
    if ((!dear && words.length < 2) || /^\s\d/u.test(text.slice(n.index + n[0].length, n.index + n[0].length + 2))) continue;
    if (words.length < 2 && !givenName(first, false)) continue;
    const end = n.index + n[0].length;
    out.push(person(n.index, end, 0.8, words.length > 1, 'named'));
  }
}

/**
 * "Priya (ileostomy since 2019, Leicester)": a name signed with a note in brackets.
 * Returns true when it found one, so the plain sign-off reader does not read the note as a name.
 */
export function detectSignedWithNote(text: string, out: Candidate[]): boolean {
  const tail = text.slice(-120);
  const m = SIGNED_WITH_NOTE.exec(tail);
  const name = m?.[1];
  if (!m || !name || !givenName(name, false)) return false;
  const offset = text.length - tail.length;
  const start = offset + m.index + m[0].indexOf(name);
  out.push(person(start, start + name.length, 0.7, false, 'own name'));
  // A town as the note's last item ("…, Leicester") is where they live.
  const note = m[2] ?? '';
  const town = /(?:^|,\s?)(\p{Lu}[\p{Ll}'’-]{2,30}(?:\s\p{Lu}[\p{Ll}'’-]{2,30})?)$/u.exec(note)?.[1];
  if (town && lexicons().towns.has(fold(town))) {
    const townStart = offset + m.index + m[0].lastIndexOf(town);
    out.push(placeAt(townStart, townStart + town.length, 0.7, 'medium', 'town', 'town', true));
  }
  return true;
}

/** "ring me (Heather) on …" and a closing "love pat" / "Cheers, Dev". */
function detectContactNames(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (let me = lower.indexOf(' me ('); me >= 0; me = lower.indexOf(' me (', me + 5)) {
    const at = me + 5;
    if (ME_BRACKETED.test(lower.slice(Math.max(0, at - 16), at))) {
      const n = /^(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})\)/u.exec(text.slice(at, at + 24));
      const key = fold(n?.[1] ?? '');
      // In brackets after "ring me", even an everyday word ("Heather", "Rose") is a name.
      if (n?.[1] && !lexicons().notNames.has(key) && !isMedicalWord(key)) out.push(person(at, at + n[1].length, 0.8, false, 'own name'));
    }
  }
  const tail = text.slice(-60);
  const c = CLOSING.exec(tail);
  const name = c?.[1];
  if (c && name) {
    const key = fold(name);
    const lex = lexicons();
    // Lower case only for a name no word list knows as a word; a capital for any name-like word.
    // Closing a post after "love", a known first name counts even when it is also a word ("love pat").
    const ok = (/^\p{Lu}/u.test(name) && givenName(name, false)) || (lex.given.has(key) && !lex.notNames.has(key) && !isMedicalWord(key));
    const start = text.length - tail.length + c.index + c[0].lastIndexOf(name);
    if (ok) out.push(person(start, start + name.length, 0.7, false, 'own name'));
  }
}

/** Not a name, whatever follows it: a word list's word, a medicine, a body, a place. */
function plainWord(key: string): boolean {
  const lex = lexicons();
  return lex.common.has(key) || lex.wordLike.has(key) || lex.notNames.has(key) || isMedicalWord(key) || (lex.publicOrgs.has(key) && !lex.given.has(key));
}

/**
 * An unlisted capitalised word that could still be a name: no place, and not "Sooo", "Loving",
 * "Honestly" or a plural ("Eponyms"; names that end in s mostly have a vowel before it: Jonas, Agnes).
 */
function unlistedName(key: string): boolean {
  const lex = lexicons();
  return !lex.towns.has(key) && !lex.countries.has(key) && !WORD_SHAPED.test(key);
}

/** "Shireen and Dev, thank you both": true when two names were found. */
function detectThankedPair(text: string, out: Candidate[]): boolean {
  const pair = THANKED_PAIR.exec(text);
  if (!pair) return false;
  // Thanked together, a known first name counts even when it is also a word ("Dev", "Will").
  const ok = (name: string): boolean => {
    const key = fold(name);
    return (lexicons().given.has(key) && !lexicons().notNames.has(key) && !isMedicalWord(key)) || (!plainWord(key) && unlistedName(key));
  };
  const first = pair[1] ?? '';
  const second = pair[2] ?? '';
  if (!ok(first) || !ok(second)) return false;
  const firstStart = pair[0].indexOf(first);
  const secondStart = pair[0].indexOf(second, firstStart + first.length);
  out.push(person(firstStart, firstStart + first.length, 0.6, false, 'named'), person(secondStart, secondStart + second.length, 0.6, false, 'named'));
  return true;
}

/**
 * "hey rob did you…": after a greeting even a name that is also a word counts, but not a modal
 * verb or a word of affection ("hi will you…", "hey hun, …"). True when a name was found.
 */
function detectGreetedLower(text: string, out: Candidate[]): boolean {
  const greeted = GREETED_LOWER.exec(text);
  const name = greeted?.[1];
  if (!greeted || !name) return false;
  const key = fold(name);
  const lex = lexicons();
  if (!lex.given.has(key) || lex.notNames.has(key) || isMedicalWord(key) || /^(?:will|may|can|shall|must)$/u.test(key) || ENDEARMENT_AFTER.test(` ${key}`)) return false;
  const start = greeted[0].length - name.length;
  out.push(person(start, start + name.length, 0.6, false, 'named'));
  return true;
}

/** A reply that opens with the name of the person it answers: "Bernadette hun I was…", "Meleane I'm…". */
function detectReplyOpening(text: string, out: Candidate[]): void {
  if (detectThankedPair(text, out) || detectGreetedLower(text, out)) return;
  const m = FIRST_WORD.exec(text);
  const name = m?.[1];
  if (!m || !name) return;
  const key = fold(name);
  const rest = text.slice(m[0].length, m[0].length + 16);
  const endeared = ENDEARMENT_AFTER.test(rest);
  if (/^\p{Ll}/u.test(name)) {
    // "amara hun u need…": a known first name in lower case, said with affection.
    if (!endeared || !knownLowerName(name)) return;
  } else {
    if (plainWord(key)) return;
    // A known first name that is also not a word ("Grace so…", "Will you…" stay clean); any other
    // name only when a word of affection or an answer follows it ("Meleane I'm in the same boat").
    const known = lexicons().given.has(key);
    // A word of affection that is only ever said to someone ("habibti", "sis") makes even a word
    // the town list holds a name ("Oluchi habibti"); "Leeds love", "Essex girl" stay places.
    const townWord = lexicons().towns.has(key) || lexicons().regions.has(key) || lexicons().countries.has(key);
    const addressed = endeared && !(townWord && /^\s(?:love|lovely|girl|queen|mate|pet|chick|babe|babes|hen)\b/iu.test(rest));
    if (known ? !endeared && !REPLY_AFTER.test(rest) : !(addressed || (ANSWER_AFTER.test(rest) && unlistedName(key)))) return;
  }
  const start = m[0].length - name.length;
  out.push(person(start, start + name.length, 0.6, false, 'named'));
}

/** A known first name that no word list also holds, so it can be read in lower case: "aoife", "farah". */
export function knownLowerName(word: string): boolean {
  const key = fold(word);
  const lex = lexicons();
  return lex.given.has(key) && !lex.common.has(key) && !lex.wordLike.has(key) && !lex.notNames.has(key) && !isMedicalWord(key) && !lex.towns.has(key);
}

/** Names written in lower case after thanks or a reply, and children named after "mum of". */
function detectThankedAndChildren(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  if (/thank|\bty\b|cheers|shout|reply/u.test(lower)) {
    for (const m of lower.matchAll(THANKED_LOWER)) {
      for (const name of [m[1], m[2]]) {
        if (!name) continue;
        const start = m.index + m[0].lastIndexOf(name);
        // Capitalised names are read elsewhere; here only what is written in lower case.
        if (text.slice(start, start + name.length) === name && knownLowerName(name)) out.push(person(start, start + name.length, 0.6, false, 'named'));
      }
    }
  }
  for (const m of [...lower.matchAll(TOLD_LOWER), ...(lower.includes('@') ? lower.matchAll(TO_BEFORE_EMAIL) : [])]) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    if (text.slice(start, start + name.length) === name && knownLowerName(name)) out.push(person(start, start + name.length, 0.6, false, 'named'));
  }
  if (/\b(?:of|to)\s/u.test(lower)) {
    for (const m of text.matchAll(PARENT_OF)) {
      const at = m.index + m[0].length;
      const name = /^(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?![\p{L}\d])/u.exec(text.slice(at, at + 24))?.[1];
      if (name && givenName(name, false)) out.push(person(at, at + name.length, 0.7, false, 'named'));
    }
  }
}

export function detectNameOpeners(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  detectThankedAndChildren(ctx, out);
  detectReplyOpening(ctx.text, out);
  detectContactNames(ctx, out);
  detectOpeners(ctx.text, out);
  detectLetterNames(ctx, out);
  return out;
}

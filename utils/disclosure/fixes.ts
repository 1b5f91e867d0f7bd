// Plain words for why something was flagged, and safer things to write
// instead. The reader may be tired or unwell: short sentences, no jargon,
// no blame. Every reason stays under 25 words.
import type { Candidate, Fix } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_KEYS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => `${[...w][0]?.toUpperCase() ?? ''}.`)
    .join('');
}

function monthOf(text: string): string | undefined {
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu.exec(text);
  if (named?.[1]) return MONTHS[MONTH_KEYS.indexOf(named[1].toLowerCase())];
  const iso = /^\d{4}-(\d{2})-/u.exec(text);
  if (iso) return MONTHS[Number(iso[1]) - 1];
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-]/u.exec(text);
  if (!numeric) return undefined;
  // Day-first unless that is impossible: most of our readers write dates that way.
  const month = Number(numeric[2]) <= 12 ? Number(numeric[2]) : Number(numeric[1]);
  return MONTHS[month - 1];
}

const WORD_AGES = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** "fifteen" → 15, "forty-two" → 42: an age written in words, or NaN. */
function ageInWords(words: string): number {
  const [tens = '', unit = ''] = words.split(/[- ]/u);
  const i = WORD_AGES.indexOf(tens) + 1;
  return i > 19 ? (i - 18) * 10 + WORD_AGES.indexOf(unit) + 1 : i || NaN;
}

function decade(age: number): string {
  if (age < 5) return 'under 5';
  if (age < 13) return 'primary school age';
  if (age < 20) return 'a teenager';
  return `${Math.floor(age / 10) * 10}-something`;
}

const fix = (label: string, replacement: string): Fix => ({ label, replacement });

function reasonFor(c: Candidate, found: string): string {
  switch (c.kind) {
    case 'PERSON':
      if (c.detail === 'clinician') return 'A named doctor or nurse can point to your hospital, and so to you.';
      if (c.detail === 'family') return 'A family member’s name can lead people to you and to them.';
      if (c.detail === 'own name') return 'Your name points straight to you.';
      return c.severity === 'high' ? 'A full name points to one person.' : 'This looks like someone’s name.';
    case 'EMAIL': return 'An email address leads straight to you.';
    case 'PHONE': return 'A phone number leads straight to you.';
    case 'ADDRESS': return c.severity === 'high' ? 'A street address shows where someone lives.' : 'This is part of an address.';
    case 'POSTCODE': return c.detail === 'postcode area' ? 'A postcode area narrows down where you live.' : 'A full postcode points to a few homes, so it shows where you live.';
    case 'DOB': return 'A date of birth, with other details, can single you out.';
    case 'DATE': return c.detail === 'exact date' ? 'An exact date can link this post to your records or to people who know you.' : 'A date narrows things down a little.';
    case 'ID_NUMBER': return `This looks like ${c.detail ?? 'a personal ID number'}. It identifies someone on its own.`;
    case 'LOCATION': return c.facet === 'town' || c.detail === 'town' ? 'Naming your town narrows down who you are.' : 'A place name narrows down where you are.';
    case 'ORGANIZATION':
      if (c.facet === 'employer') return 'Naming where you work narrows down who you are.';
      if (c.facet === 'school') return 'Naming a school narrows down who you and your family are.';
      if (c.facet === 'hospital') return 'Naming your hospital or surgery narrows down who you are.';
      return 'Naming an organisation can narrow down who you are.';
    case 'URL': return c.detail === 'profile' ? 'A link to a profile shows who you are.' : 'A link can lead back to you if the page is yours.';
    case 'HANDLE': return 'A username can be looked up and lead to you.';
    case 'CARD': return 'A card number can be used to take money. Please never post it.';
    case 'IBAN': return 'Bank details identify you and can be misused.';
    case 'IP': return 'An IP address can show roughly where you are.';
    case 'AGE': return 'An exact age narrows down who you are.';
    case 'PERSONAL_TERM': return `“${found.slice(0, 40)}” is one of the words you asked Spoonbook to watch for.`;
  }
}

function fixesFor(c: Candidate, found: string): Fix[] {
  switch (c.kind) {
    case 'PERSON':
      if (c.detail === 'clinician') return [fix('Say “my consultant”', 'my consultant'), fix('Use initials', initials(found))];
      return [fix('Use initials', initials(found)), fix('Say [name]', '[name]')];
    case 'EMAIL': return [fix('Say “message me”', 'message me'), fix('Remove', '[email]')];
    case 'PHONE': return [fix('Say “message me”', 'message me'), fix('Remove', '[phone number]')];
    case 'ADDRESS': return [fix('Say “my area”', 'my area'), fix('Remove', '[address]')];
    case 'POSTCODE': {
      const outward = /^([A-Z]{1,2}\d[A-Z\d]?)\s?\d[A-Z]{2}$/u.exec(found.toUpperCase());
      const out = [fix('Remove', '[postcode]')];
      if (outward?.[1] && c.detail === 'full postcode') out.unshift(fix('Keep only the area', outward[1]));
      return out;
    }
    case 'DOB':
    case 'DATE': {
      const month = monthOf(found);
      const out = [fix('Say “recently”', 'recently')];
      if (month) out.unshift(fix(`Say “in ${month}”`, `in ${month}`));
      return out;
    }
    case 'ID_NUMBER': return [fix('Remove the number', '[number removed]')];
    case 'CARD': return [fix('Remove the card number', '[card number removed]')];
    case 'IBAN': return [fix('Remove the bank details', '[bank details removed]')];
    case 'LOCATION': return [fix('Say “my area”', 'my area'), fix('Say [town]', '[town]')];
    case 'ORGANIZATION':
      if (c.facet === 'employer') return [fix('Say “my workplace”', 'my workplace')];
      if (c.facet === 'school') return [fix('Say “their school”', 'their school')];
      if (c.facet === 'hospital') return [fix('Say “my hospital”', 'my hospital'), fix('Say “a local hospital”', 'a local hospital')];
      return [fix('Say [organisation]', '[organisation]')];
    case 'URL': return [fix('Remove the link', '[link]')];
    case 'HANDLE': return [fix('Remove the username', '[username]')];
    case 'IP': return [fix('Remove', '[IP address]')];
    case 'AGE': {
      const n = Number(/\d{1,3}/u.exec(found)?.[0] ?? ageInWords(found.toLowerCase()));
      const out = [fix('Remove', '[age]')];
      // "7 weeks", "4 months": a baby's age.
      if (/week|month/iu.test(found)) return [fix('Say “a baby”', 'a baby'), ...out];
      if (Number.isFinite(n)) out.unshift(fix(`Say “${decade(n)}”`, decade(n)));
      return out;
    }
    case 'PERSONAL_TERM': {
      const byCategory: Record<string, Fix> = {
        name: fix('Use initials', initials(found)),
        family: fix('Use initials', initials(found)),
        town: fix('Say “my town”', 'my town'),
        employer: fix('Say “my workplace”', 'my workplace'),
        school: fix('Say “their school”', 'their school'),
        hospital: fix('Say “my hospital”', 'my hospital'),
        clinician: fix('Say “my consultant”', 'my consultant'),
      };
      const specific = byCategory[c.detail ?? ''];
      return specific ? [specific, fix('Remove', '[removed]')] : [fix('Remove', '[removed]')];
    }
  }
}

export function describe(c: Candidate, text: string): { reason: string; fixes: Fix[] } {
  const found = text.slice(c.start, c.end);
  return { reason: c.reason ?? reasonFor(c, found), fixes: fixesFor(c, found).filter((f) => f.replacement !== '') };
}

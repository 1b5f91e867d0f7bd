import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('email', () => {
  it('finds plain and dotted addresses, without trailing punctuation', () => {
    expect(flagged('email me at sarah.j+ms@gmail.com.', 'EMAIL')).toEqual(['sarah.j+ms@gmail.com']);
    expect(flagged('Contact: Zoë.Brennan@nhs.net', 'EMAIL')).toEqual(['Zoë.Brennan@nhs.net']);
  });
  it('is high severity', () => {
    expect(seen('a@b.co.uk')[0]?.severity).toBe('high');
  });
  it('ignores an @ with nothing around it', () => {
    expect(flagged('meet @ 3pm', 'EMAIL')).toEqual([]);
    expect(flagged('x@y', 'EMAIL')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds UK, Irish, US and international numbers', () => {
    expect(flagged('text me on 07700 900123 please', 'PHONE')).toEqual(['07700 900123']);
    expect(flagged('ring 087 924 1183', 'PHONE')).toEqual(['087 924 1183']);
    expect(flagged('call (614) 555-0183 after 6', 'PHONE')).toEqual(['(614) 555-0183']);
    expect(flagged('my mobile is +44 7700 900123', 'PHONE')).toEqual(['+44 7700 900123']);
  });
  it('never flags service numbers and helplines', () => {
    for (const t of ['ring 111 if worse', 'call 999 now', 'dial 112', '911 in the US', 'Samaritans on 116 123', 'NHS 111 online', 'Crisis line 988', 'freephone 0800 123 4567', 'helpline 0300 123 1234', 'Lifeline 13 11 14']) {
      expect(flagged(t, 'PHONE'), t).toEqual([]);
    }
  });
  it('does not take doses, money, dates or ranges for phones', () => {
    for (const t of ['I take 1,000,000 units', 'it cost £1234 5678', 'on 12.03.2021 at noon', 'from 2019-2021', 'walked 12 345 678 steps']) {
      expect(flagged(t, 'PHONE'), t).toEqual([]);
    }
  });
});

describe('links and handles', () => {
  it('flags profile links high and personal sites medium', () => {
    const found = seen('follow instagram.com/bendy.becca.eds or my blog freesteph.wordpress.com');
    expect(found.find((f) => f.text.startsWith('instagram'))?.severity).toBe('high');
    expect(found.some((f) => f.kind === 'URL' && f.text === 'freesteph.wordpress.com')).toBe(true);
  });
  it('leaves source links (NHS, NICE, PubMed, Mayo Clinic) alone', () => {
    expect(flagged('see https://www.nhs.uk/conditions/crohns-disease/ and nice.org.uk', 'URL')).toEqual([]);
    expect(flagged('https://www.mayoclinic.org/diseases-conditions/lupus', 'URL')).toEqual([]);
  });
  it('finds @handles and u/ names but not emails or times', () => {
    expect(flagged('I am @chronicallycait on there', 'HANDLE')).toEqual(['@chronicallycait']);
    expect(flagged('ask u/spoonie_sam', 'HANDLE')).toEqual(['u/spoonie_sam']);
    expect(flagged('see you @3pm', 'HANDLE')).toEqual([]);
    expect(flagged('mail a@b.com', 'HANDLE')).toEqual([]);
  });
  it('finds usernames after a cue', () => {
    expect(flagged('my discord is jessiek#4821', 'HANDLE')).toEqual(['jessiek#4821']);
  });
});

describe('IP addresses', () => {
  it('finds IPv4 and IPv6', () => {
    expect(flagged('blocked from 86.121.97.248 again', 'IP')).toEqual(['86.121.97.248']);
    expect(flagged('addr 2001:db8:85a3::8a2e:370:7334', 'IP')).toEqual(['2001:db8:85a3::8a2e:370:7334']);
  });
  it('ignores octets over 255, versions and clock times', () => {
    expect(flagged('value 300.1.2.3', 'IP')).toEqual([]);
    expect(flagged('app version 10.2.0.1', 'IP')).toEqual([]);
    expect(flagged('meds at 10:30:00', 'IP')).toEqual([]);
  });
});

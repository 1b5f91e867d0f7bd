import { describe, expect, it } from 'vitest';
import { scanText } from '@/utils/disclosure/index';
import { flagged, seen } from './helpers';

describe('names of people', () => {
  it("finds the writer's own name", () => {
    expect(flagged("Hi all, I'm Sarah Jenkins, newly diagnosed", 'PERSON')).toEqual(['Sarah Jenkins']);
    expect(flagged('my name is rubija and', 'PERSON')).toEqual(['rubija']);
    expect(flagged('Dermot Keane here, from Ennis', 'PERSON')).toEqual(['Dermot Keane']);
  });
  it('rates a full name high and a lone first name lower', () => {
    expect(seen("I'm Sarah Jenkins.").find((f) => f.kind === 'PERSON')?.severity).toBe('high');
    expect(seen('my son Jake has UC').find((f) => f.kind === 'PERSON')?.severity).toBe('medium');
  });
  it('finds family members and clinicians', () => {
    expect(flagged('my son Jake has UC', 'PERSON')).toEqual(['Jake']);
    expect(flagged('My GI Dr Okonkwo wants to switch', 'PERSON')).toEqual(['Okonkwo']);
    expect(flagged('seen by Professor Amir Khan today', 'PERSON')).toEqual(['Amir Khan']);
    expect(flagged('anyone seen by dr mehta at the clinic', 'PERSON')).toEqual(['mehta']);
    expect(flagged('My nurse Paula said', 'PERSON')).toEqual(['Paula']);
  });
  it('finds people to contact and names signed at the end', () => {
    expect(flagged('text Leilani on 0413 555 867', 'PERSON')).toEqual(['Leilani']);
    expect(flagged('Any tips welcome. Thanks - Lorraine', 'PERSON')).toEqual(['Lorraine']);
  });
  it('explains a clinician finding in plain words', () => {
    const f = scanText('My GI Dr Okonkwo wants to switch').find((x) => x.kind === 'PERSON');
    expect(f?.reason.split(/\s+/u).length).toBeLessThanOrEqual(25);
    expect(f?.fixes.map((x) => x.replacement)).toContain('my consultant');
  });
});

describe('organisations tied to the writer', () => {
  it('finds employers, schools and hospitals', () => {
    expect(flagged('I work at Acme Widgets Ltd as a cleaner', 'ORGANIZATION')).toEqual(['Acme Widgets Ltd']);
    expect(flagged("my daughter goes to St Mary's Primary and", 'ORGANIZATION')).toEqual(["St Mary's Primary"]);
    expect(flagged('my consultant at Leeds General Infirmary said', 'ORGANIZATION')).toEqual(['Leeds General Infirmary']);
    expect(flagged('Knee replacement at Cappagh next month', 'ORGANIZATION')).toEqual(['Cappagh']);
  });
  it('marks them as medium quasi-identifiers', () => {
    expect(seen('I work at Acme Widgets Ltd').find((f) => f.kind === 'ORGANIZATION')?.severity).toBe('medium');
  });
  it('leaves organisations that identify nobody', () => {
    for (const t of ['I work for the NHS', 'The NICE guidance says', 'Mayo Clinic has a page on this', 'Crohn’s & Colitis UK have a leaflet', 'the MS Society helpline']) {
      expect(seen(t).filter((f) => f.kind === 'ORGANIZATION' && f.severity !== 'low'), t).toEqual([]);
    }
  });
});

describe('names after "spoke to", "shouted at", and with a middle initial', () => {
  it('reads a name after a verb of talking as a person, not a place or an organisation', () => {
    expect(flagged('I spoke to Bekbolat Musliyevich about it', 'PERSON')).toEqual(['Bekbolat Musliyevich']);
    expect(flagged('Enrico shouted at Gary: what are you doing', 'PERSON')).toContain('Gary');
    expect(flagged('seen at Derriford for my scan', 'ORGANIZATION')).toEqual(['Derriford']);
  });
  it('never reads a name with a middle initial as a place', () => {
    expect(flagged('verses from Faina D. Yefremova', 'PERSON')).toEqual(['Faina D. Yefremova']);
  });
  it('keeps Dutch and German name particles inside the name', () => {
    expect(flagged('Willemine ten Pas will be talking at the meeting', 'PERSON')).toEqual(['Willemine ten Pas']);
  });
});

describe('names told as a maiden name, quoted, or double-barrelled', () => {
  it('flags a maiden, birth or real name', () => {
    expect(flagged('Her maiden name is Chmielewski, if that helps the records', 'PERSON')).toEqual(['Chmielewski']);
    expect(flagged('My real name is Saoirse but everyone says Sorch', 'PERSON')).toContain('Saoirse');
  });
  it('flags the person a quote is attributed to, not a lab test after "says"', () => {
    expect(flagged('"It gets easier," says Navrátilová.', 'PERSON')).toEqual(['Navrátilová']);
    expect(flagged('Our dietitian says Phe under 360 is fine', 'PERSON')).toEqual([]);
  });
  it('reads a double-barrelled employer whose last part ends like a test name', () => {
    expect(flagged('I work for Ellis-Ingram', 'ORGANIZATION')).toEqual(['Ellis-Ingram']);
    expect(flagged('the angiogram was clear', 'PERSON')).toEqual([]);
  });
});

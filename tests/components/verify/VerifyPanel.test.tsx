import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTip, type SpoonbookDb, type Tip } from '@/utils/library';
import { VerifyPanel } from '@/components/verify/VerifyPanel';
import { loadQuestions } from '@/platform/clinician';
import { GENTLE_TEXT, RISKY_TEXT, axeViolations, freshDb, saveWithVerification } from './helpers';

let db: SpoonbookDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('verify-panel');
});
afterEach(() => {
  cleanup();
  db.close();
});

async function stored(id: string): Promise<Tip> {
  const tip = await getTip(db, id);
  if (!tip) throw new Error('tip missing');
  return tip;
}

function question(text: RegExp) {
  const group = screen.getByRole('group', { name: text });
  return within(group);
}

describe('VerifyPanel', () => {
  it('shows where the tip stands, never as "safe", and what the claim check noticed', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    const { container } = render(<VerifyPanel tip={tip} db={db} />);
    expect(screen.getByTestId('verify-status').textContent).toBe('Not checked yet');
    const notes = screen.getByTestId('claim-notes');
    expect(notes.textContent).toContain('came off my sertraline');
    expect(notes.textContent).toMatch(/Stopping a medicine suddenly can be risky/);
    expect(notes.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('On your list to discuss with your clinician.')).toBeTruthy();
    expect(container.textContent ?? '').not.toMatch(/\bsafe\b/i);
  });

  it('says nothing risky was spotted without calling the tip fine', async () => {
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    const { container } = render(<VerifyPanel tip={tip} db={db} />);
    expect(screen.getByTestId('claim-notes-none')).toBeTruthy();
    expect(container.textContent ?? '').not.toMatch(/\bsafe\b/i);
  });

  it('stores one-tap answers, and they survive a reload', async () => {
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    const agrees = question(/Does a trusted source agree/).getByRole('button', { name: 'Yes, it agrees' });
    fireEvent.click(agrees);
    fireEvent.click(question(/Is anyone selling/).getByRole('button', { name: 'No sign of it' }));
    expect(agrees.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect((await stored(tip.id)).verification.checklist).toEqual({ trustedSource: 'yes', selling: 'no' }));

    // "Reload": a new panel from what is stored.
    cleanup();
    render(<VerifyPanel tip={await stored(tip.id)} db={db} />);
    expect(question(/Does a trusted source agree/).getByRole('button', { name: 'Yes, it agrees' }).getAttribute('aria-pressed')).toBe('true');
    expect(question(/Is anyone selling/).getByRole('button', { name: 'No sign of it' }).getAttribute('aria-pressed')).toBe('true');

    // Tapping the chosen answer again clears it.
    fireEvent.click(question(/Is anyone selling/).getByRole('button', { name: 'No sign of it' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.checklist).toEqual({ trustedSource: 'yes' }));
  });

  it('keeps the notes, then marks the tip checked only once a source is noted', async () => {
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    fireEvent.click(screen.getByRole('button', { name: "I've checked it" }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Add where you checked/));
    expect((await stored(tip.id)).verification.status).toBe('unverified');

    const notes = screen.getByLabelText('Where I checked, and my notes');
    fireEvent.input(notes, { target: { value: 'NHS website\nAsked my pharmacist' } });
    fireEvent.blur(notes);
    await waitFor(async () => expect((await stored(tip.id)).verification.sourcesNote).toBe('NHS website\nAsked my pharmacist'));

    fireEvent.click(screen.getByRole('button', { name: "I've checked it" }));
    await waitFor(() => expect(screen.getByTestId('verify-status').textContent).toBe('Checked'));
    const after = await stored(tip.id);
    expect(after.verification.status).toBe('checked');
    expect(after.verification.dueAt).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks a tip as doubtful and lets the person start again', async () => {
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    fireEvent.click(screen.getByRole('button', { name: 'I have doubts about it' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.status).toBe('disputed'));
    expect(screen.getByTestId('verify-status').textContent).toBe('I have doubts about it');
    fireEvent.click(screen.getByRole('button', { name: 'Start checking again' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.status).toBe('unverified'));
  });

  it('puts a tip on the clinician list from the medicine question and from the button, with a question', async () => {
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    fireEvent.click(question(/starting, stopping or changing a medicine/).getByRole('button', { name: 'Yes' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.onClinicianList).toBe(true));
    expect(screen.getByRole('status').textContent).toMatch(/Added to your list/);

    fireEvent.click(screen.getByRole('button', { name: 'Take off my clinician list' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.onClinicianList).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Add to "Discuss with my clinician"' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.onClinicianList).toBe(true));

    const box = await screen.findByLabelText('My question for my clinician');
    fireEvent.input(box, { target: { value: 'Would this suit me with my blood pressure tablets?' } });
    fireEvent.blur(box);
    await waitFor(async () => expect((await loadQuestions(db))[tip.id]).toBe('Would this suit me with my blood pressure tablets?'));
  });

  it('records what the clinician said, with the date', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Not for me' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save what my clinician said' }));
    await waitFor(async () => expect((await stored(tip.id)).verification.status).toBe('discussed'));
    const after = await stored(tip.id);
    expect(after.verification).toMatchObject({ outcome: 'not-for-me', onClinicianList: false });
    expect(screen.getByTestId('verify-status').textContent).toMatch(/^Discussed with my clinician: Not for me \(\d+ \w+ \d{4}\)$/);
  });

  it('builds trusted-source links from the tip\u2019s key terms, opening only on click', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    render(<VerifyPanel tip={tip} db={db} />);
    const words = screen.getByLabelText('Words to look up') as HTMLInputElement;
    expect(words.value).toContain('sertraline');
    const links = screen.getAllByRole('link', { name: /^Search / });
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('href')).toContain('sertraline');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    }
    expect(links.map((l) => l.getAttribute('href')).join(' ')).toMatch(/nhs\.uk.*nlm\.nih\.gov.*nice\.org\.uk.*cochranelibrary\.com/);
    fireEvent.input(words, { target: { value: 'metformin' } });
    expect(screen.getAllByRole('link', { name: /^Search / })[0]!.getAttribute('href')).toContain('metformin');
  });

  it('has no axe-core violations', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    const { container } = render(<VerifyPanel tip={tip} db={db} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

import { useEffect, useMemo, useState } from 'preact/hooks';
import { assessDraft, scanText, type Finding } from '@/utils/disclosure';
import { activeFindings, expectedAfterFix, findingKey, kindLabel, saferText, toEngineTerms } from '@/utils/guard/state';
import { loadSettings } from '@/platform/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

/** The longest draft the panel checks live; longer pastes are checked when asked. */
const LIVE_LIMIT = 20_000;

/** The draft with findings marked, built from text nodes only (never parsed as HTML). */
function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const parts: preact.JSX.Element[] = [];
  let cursor = 0;
  findings.forEach((finding, index) => {
    if (finding.start < cursor) return;
    parts.push(<span key={`t${index}`}>{text.slice(cursor, finding.start)}</span>);
    parts.push(
      <mark key={`m${index}`} class={`sev-${finding.severity}`}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    cursor = finding.end;
  });
  parts.push(<span key="end">{text.slice(cursor)}</span>);
  return <div class="marked">{parts}</div>;
}

/** Paste a draft, see what could identify you, fix it, copy the safer text. Works anywhere. */
export function CheckDraftTab() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [text, setText] = useState('');
  const [publicAudience, setPublicAudience] = useState(true);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const [checkedText, setCheckedText] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  // Live while typing; a very long paste waits for the button so typing stays smooth.
  useEffect(() => {
    if (text.length > LIVE_LIMIT) return;
    const timer = setTimeout(() => setCheckedText(text), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const audience = publicAudience ? 'public' : 'private';
  const findings = useMemo(() => {
    if (!checkedText.trim()) return [];
    const all = scanText(checkedText, { personalTerms: toEngineTerms(settings.personalTerms), audience, allowList: settings.allowedTerms });
    return activeFindings(checkedText, all, dismissed);
  }, [checkedText, settings, audience, dismissed]);
  const combination = useMemo(() => assessDraft(findings, audience).combination?.message, [findings, audience]);
  const current = checkedText === text;

  const applyFix = (finding: Finding, replacement: string) => {
    const next = expectedAfterFix(checkedText, finding.start, finding.end, replacement);
    setText(next);
    setCheckedText(next);
    setStatus(`Changed to “${replacement}”.`);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(saferText(checkedText, findings));
      setStatus('Safer text copied. Paste it into your post.');
    } catch {
      setStatus('Copying didn’t work. Select the text above and copy it yourself.');
    }
  };

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">Check a draft</h2>
      <p class="muted">Paste or write your post here to see what could identify you. Nothing is sent anywhere.</p>
      <label for="draft-text">Your draft</label>
      <textarea id="draft-text" value={text} onInput={(e) => setText(e.currentTarget.value)} rows={8} />
      <label class="check">
        <input type="checkbox" checked={publicAudience} onChange={() => setPublicAudience(!publicAudience)} />
        Anyone can read where I’m posting (a public group or forum)
      </label>
      {text.length > LIVE_LIMIT && !current && (
        <div class="row">
          <button type="button" onClick={() => setCheckedText(text)}>
            Check this long draft
          </button>
        </div>
      )}
      {current && checkedText.trim() !== '' && (
        <>
          <h2 id="findings-heading">{findings.length === 0 ? 'Nothing found to check' : findings.length === 1 ? '1 thing to check' : `${findings.length} things to check`}</h2>
          {findings.length > 0 && <MarkedText text={checkedText} findings={findings} />}
          {combination && <p class="warning">{combination}</p>}
          <ul class="findings" aria-labelledby="findings-heading">
            {findings.map((finding) => {
              const key = findingKey(checkedText, finding);
              return (
                <li key={key} class="card">
                  <p>
                    <strong>{kindLabel(finding.kind)}</strong>: <mark class={`sev-${finding.severity}`}>{checkedText.slice(finding.start, finding.end)}</mark>
                  </p>
                  <p>{finding.reason}</p>
                  <div class="row">
                    {finding.fixes.slice(0, 3).map((fix) => (
                      <button type="button" key={fix.label} onClick={() => applyFix(finding, fix.replacement)}>
                        {fix.label}
                      </button>
                    ))}
                    <button type="button" class="secondary" onClick={() => setDismissed(new Set([...dismissed, key]))}>
                      Not sensitive
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <div class="row">
            <button type="button" onClick={() => void copy()}>
              Copy safer text
            </button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

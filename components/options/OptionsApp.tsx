import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '@/platform/settings';
import { parseTermLines, type PersonalTermKind, type Settings } from '@/utils/settings';

const TERM_FIELDS: { kind: PersonalTermKind; label: string; hint: string }[] = [
  { kind: 'name', label: 'Your name and nicknames', hint: 'For example: Sarah Jenkins, Saz' },
  { kind: 'family', label: 'Names of family members', hint: 'Children, partner, parents' },
  { kind: 'place', label: 'Your town, street or area', hint: 'For example: Harrogate' },
  { kind: 'work', label: 'Where you work', hint: 'Employer or workplace' },
  { kind: 'school', label: 'Schools and colleges', hint: 'Your own or your children’s' },
];

function termsText(settings: Settings, kind: PersonalTermKind): string {
  return settings.personalTerms.filter((term) => term.kind === kind).map((term) => term.text).join('\n');
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setDrafts(Object.fromEntries(TERM_FIELDS.map((field) => [field.kind, termsText(loaded, field.kind)])));
    });
  }, []);

  if (!settings) return <main><p>Loading your settings…</p></main>;

  const save = async (event: Event) => {
    event.preventDefault();
    const personalTerms = TERM_FIELDS.flatMap((field) => parseTermLines(drafts[field.kind] ?? '', field.kind));
    const other = settings.personalTerms.filter((term) => !TERM_FIELDS.some((field) => field.kind === term.kind));
    const next = await saveSettings({ ...settings, personalTerms: [...personalTerms, ...other] });
    setSettings(next);
    setStatus('Saved. These words stay on this device.');
  };

  const toggle = (key: 'askBeforePosting' | 'keepAuthorNames' | 'notifications') => async () => {
    const next = await saveSettings({ [key]: !settings[key] });
    setSettings(next);
    setStatus('Saved.');
  };

  return (
    <main>
      <h1>Spoonbook settings</h1>
      <form onSubmit={save}>
        <h2>Words that could identify you</h2>
        <p class="muted">Spoonbook will always point these out when you write a post. One per line. They never leave this device.</p>
        {TERM_FIELDS.map((field) => (
          <div key={field.kind}>
            <label for={`terms-${field.kind}`}>{field.label}</label>
            <textarea
              id={`terms-${field.kind}`}
              rows={3}
              placeholder={field.hint}
              value={drafts[field.kind] ?? ''}
              onInput={(e) => setDrafts({ ...drafts, [field.kind]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="row">
          <button type="submit">Save these words</button>
        </div>
      </form>
      <h2>Choices</h2>
      <label class="check">
        <input type="checkbox" checked={settings.askBeforePosting} onChange={toggle('askBeforePosting')} />
        Ask me once before a post with personal details goes out
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.keepAuthorNames} onChange={toggle('keepAuthorNames')} />
        Keep the names of people whose posts I save
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.notifications} onChange={toggle('notifications')} />
        Remind me with a notification when tips are waiting to be checked
      </label>
      <p role="status" aria-live="polite" class={status ? 'notice' : ''}>{status}</p>
    </main>
  );
}

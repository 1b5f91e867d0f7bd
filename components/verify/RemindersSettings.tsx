/**
 * The opt-in for desktop notifications. Off until the person turns it on; the
 * badge count on the toolbar button works either way.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '@/platform/settings';
import './verify.css';

export function RemindersSettings() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void loadSettings().then((s) => setEnabled(s.notifications), () => setEnabled(false));
    return watchSettings((s) => setEnabled(s.notifications));
  }, []);

  const toggle = async (on: boolean) => {
    setEnabled(on);
    try {
      await saveSettings({ notifications: on });
      setMessage(on ? 'Notifications are on.' : 'Notifications are off.');
    } catch {
      setEnabled(!on);
      setMessage("Spoonbook couldn't change this just now. Please try again.");
    }
  };

  return (
    <section aria-labelledby="reminders-settings-heading" data-testid="reminders-settings">
      <h2 id="reminders-settings-heading">Reminders</h2>
      <p>
        Tips you haven't checked come back a day, a week and a month after you save them. If you enter an appointment date,
        Spoonbook reminds you two days before and on the morning. The number on the Spoonbook button shows how many are waiting.
      </p>
      <label class="check">
        <input type="checkbox" checked={enabled === true} disabled={enabled === null} onChange={(event) => void toggle(event.currentTarget.checked)} />
        Also show a notification on my computer
      </label>
      <p class="muted">
        A notification only ever says how many tips are waiting, for example "You have 3 tips to check". It never shows what a tip
        says, a medicine or a condition, so nothing private appears on your screen.
      </p>
      <p role="status" aria-live="polite" class="verify-message">
        {message}
      </p>
    </section>
  );
}

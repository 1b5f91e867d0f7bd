import { useState } from 'preact/hooks';
import { Tabs } from '@/components/Tabs';
import { RemindersTab } from '@/components/verify/RemindersTab';
import { getLibraryDb } from '@/platform/library-db';
import { openPrintView } from '@/platform/clinician';
import { SiteTab } from './SiteTab';
import { LibraryTab } from './LibraryTab';
import { CheckDraftTab } from './CheckDraftTab';

const TABS = [
  { id: 'library', label: 'Library' },
  { id: 'check', label: 'Check a draft' },
  { id: 'reminders', label: 'Reminders' },
  { id: 'site', label: 'This site' },
];

export function SidePanelApp() {
  const [selected, setSelected] = useState('library');
  const [openTipId, setOpenTipId] = useState<string | undefined>(undefined);
  const select = (id: string) => {
    setOpenTipId(undefined);
    setSelected(id);
  };
  const openTip = (tipId: string) => {
    setOpenTipId(tipId);
    setSelected('library');
  };
  return (
    <main>
      <h1>Spoonbook</h1>
      <Tabs tabs={TABS} selected={selected} onSelect={select} label="Spoonbook sections">
        {selected === 'library' && <LibraryTab openTipId={openTipId} />}
        {selected === 'check' && <CheckDraftTab />}
        {selected === 'reminders' && <RemindersTab db={getLibraryDb()} onOpenTip={openTip} onPrint={() => void openPrintView()} />}
        {selected === 'site' && <SiteTab />}
      </Tabs>
      <p class="muted">Everything stays on this device.</p>
    </main>
  );
}

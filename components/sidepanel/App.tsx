import { useState } from 'preact/hooks';
import { Tabs } from '@/components/Tabs';
import { SiteTab } from './SiteTab';
import { LibraryTab } from './LibraryTab';
import { CheckDraftTab } from './CheckDraftTab';

const TABS = [
  { id: 'library', label: 'Library' },
  { id: 'check', label: 'Check a draft' },
  { id: 'site', label: 'This site' },
];

export function SidePanelApp() {
  const [selected, setSelected] = useState('library');
  return (
    <main>
      <h1>Spoonbook</h1>
      <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Spoonbook sections">
        {selected === 'library' && <LibraryTab />}
        {selected === 'check' && <CheckDraftTab />}
        {selected === 'site' && <SiteTab />}
      </Tabs>
      <p class="muted">Everything stays on this device.</p>
    </main>
  );
}

import { useState } from 'preact/hooks';
import { Tabs } from '@/components/Tabs';
import { SiteTab } from './SiteTab';
import { LibraryTab } from './LibraryTab';

const TABS = [
  { id: 'library', label: 'Library' },
  { id: 'site', label: 'This site' },
];

export function SidePanelApp() {
  const [selected, setSelected] = useState('library');
  return (
    <main>
      <h1>Spoonbook</h1>
      <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Spoonbook sections">
        {selected === 'library' && <LibraryTab />}
        {selected === 'site' && <SiteTab />}
      </Tabs>
      <p class="muted">Everything stays on this device.</p>
    </main>
  );
}

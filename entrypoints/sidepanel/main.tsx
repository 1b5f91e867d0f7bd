import { render } from 'preact';
import '@/components/base.css';
import { SidePanelApp } from '@/components/sidepanel/App';

render(<SidePanelApp />, document.getElementById('app')!);

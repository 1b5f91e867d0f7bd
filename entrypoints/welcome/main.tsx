import { render } from 'preact';
import '@/components/base.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);

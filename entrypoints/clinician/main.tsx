import { render } from 'preact';
import '@/components/base.css';
import { ClinicianSheet } from '@/components/verify/ClinicianSheet';
import { getLibraryDb } from '@/platform/library-db';

render(<ClinicianSheet db={getLibraryDb()} />, document.getElementById('app')!);

import { runServiceMain } from '@lethe/platform';

runServiceMain('consent', () => import('./service').then((module) => module.consentService));

import { runServiceMain } from '@lethe/platform/service';

runServiceMain('consent', () => import('./service').then((module) => module.consentService));

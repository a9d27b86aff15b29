import { runServiceMain } from '@lethe/platform';

runServiceMain('candidates', () => import('./service').then((module) => module.candidatesService));

import { runServiceMain } from '@lethe/platform/service';

runServiceMain('candidates', () => import('./service').then((module) => module.candidatesService));

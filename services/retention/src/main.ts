import { runServiceMain } from '@lethe/platform';

runServiceMain('retention', () => import('./service').then((module) => module.retentionService));

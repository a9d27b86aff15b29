import { runServiceMain } from '@lethe/platform/service';

runServiceMain('retention', () => import('./service').then((module) => module.retentionService));

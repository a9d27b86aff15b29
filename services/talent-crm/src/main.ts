import { runServiceMain } from '@lethe/platform/service';

runServiceMain('talent-crm', () => import('./service').then((module) => module.talentCrmService));

import { runServiceMain } from '@lethe/platform/service';

runServiceMain('messaging', () => import('./service').then((module) => module.messagingService));

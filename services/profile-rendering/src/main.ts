import { runServiceMain } from '@lethe/platform/service';

runServiceMain('profile-rendering', () => import('./service').then((module) => module.profileRenderingService));

export { progressBar, type Progress } from './progress';

// The cdk8s app: `cdk8s synth` (through `pnpm synth`) runs this file.
import { buildApp } from './charts';

buildApp().synth();

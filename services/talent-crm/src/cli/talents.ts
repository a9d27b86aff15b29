/**
 * The talent CRM's commands: `pnpm talents <command> …`. Exit codes: 0 done, 1 failed, 2 a bad
 * command line.
 */
import { IMPORT_USAGE, runImportCli, UsageError } from './import';

const COMMANDS: Record<string, { usage: string; run: (argv: string[]) => Promise<number> }> = {
  import: { usage: IMPORT_USAGE, run: (argv) => runImportCli(argv, process.env, (text) => process.stdout.write(text)) },
};

const USAGE = Object.values(COMMANDS)
  .map((command) => command.usage)
  .join('\n');

async function main([name, ...argv]: string[]): Promise<number> {
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`talents: ${name === undefined ? 'name a command' : `unknown command "${name}"`}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`talents ${name}: ${err.message}\n${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`talents ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}

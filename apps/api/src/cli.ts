import 'reflect-metadata';
import { ConfigError } from './config/app-config.js';
import { createUserCommand } from './cli/create-user-command.js';
import { importAttributesCommand } from './cli/import-attributes-command.js';
import { ingestCommand } from './cli/ingest-command.js';
import { parseCommand } from './cli/parse-command.js';
import { reparseCommand } from './cli/reparse-command.js';

const COMMANDS: Readonly<Record<string, (args: readonly string[]) => Promise<number>>> = {
  parse: parseCommand,
  ingest: ingestCommand,
  reparse: reparseCommand,
  'import-attributes': importAttributesCommand,
  'create-user': createUserCommand,
};

const USAGE = `usage: npm run --silent cli -- <command>
  parse FILE        print the canonical JSON of one report (exit 2 if it cannot be parsed)
  ingest PATH...    store report files (folders are read recursively) and print a summary
  reparse           re-read every stored original with this parser (new revisions, history kept)
  import-attributes FILE.csv --key KEY --year YEAR [--column COLUMN] [--source TEXT]
                    a figure per region (e.g. population) from CSV with a "code" column
  create-user NAME --role admin|analyst|countyLead [--region CODE]
                    an account; the password from the DLENS_PASSWORD environment variable`;

// `cli parse FILE | head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return command(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`);
    process.exitCode = 1;
  },
);

import { parseArgs } from 'node:util';
import { AuthError, AuthService } from '../modules/auth/auth.service.js';
import type { Role } from '../modules/auth/user.entity.js';
import { withApp } from './app-context.js';

const USAGE = `usage: DLENS_PASSWORD=… cli create-user USERNAME --role admin|analyst|countyLead [--region CODE]
  the password comes from the DLENS_PASSWORD environment variable (never from the command line,
  where other users of the machine could see it)`;

/** `create-user`: an account, e.g. the first admin. */
export async function createUserCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { role: { type: 'string' }, region: { type: 'string' } } });
  const username = positionals[0];
  const password = process.env['DLENS_PASSWORD'];
  const role = values.role as Role | undefined;
  if (!username || positionals.length > 1 || !password || !role || !['admin', 'analyst', 'countyLead'].includes(role)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const user = await withApp((app) => app.get(AuthService).createUser({ username, password, role, regionCode: values.region ?? null }, null));
    process.stdout.write(`created ${user.role} account ${user.username}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AuthError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

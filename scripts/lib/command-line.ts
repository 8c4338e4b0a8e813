/**
 * How every command in scripts/ reads its arguments: node:util's parseArgs, strict, so a mistyped
 * option stops the command with a message that says what it takes, instead of being ignored.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function readCommandLine<const T extends ParseArgsOptionsConfig>(usage: string, options: T, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const unknown = /'(-[^']*)'/.exec(message)?.[1];
    const said = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown ? `"${unknown}" is not an option of this command.` : message;
    console.error(`${said}\nUse: ${usage}`);
    process.exit(1);
  }
}

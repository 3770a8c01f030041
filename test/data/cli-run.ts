/** Runs the command-line tool as a person does, for the tests of its commands. */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/cli/main.ts …args` to its end (killed after 30 s). */
export function cli(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: REPO, timeout: 30_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((ok) => child.once('close', (status) => ok({ status, stdout, stderr })));
}


// The node processes the launcher runs: one-shot CLI commands and the long-running api and worker.
import { spawn } from 'node:child_process';
import { ROOT } from './env.mjs';
import { LauncherError, prefixLines } from './output.mjs';

export function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

function whenExited(child) {
  return hasExited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
}

/** SIGTERM, then SIGKILL once `timeoutMs` has passed; resolves when the process is gone. */
export async function stopChild(child, timeoutMs) {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await whenExited(child);
  clearTimeout(timer);
}

export class Children {
  #running = new Set();

  /** Runs `node <args>` to completion with the terminal as its output; rejects on a non-zero exit. */
  async run(name, args, env) {
    const child = this.#track(spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] }));
    const [code, signal] = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (...result) => resolve(result));
    });
    if (code !== 0) throw new LauncherError(`${name} 失败 / failed (${signal ?? `exit code ${code}`})`);
  }

  /** Starts `node <script>` with its output lines prefixed `[name]`; `onExit` hears when it ends. */
  start(name, script, env, onExit) {
    const child = this.#track(spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    prefixLines(child.stdout, `[${name}]`, process.stdout);
    prefixLines(child.stderr, `[${name}]`, process.stderr);
    child.once('exit', (code, signal) => onExit(name, code, signal));
    return child;
  }

  /** SIGTERM to all (the worker finishes its running jobs), SIGKILL whatever is left after `timeoutMs`. */
  stopAll(timeoutMs) {
    return Promise.all([...this.#running].map((child) => stopChild(child, timeoutMs)));
  }

  /** Synchronous last resort, for process.on('exit') and a second Ctrl-C. */
  killAll(signal) {
    for (const child of this.#running) if (!hasExited(child)) child.kill(signal);
  }

  #track(child) {
    this.#running.add(child);
    child.once('exit', () => this.#running.delete(child));
    return child;
  }
}

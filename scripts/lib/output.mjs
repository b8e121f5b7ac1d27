// Console output of the launcher: its own lines, masked URLs, prefixed child output.
import readline from 'node:readline';

export function say(message) {
  process.stdout.write(`[start] ${message}\n`);
}

export function warn(message) {
  process.stderr.write(`[start] ${message}\n`);
}

/** postgres://sqmy:secret@db/sqmy → postgres://sqmy:****@db/sqmy */
export function maskUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(URL 无法解析 / unparsable URL)';
  }
}

/** Copies a child's output line by line, each line led by `prefix`. */
export function prefixLines(stream, prefix, out) {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    out.write(`${prefix} ${line}\n`);
  });
}

/** The last `size` lines written to it, to show when something fails to start. */
export function createTail(size = 30) {
  const lines = [];
  return {
    push(text) {
      for (const line of String(text).split(/\r?\n/)) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > size) lines.shift();
      }
    },
    toString: () => lines.join('\n'),
  };
}

/** An error whose message is meant for the person at the terminal, printed without a stack. */
export class LauncherError extends Error {}

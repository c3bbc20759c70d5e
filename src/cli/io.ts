import { terminalText } from '../core/untrustedText';

/** Output channels of the CLI, injectable so tests can capture them. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Transient progress; shown only when stderr is a terminal. */
  progress(line: string): void;
}

export const processIO: CliIO = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
  progress: (line) => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K' + line);
  },
};

/**
 * The CLI's output with control characters from the workspace (file names, article text, sidecar
 * snippets) shown as escapes: printed raw they could retitle, clear or recolour the terminal. JSON
 * output keeps its meaning (a control character can only sit inside a string, where \uXXXX is the
 * same character); newlines and tabs pass through.
 */
export function terminalIO(io: CliIO): CliIO {
  return {
    out: (line) => io.out(terminalText(line)),
    err: (line) => io.err(terminalText(line)),
    progress: (line) => io.progress(terminalText(line)),
  };
}

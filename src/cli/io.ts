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

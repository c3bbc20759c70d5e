// The whole output of an `analyze --json` run, kept in the cache: a run over the very articles and
// decisions an earlier run saw prints what that run printed, without starting a worker, reading an
// analysis or comparing a quote. One entry per set of inputs (its slot), replaced by each run that
// analyses them, so the cache holds one copy of a folder's output, not one per state it went through.
// The entry is the output as written, then a trailer line: the key of what the output was made from
// (every article's name, text hash and decisions), its sha256 and its length. A trailer that does
// not match, or an output whose hash is not the trailer's, is a miss: the run is made as if cold.
// Read and written in chunks, so memory does not grow with the corpus.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempPathFor } from '../node/atomicWrite';
import { refuseSymlinkSync } from '../node/noSymlink';
import { sha256, type AnalysisCache } from './cache';
import type { PortableDecisions } from './decisions';

/** Room for the trailer line at the end of an entry (a few hundred bytes). */
const TRAILER_READ = 4096;
const CHUNK = 1 << 20;

/** What one article contributed to a run's output. */
export interface RunArticle {
  /** The file's name as printed. */
  file: string;
  /** sha256 of its text. */
  hash: string;
  /** decisionsDigest of the decisions laid over it. */
  decisions: string;
}

/** A short stand-in for an article's decisions in a run's key. */
export function decisionsDigest(p: PortableDecisions): string {
  return sha256(JSON.stringify([p.sidecar, p.aliasOverrides, p.complete]));
}

/** The key of what a run's output was made from: every article in order, and the options that change the output. */
export function runContentKey(articles: readonly RunArticle[], options: { reportedSpeech: boolean }): string {
  return sha256(JSON.stringify([options.reportedSpeech, articles.map((a) => [a.file, a.hash, a.decisions])]));
}

/** The slot of a run: its inputs (as absolute paths) and options. */
export function runSlotKey(inputs: readonly string[], options: { reportedSpeech: boolean }): string {
  return sha256(JSON.stringify([options.reportedSpeech, inputs.map((i) => path.resolve(i))]));
}

/** A kept output, checked whole: `replay` writes it line by line, as the run wrote it. */
export interface KeptRunOutput {
  replay(out: (line: string) => void): void;
  close(): void;
}

/**
 * The output kept in `slot` for a run made from `content`, when the entry is ours and whole; the file
 * stays open until `close`, so a run replacing it meanwhile does not change what is replayed.
 */
export function readRunOutput(cache: AnalysisCache, slot: string, content: string): KeptRunOutput | undefined {
  let fd: number;
  try {
    fd = fs.openSync(cache.pathOf('run', slot), 'r');
  } catch {
    return undefined;
  }
  const close = () => fs.closeSync(fd);
  try {
    const size = fs.fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, TRAILER_READ));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    const cut = tail.lastIndexOf(0x0a);
    if (cut < 0) return void close();
    const bytes = size - tail.length + cut + 1;
    const trailer = cache.valueOfLine(tail.toString('utf8', cut + 1), 'run', slot);
    if (!isTrailer(trailer) || trailer.content !== content || trailer.bytes !== bytes) return void close();
    const hash = createHash('sha256');
    eachChunk(fd, bytes, (chunk) => hash.update(chunk));
    if (hash.digest('hex') !== trailer.sha256) return void close();
    return {
      replay: (out) => {
        // Cut at line ends, which never fall inside a character: each piece is whole lines.
        let rest = Buffer.alloc(0);
        eachChunk(fd, bytes, (chunk) => {
          const joined = rest.length > 0 ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
          const end = joined.lastIndexOf(0x0a);
          if (end < 0) rest = joined;
          else {
            out(joined.toString('utf8', 0, end));
            rest = joined.subarray(end + 1);
          }
        });
      },
      close,
    };
  } catch {
    return void close();
  }
}

/** The first `bytes` of the file in chunks (each valid only during the call). */
function eachChunk(fd: number, bytes: number, take: (chunk: Buffer) => void): void {
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(1, bytes)));
  for (let at = 0; at < bytes; ) {
    const read = fs.readSync(fd, buffer, 0, Math.min(buffer.length, bytes - at), at);
    if (read === 0) throw new Error('the entry is shorter than its trailer says');
    take(buffer.subarray(0, read));
    at += read;
  }
}

interface Trailer {
  content: string;
  sha256: string;
  bytes: number;
}

function isTrailer(v: unknown): v is Trailer {
  const t = v as Partial<Trailer> | undefined;
  return typeof t === 'object' && t !== null && typeof t.content === 'string' && typeof t.sha256 === 'string' && Number.isSafeInteger(t.bytes);
}

/**
 * Writes a run's output into its slot as the run prints it: into a temp file beside the entry, made
 * the entry (by rename) only when the run commits it. Any failure to write abandons it quietly
 * (reported once through `onError`): the run itself goes on.
 */
export class RunOutputRecorder {
  private fd: number | undefined;
  private readonly hash = createHash('sha256');
  private bytes = 0;

  private constructor(
    private readonly cache: AnalysisCache,
    private readonly slot: string,
    private readonly temp: string,
    fd: number,
    private readonly onError: (e: unknown) => void,
  ) {
    this.fd = fd;
  }

  static start(cache: AnalysisCache, slot: string, onError: (e: unknown) => void): RunOutputRecorder | undefined {
    const target = cache.pathOf('run', slot);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      refuseSymlinkSync(target);
      const temp = tempPathFor(target);
      return new RunOutputRecorder(cache, slot, temp, fs.openSync(temp, 'wx', 0o644), onError);
    } catch (e) {
      onError(e);
      return undefined;
    }
  }

  /** One line of the output, as the run writes it. */
  line(text: string): void {
    if (this.fd === undefined) return;
    try {
      const chunk = Buffer.from(text + '\n', 'utf8');
      fs.writeSync(this.fd, chunk);
      this.hash.update(chunk);
      this.bytes += chunk.length;
    } catch (e) {
      this.abandon(e);
    }
  }

  /** The output made the slot's entry, for runs made from `content`. */
  commit(content: string): void {
    const fd = this.fd;
    if (fd === undefined) return;
    try {
      fs.writeSync(fd, this.cache.entryLine('run', this.slot, { content, sha256: this.hash.digest('hex'), bytes: this.bytes }));
      fs.closeSync(fd);
      this.fd = undefined;
      fs.renameSync(this.temp, this.cache.pathOf('run', this.slot));
    } catch (e) {
      this.abandon(e);
    }
  }

  /** Drops the output (a run that did not print what its articles say, or could not write it). */
  abandon(error?: unknown): void {
    if (this.fd !== undefined) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // Already closed by the failure that brought us here.
      }
      this.fd = undefined;
    }
    try {
      fs.unlinkSync(this.temp);
    } catch {
      // Renamed already, or never written.
    }
    if (error !== undefined) this.onError(error);
  }
}

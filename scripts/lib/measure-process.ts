/**
 * Runs a command and measures it: wall time, the peak memory (resident set) of each kind of
 * process in its tree, and of the whole tree at once, read from /proc every 50 ms. Used by the
 * benchmark to say which process held what at the build's highest moment: Astro, the content
 * step, the search indexer (Pagefind) or the build's own process.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  readonly status: number | null;
  readonly wallMs: number;
  /** Peak resident memory in bytes, by kind of process (see processKind), summed over the processes of that kind. */
  readonly peakBytes: Record<string, number>;
  /**
   * The peak of the whole tree: every process's resident memory added up at one moment, the
   * highest of those sums. Less than the peaks above added up when they came at different times.
   */
  readonly peakTotalBytes: number;
  /** The whole tree's memory by kind of process at the moment of peakTotalBytes. */
  readonly atPeakBytes: Record<string, number>;
  /** When that moment came, in ms from the start. */
  readonly atPeakMs: number;
  readonly output: string;
}

/** The kinds of process a build runs, as the benchmark names them. */
export type ProcessKind = 'astro' | 'content step' | 'pagefind' | 'node';

/**
 * What a process is, from its name and command line: the search indexer (a program named
 * pagefind), Astro (Node running astro.mjs), the build's content step (Node running
 * content-step.ts, and its check's process, content-step-check.ts), or any other Node process
 * (the build's own, or the command measured).
 */
export function processKind(name: string, commandLine: string): ProcessKind {
  if (name.startsWith('pagefind')) return 'pagefind';
  if (/[\\/]astro[\\/]bin[\\/]astro\.mjs\b/.test(commandLine)) return 'astro';
  if (/content-step(-check)?\.[cm]?[jt]s\b/.test(commandLine)) return 'content step';
  return 'node';
}

function processTable(): Map<number, { ppid: number; kind: ProcessKind; rss: number }> {
  const table = new Map<number, { ppid: number; kind: ProcessKind; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const name = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '';
      const ppid = Number(/^PPid:\s+(\d+)$/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) * 1024;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      table.set(Number(entry), { ppid, kind: processKind(name, commandLine), rss });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function treeUsage(root: number): Record<string, number> {
  const table = processTable();
  const usage: Record<string, number> = {};
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 50; hops++) {
      if (current === root) return true;
      current = table.get(current)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, info] of table) {
    if (!inTree(pid)) continue;
    usage[info.kind] = (usage[info.kind] ?? 0) + info.rss;
  }
  return usage;
}

export function measure(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peak: Record<string, number> = {};
    let peakTotal = 0;
    let atPeak: Record<string, number> = {};
    let atPeakMs = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const usage = treeUsage(child.pid);
      for (const [name, bytes] of Object.entries(usage)) peak[name] = Math.max(peak[name] ?? 0, bytes);
      const total = Object.values(usage).reduce((sum, bytes) => sum + bytes, 0);
      if (total > peakTotal) [peakTotal, atPeak, atPeakMs] = [total, usage, performance.now() - started];
    }, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, wallMs: performance.now() - started, peakBytes: peak, peakTotalBytes: peakTotal, atPeakBytes: atPeak, atPeakMs, output });
    });
  });
}

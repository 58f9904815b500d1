import os from 'node:os';
import type { ResultRow } from './load';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function ms(value: number | undefined): string {
  if (value === undefined) return '—';
  return value < 10 ? oneDecimal.format(value) : integer.format(value);
}

function count(value: number | undefined): string {
  return value === undefined ? '—' : integer.format(value);
}

export function markdownTable(rows: ResultRow[]): string {
  const header = ['scenario', 'store', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'];
  const align = ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:'];
  const lines = [`| ${header.join(' | ')} |`, `|${align.join('|')}|`];
  for (const row of rows) {
    const cells = row.failure
      ? [row.scenario, row.store, String(row.connections), 'failed', '—', '—', '—', '—']
      : [
          row.scenario,
          row.store,
          String(row.connections),
          count(row.requestsPerSecond),
          ms(row.p50Ms),
          ms(row.p99Ms),
          count(row.non2xx),
          count(row.errors),
        ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function rowNotes(rows: ResultRow[]): string[] {
  const notes: string[] = [];
  for (const row of rows) {
    if (row.failure) notes.push(`${row.scenario} (${row.store}) failed: ${row.failure}`);
    if (row.verified) notes.push(`${row.scenario} (${row.store}): ${row.verified}`);
    if (row.statuses && Object.keys(row.statuses).length > 0) {
      const statuses = Object.entries(row.statuses)
        .map(([code, n]) => `${code}×${integer.format(n)}`)
        .join(', ');
      notes.push(`${row.scenario} (${row.store}) non-2xx answers: ${statuses}`);
    }
  }
  return notes;
}

export function machineLine(options: {
  durationSeconds: number;
  warmupSeconds: number;
  loadAverageAtStart: number;
}): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return [
    `Node ${process.version}`,
    `${cpus.length} × ${model}`,
    `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `load average ${options.loadAverageAtStart.toFixed(1)} at start`,
    `${options.durationSeconds} s per scenario after ${options.warmupSeconds} s warm-up`,
    'autocannon on the same machine as the server',
  ].join(' · ');
}

export function markdownReport(options: {
  rows: ResultRow[];
  notes: string[];
  durationSeconds: number;
  warmupSeconds: number;
  loadAverageAtStart: number;
  commit?: string;
}): string {
  const lines = [
    '# Houqin bench',
    '',
    `${new Date().toISOString()}${options.commit ? ` · commit ${options.commit}` : ''}`,
    '',
    machineLine(options),
    '',
    markdownTable(options.rows),
  ];
  const notes = [...rowNotes(options.rows), ...options.notes];
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

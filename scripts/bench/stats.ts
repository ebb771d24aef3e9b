import zlib from 'node:zlib';

/** The value at fraction `p` of the samples (nearest rank, no interpolation). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Bytes after gzip at level 9, the most a static host's pre-compression would give. */
export const GZIP_LEVEL = 9;

export function gzipBytes(body: Buffer | string): number {
  return zlib.gzipSync(body, {level: GZIP_LEVEL}).length;
}

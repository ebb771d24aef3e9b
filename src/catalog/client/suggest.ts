/**
 * Edit distance between two strings (Levenshtein), used to suggest a label for a typo and to
 * forgive typos in the index filter. With `limit`, it stops as soon as the distance must exceed
 * it and returns `limit + 1`, which keeps the filter fast.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input` within `maxDistance` edits (ties go to the one listed
 * first), or undefined when nothing is that close.
 */
export function nearest(input: string, candidates: Iterable<string>, maxDistance = Infinity): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Labels closest to a mistyped URL segment such as `continuation-patern` or `contnuation`
 * (with or without the `-pattern` suffix), nearest first, at most `count` of them.
 */
export function closestLabels(segment: string, labels: readonly string[], count = 3): string[] {
  const input = segment.toLowerCase().replace(/-pattern$/, '');
  const limit = Math.max(3, Math.floor(input.length / 2));
  return labels
    .map((label) => ({label, distance: editDistance(input, label.replace(/-pattern$/, ''))}))
    .filter(({distance}) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
    .slice(0, count)
    .map(({label}) => label);
}

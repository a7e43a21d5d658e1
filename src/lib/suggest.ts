function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/** The closest candidate to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  let bestDistance = Infinity;
  const needle = input.toLowerCase();
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const d = distance(needle, hay);
    const score = hay.startsWith(needle) || needle.startsWith(hay) ? Math.min(1, d) : d;
    // On a tie the smaller edit distance wins: "stripe-tst" is closer to "stripe-test" than to its prefix "stripe".
    if (score < bestScore || (score === bestScore && d < bestDistance)) [best, bestScore, bestDistance] = [candidate, score, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** "Did you mean X?" when a candidate is close, followed by the full list. */
export function unknownNameHint(input: string, candidates: readonly string[], describeCmd: string): string {
  const guess = closest(input, candidates);
  return `${guess ? `Did you mean "${guess}"? ` : ''}Valid: ${candidates.join(', ')}. See \`${describeCmd}\`.`;
}

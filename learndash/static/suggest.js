/**
 * "Did you mean …?": the nearest known name for a mistyped id, property or callback.
 * Mirrors learndash/suggest.py, which uses Python's difflib.get_close_matches(word, choices, n=1):
 * the choice with the highest similarity ratio 2·M / (|a| + |b|), M the characters in matching
 * blocks, when it is at least 0.6 (ties go to the later name in sort order, as difflib's do).
 */

/** Characters as Python sees them (code points, not UTF-16 units). */
function charsOf(text) {
  return Array.from(text);
}

/** difflib's find_longest_match without junk: the earliest longest common block. */
function longestMatch(a, b, where, alo, ahi, blo, bhi) {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let lengths = new Map();
  for (let i = alo; i < ahi; i += 1) {
    const next = new Map();
    for (const j of where.get(a[i]) || []) {
      if (j < blo) {
        continue;
      }
      if (j >= bhi) {
        break;
      }
      const k = (lengths.get(j - 1) || 0) + 1;
      next.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    lengths = next;
  }
  return [besti, bestj, bestsize];
}

/** difflib's SequenceMatcher(None, a, b).ratio() for strings shorter than 200 characters. */
function similarity(first, second) {
  const a = charsOf(first);
  const b = charsOf(second);
  const where = new Map();
  b.forEach((char, j) => {
    if (!where.has(char)) {
      where.set(char, []);
    }
    where.get(char).push(j);
  });
  let matched = 0;
  const queue = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop();
    const [i, j, k] = longestMatch(a, b, where, alo, ahi, blo, bhi);
    if (k) {
      matched += k;
      if (alo < i && blo < j) {
        queue.push([alo, i, blo, j]);
      }
      if (i + k < ahi && j + k < bhi) {
        queue.push([i + k, ahi, j + k, bhi]);
      }
    }
  }
  const total = a.length + b.length;
  return total ? (2 * matched) / total : 1;
}

/**
 * "Did you mean 'year-slider'?" for the closest choice, or "" when none is close.
 * @param {string} word
 * @param {Iterable<string>} choices
 * @returns {string}
 */
export function didYouMean(word, choices) {
  let best = null;
  for (const choice of choices) {
    const score = similarity(choice, word);
    if (score >= 0.6 && (best === null || score > best.score || (score === best.score && choice > best.choice))) {
      best = { score, choice };
    }
  }
  return best ? `Did you mean '${best.choice}'?` : "";
}

/**
 * Greedy CTC decoding of the recogniser's output ([1, steps, classes]
 * probabilities): the likeliest class at each step, blanks (class 0) and
 * repeats dropped, the mean probability of the characters kept. The same
 * result as the package's decoder, in one pass over the typed array without
 * copying each step.
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, dictionary: readonly string[]): { text: string; mean: number } {
  let text = ''
  let sum = 0
  let kept = 0
  let previous = -1
  for (let t = 0; t < steps; t++) {
    const base = t * classes
    let best = 0
    let max = Number.NEGATIVE_INFINITY
    for (let c = 0; c < classes; c++) {
      const p = probs[base + c]
      if (p > max) {
        max = p
        best = c
      }
    }
    const repeat = best === previous
    previous = best
    if (best === 0 || repeat) continue
    text += dictionary[best - 1]
    sum += max
    kept++
  }
  return { text, mean: kept ? sum / kept : 0 }
}

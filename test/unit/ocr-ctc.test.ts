import { ctcDecode } from '../../cloud/ocr/paddle/ctc'

/** The recogniser's output decoded: likeliest class per step, blanks and repeats dropped. */
describe('greedy CTC decoding', () => {
  const dictionary = ['王', '芳', '1']
  /** One step per entry: [class, its probability]; the rest of the probability spread over the other classes. */
  const output = (steps: Array<[number, number]>) => {
    const probs = new Float32Array(steps.length * 4)
    steps.forEach(([c, p], t) => {
      for (let k = 0; k < 4; k++) probs[t * 4 + k] = k === c ? p : (1 - p) / 3
    })
    return probs
  }

  it('drops blanks and repeats, keeps a character repeated across a blank, averages the kept probabilities', () => {
    const r = ctcDecode(output([[1, 0.9], [1, 0.8], [0, 0.99], [2, 0.7], [0, 0.9], [2, 0.6], [3, 0.5]]), 7, 4, dictionary)
    expect(r.text).toBe('王芳芳1')
    expect(r.mean).toBeCloseTo((0.9 + 0.7 + 0.6 + 0.5) / 4, 6)
  })

  it('reads nothing from blanks only', () => {
    expect(ctcDecode(output([[0, 0.9], [0, 0.8]]), 2, 4, dictionary)).toEqual({ text: '', mean: 0 })
  })
})

/// Maximum and argmax over a decision's class scores, written so that the processor works on
/// four comparisons at a time instead of one long chain (scoring 100 classes one by one costs
/// a few hundred cycles of latency per decision, as much as adding up the weights).
///
/// The results are those of the plain loops: the argmax is the first class with the highest
/// score. Scores must not be NaN (perceptron sums of finite weights never are).
///
/// ```swift
/// ScoreVector.argmax([1, 5, 5, 2])        // 1
/// ScoreVector.maximum([1, 5, 5, 2][...])  // 5
/// ```
enum ScoreVector {
    /// The largest value (-infinity for an empty buffer).
    @inline(__always)
    static func maximum(_ s: UnsafeBufferPointer<Float>) -> Float {
        var m0 = -Float.infinity, m1 = m0, m2 = m0, m3 = m0
        var i = 0
        while i + 4 <= s.count {
            m0 = s[i] > m0 ? s[i] : m0
            m1 = s[i + 1] > m1 ? s[i + 1] : m1
            m2 = s[i + 2] > m2 ? s[i + 2] : m2
            m3 = s[i + 3] > m3 ? s[i + 3] : m3
            i += 4
        }
        while i < s.count {
            m0 = s[i] > m0 ? s[i] : m0
            i += 1
        }
        return max(max(m0, m1), max(m2, m3))
    }

    /// The largest value of a slice.
    static func maximum(_ s: ArraySlice<Float>) -> Float {
        s.withUnsafeBufferPointer { maximum($0) }
    }

    /// The index of the first largest value (0 for an empty array).
    static func argmax(_ scores: [Float]) -> Int {
        scores.withUnsafeBufferPointer { s in
            let m = maximum(s)
            for i in s.indices where s[i] == m { return i }
            return 0
        }
    }

    /// The argmax and the margin to the best other class (infinite with a single class).
    static func argmaxAndMargin(_ scores: [Float]) -> (best: Int, margin: Float) {
        scores.withUnsafeBufferPointer { s in
            let m = maximum(s)
            var best = 0
            for i in s.indices where s[i] == m { best = i; break }
            let before = maximum(UnsafeBufferPointer(rebasing: s[0 ..< best]))
            let after = maximum(UnsafeBufferPointer(rebasing: s[(best + 1)...]))
            return (best, m - max(before, after))
        }
    }
}

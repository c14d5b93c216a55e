/// Checks and repairs of dependency trees given as head arrays (0-based, -1 for the root).
enum DependencyTree {
    /// Whether no two arcs cross (a projective transition parser can build the tree).
    static func isProjective(heads: [Int]) -> Bool {
        nonProjectiveArc(heads) == nil
    }

    /// The dependent of the shortest arc that some other arc crosses, if any.
    static func nonProjectiveArc(_ heads: [Int]) -> Int? {
        let n = heads.count
        var best: Int? = nil
        var bestLength = Int.max
        for d in 0 ..< n {
            let h = heads[d] < 0 ? n : heads[d]
            let lo = min(h, d), hi = max(h, d)
            var crossed = false
            for k in lo + 1 ..< hi {
                let kh = heads[k] < 0 ? n : heads[k]
                if kh < lo || kh > hi { crossed = true; break }
            }
            if crossed && hi - lo < bestLength {
                best = d
                bestLength = hi - lo
            }
        }
        return best
    }

    /// A projective tree made by lifting: while some arc is crossed, the word inside it whose
    /// head lies outside is attached to its grandparent (labels kept). Most EWT trees are
    /// already projective; the few others lose one or two arcs.
    static func projectivized(heads: [Int]) -> [Int] {
        var heads = heads
        let n = heads.count
        var guardCount = 0
        while let _ = nonProjectiveArc(heads), guardCount < 4 * n {
            guardCount += 1
            // Find an arc that crosses out of a span and lift it.
            var lifted = false
            outer: for d in 0 ..< n {
                let h = heads[d] < 0 ? n : heads[d]
                let lo = min(h, d), hi = max(h, d)
                for k in lo + 1 ..< hi {
                    let kh = heads[k] < 0 ? n : heads[k]
                    if (kh < lo || kh > hi), kh < n, heads[k] >= 0 {
                        heads[k] = heads[kh]
                        lifted = true
                        break outer
                    }
                }
            }
            if !lifted { break }
        }
        return heads
    }
}

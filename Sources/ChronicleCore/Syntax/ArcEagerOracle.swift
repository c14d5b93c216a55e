/// The dynamic oracle of Goldberg and Nivre (2012) for the arc-eager system: for any
/// configuration, the number of gold arcs each transition makes unreachable. Training follows
/// the model's own (sometimes wrong) transitions and still learns the best continuation.
///
/// Gold heads use the state's numbering (root node `n`); the gold tree must be projective.
struct ArcEagerOracle {
    let goldHeads: [Int]
    let goldLabels: [Int]
    /// The gold dependents of each word (and of the root node `n`).
    let goldDependents: [[Int]]

    init(heads: [Int], labels: [Int]) {
        let n = heads.count
        goldHeads = heads.map { $0 < 0 ? n : $0 }
        goldLabels = labels
        var deps = [[Int]](repeating: [], count: n + 1)
        for (d, h) in goldHeads.enumerated() { deps[h].append(d) }
        goldDependents = deps
    }

    /// The cost of every class (`Int.max` for invalid ones) in `costs` (resized as needed).
    func costs(_ state: ArcEagerState, classCount: Int, rootLabel: Int, into costs: inout [Int]) {
        if costs.count != classCount { costs = [Int](repeating: 0, count: classCount) }
        let n = state.n
        let b = state.front
        let s = state.s0
        let stack = state.stack
        // SHIFT: b loses a head or dependents still waiting on the stack.
        var shiftCost = 0
        var rightBase = 0
        if b < n {
            for k in stack {
                if goldHeads[b] == k { shiftCost += 1 }
                if state.heads[k] < 0 && goldHeads[k] == b { shiftCost += 1; rightBase += 1 }
            }
            // RIGHT: b takes s as head; loses any other head in the stack or the buffer.
            if s >= 0 && goldHeads[b] != s && (goldHeads[b] > b || stack.contains(goldHeads[b])) {
                rightBase += 1
            }
        }
        var leftBase = 0
        var reduceCost = 0
        if s >= 0 {
            var dependentsAhead = 0
            for k in goldDependents[s] where k >= b { dependentsAhead += 1 }
            reduceCost = dependentsAhead
            leftBase = dependentsAhead
            if goldHeads[s] != b && goldHeads[s] > b { leftBase += 1 }
        }
        for c in 0 ..< classCount {
            guard state.isValid(c, rootLabel: rootLabel) else { costs[c] = Int.max; continue }
            switch c {
            case ArcEagerState.shift: costs[c] = shiftCost
            case ArcEagerState.reduce: costs[c] = reduceCost
            default:
                let label = (c - 2) >> 1
                if c & 1 == 0 {
                    costs[c] = leftBase + (goldHeads[s] == b && goldLabels[s] != label ? 1 : 0)
                } else {
                    costs[c] = rightBase + (goldHeads[b] == s && goldLabels[b] != label ? 1 : 0)
                }
            }
        }
    }
}

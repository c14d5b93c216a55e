/// A configuration of the arc-eager transition system with the root at the end of the buffer
/// (Ballesteros and Nivre's "going to the roots" variant): words `0..<n`, root node `n`.
///
/// Transitions: SHIFT pushes the buffer front; REDUCE pops a stack top that has a head;
/// LEFT(l) makes the buffer front the head of the stack top (and pops it); RIGHT(l) makes the
/// stack top the head of the buffer front (and pushes it). Words left without a head attach to
/// the root node with LEFT(root) once the buffer holds only the root. Class numbers:
/// SHIFT 0, REDUCE 1, LEFT(l) 2+2l, RIGHT(l) 3+2l.
struct ArcEagerState {
    let n: Int
    private(set) var stack: [Int] = []
    /// The buffer front; the buffer is `front...n`.
    private(set) var front = 0
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    /// Leftmost and second-leftmost, rightmost and second-rightmost children (-1 when none).
    private(set) var left1: [Int], left2: [Int], right1: [Int], right2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]
    /// Bit sets of the labels of left and right children.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    static let shift = 0
    static let reduce = 1

    init(wordCount n: Int) {
        self.n = n
        let none = [Int](repeating: -1, count: n + 1)
        heads = none
        labels = none
        left1 = none; left2 = none; right1 = none; right2 = none
        leftCount = [Int](repeating: 0, count: n + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(n)
    }

    var isTerminal: Bool { stack.isEmpty && front == n }

    /// The stack top, or -1.
    var s0: Int { stack.last ?? -1 }
    /// The word below the stack top, or -1.
    var s1: Int { stack.count >= 2 ? stack[stack.count - 2] : -1 }

    /// Whether class `c` can be applied; `rootLabel` is the label reserved for arcs from the root.
    func isValid(_ c: Int, rootLabel: Int) -> Bool {
        moves(rootLabel: rootLabel).allow(c)
    }

    /// Which transitions a state allows, each kind decided once: what ``isValid(_:rootLabel:)``,
    /// ``bestValid(_:classCount:rootLabel:)`` and ``validClasses(classCount:rootLabel:into:)``
    /// all ask.
    struct Moves {
        let shift: Bool
        let reduce: Bool
        let left: Bool
        let right: Bool
        let atEnd: Bool
        let rootLeft: Int
        let rootRight: Int

        /// Whether class `c` is allowed. LEFT: the root node only takes `root`, and `root` only
        /// comes from it.
        @inline(__always) func allow(_ c: Int) -> Bool {
            switch c {
            case ArcEagerState.shift: return shift
            case ArcEagerState.reduce: return reduce
            default: return c & 1 == 0 ? left && (atEnd == (c == rootLeft)) : right && c != rootRight
            }
        }
    }

    /// The transitions this state allows.
    @inline(__always) func moves(rootLabel: Int) -> Moves {
        let hasStack = !stack.isEmpty
        let top = hasStack ? stack[stack.count - 1] : -1
        let canShift = front < n
        return Moves(shift: canShift, reduce: hasStack && heads[top] >= 0, left: hasStack && heads[top] < 0,
                     right: hasStack && canShift, atEnd: front == n,
                     rootLeft: 2 + 2 * rootLabel, rootRight: 3 + 2 * rootLabel)
    }

    /// The only valid class, when there is one, so that the parser need not score the
    /// features: SHIFT on an empty stack, and once the buffer holds only the root node, REDUCE
    /// for a stack top with a head or LEFT(`root`) for one without.
    func onlyValid(rootLabel: Int) -> Int? {
        guard let top = stack.last else { return front < n ? Self.shift : nil }
        guard front == n else { return nil }
        return heads[top] >= 0 ? Self.reduce : 2 + 2 * rootLabel
    }

    /// The valid class with the highest score (the first on ties), as if every class were
    /// checked with ``isValid(_:rootLabel:)``, but deciding each kind of transition once and
    /// taking the maximum over the valid scores four at a time (see ``ScoreVector``).
    func bestValid(_ scores: [Float], classCount: Int, rootLabel: Int) -> Int {
        let m = moves(rootLabel: rootLabel)
        @inline(__always) func valid(_ c: Int) -> Bool { m.allow(c) }
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { masked in
            for c in 0 ..< classCount { masked[c] = valid(c) ? scores[c] : -.infinity }
            let best = ScoreVector.maximum(UnsafeBufferPointer(masked))
            for c in 0 ..< classCount where masked[c] == best && valid(c) { return c }
            return -1
        }
    }

    /// The valid class with the highest score (the first on ties, as
    /// ``bestValid(_:classCount:rootLabel:)``) and the highest score of the other valid
    /// classes (-infinity when there is none): how sure the decision is, for scores that are
    /// only known to within a bound (see ``WeightTable/scoreReordered(_:into:)``).
    func bestTwoValid(_ scores: UnsafeBufferPointer<Float>, rootLabel: Int) -> (best: Int, runnerUp: Float) {
        let m = moves(rootLabel: rootLabel)
        let classCount = scores.count
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { masked in
            for c in 0 ..< classCount { masked[c] = m.allow(c) ? scores[c] : -.infinity }
            let top = ScoreVector.maximum(UnsafeBufferPointer(masked))
            var best = -1
            for c in 0 ..< classCount where masked[c] == top && m.allow(c) { best = c; break }
            guard best >= 0 else { return (-1, -.infinity) }
            masked[best] = -.infinity
            return (best, ScoreVector.maximum(UnsafeBufferPointer(masked)))
        }
    }

    /// Applies class `c` (which must be valid).
    mutating func apply(_ c: Int) {
        switch c {
        case Self.shift:
            stack.append(front)
            front += 1
        case Self.reduce:
            stack.removeLast()
        default:
            let label = (c - 2) >> 1
            if c & 1 == 0 {
                let s = stack.removeLast()
                attach(s, to: front, label: label)
            } else {
                attach(front, to: stack[stack.count - 1], label: label)
                stack.append(front)
                front += 1
            }
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        if dependent < head {
            if left1[head] < 0 || dependent < left1[head] {
                left2[head] = left1[head]
                left1[head] = dependent
            } else if left2[head] < 0 || dependent < left2[head] {
                left2[head] = dependent
            }
            leftCount[head] += 1
            leftLabels[head] |= 1 << UInt64(label & 63)
        } else {
            if right1[head] < 0 || dependent > right1[head] {
                right2[head] = right1[head]
                right1[head] = dependent
            } else if right2[head] < 0 || dependent > right2[head] {
                right2[head] = dependent
            }
            rightCount[head] += 1
            rightLabels[head] |= 1 << UInt64(label & 63)
        }
    }
}

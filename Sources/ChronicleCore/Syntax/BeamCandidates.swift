/// The best `width` successors of a beam step, kept in decreasing order of score.
///
/// Beam search offers every valid transition of every partial parse; this keeps only the
/// best few without sorting them all. Ties keep the earlier offer first (a stable order), so
/// that with one partial parse and width 1 the choice is the greedy parser's: the first class
/// with the highest score.
///
/// ```swift
/// var next = BeamCandidates(width: 2)
/// next.offer(score: 1.5, parent: 0, transition: 3)
/// next.offer(score: 2.0, parent: 0, transition: 0)
/// next.items.map(\.transition)   // [0, 3]
/// ```
struct BeamCandidates {
    /// A successor: the index of the partial parse it extends, the class applied to it, and
    /// the summed score of its transitions.
    struct Item {
        var score: Double
        var parent: Int
        var transition: Int
    }

    /// The most successors kept.
    let width: Int
    /// The kept successors, best first.
    private(set) var items: [Item] = []

    init(width: Int) {
        self.width = max(1, width)
        items.reserveCapacity(self.width + 1)
    }

    /// Whether a successor with `score` would be kept now (a full beam keeps only better ones).
    @inline(__always)
    func admits(_ score: Double) -> Bool {
        items.count < width || score > items[items.count - 1].score
    }

    /// Keeps the successor if it is among the best `width` offered so far.
    @inline(__always)
    mutating func offer(score: Double, parent: Int, transition: Int) {
        guard admits(score) else { return }
        var i = items.count
        while i > 0 && items[i - 1].score < score { i -= 1 }
        items.insert(Item(score: score, parent: parent, transition: transition), at: i)
        if items.count > width { items.removeLast() }
    }

    /// Forgets every successor (keeping the storage).
    mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}

/// The best `width` successors of a beam step, kept in decreasing order of score.
///
/// Beam search offers every valid transition of every partial parse (or every tag of every
/// partial tag sequence); this keeps only the best few without sorting them all. Ties keep the
/// earlier offer first (a stable order), so that with one partial parse and width 1 the choice
/// is the greedy one: the first class with the highest score.
///
/// The tagger's offers also carry a *history* (``history(tag:previous:)``: the tag added and
/// the one before it). Its features see only the two previous tags, so two sequences that end
/// in the same two tags score every continuation alike and only the better can ever win: a
/// better offer with a history already kept replaces it (recombination, as in Viterbi
/// decoding), and a worse one is dropped.
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
        /// The history key of a tagger's offer (0 for the parser's, which recombine nothing).
        var history: UInt64 = 0
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
        insert(Item(score: score, parent: parent, transition: transition))
    }

    /// Keeps the successor if it is among the best `width` offered so far and the best of its
    /// `history` (see ``history(tag:previous:)``).
    @inline(__always)
    mutating func offer(score: Double, parent: Int, transition: Int, history: UInt64) {
        guard admits(score) else { return }
        if let same = items.firstIndex(where: { $0.history == history }) {
            guard score > items[same].score else { return }
            items.remove(at: same)
        }
        insert(Item(score: score, parent: parent, transition: transition, history: history))
    }

    /// The history key of a tag sequence whose last tag is `tag` and the one before it `previous`.
    @inline(__always)
    static func history(tag: Int, previous: UInt64) -> UInt64 {
        UInt64(tag) << 32 | (previous & 0xFFFF_FFFF)
    }

    @inline(__always)
    private mutating func insert(_ item: Item) {
        var i = items.count
        while i > 0 && items[i - 1].score < item.score { i -= 1 }
        items.insert(item, at: i)
        if items.count > width { items.removeLast() }
    }

    /// Forgets every successor (keeping the storage).
    mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}

/// The best `width` successors of one step of the tagger's beam search, best first, at most
/// one per tag history.
///
/// A tagger's features see only the two previous tags, so two partial tag sequences that end
/// in the same two tags score every continuation alike: only the better of them can ever win,
/// and keeping both would waste a place on the beam. Each successor therefore carries its
/// *history* (its own tag and the previous one), and a better offer with a history already
/// kept replaces it (recombination, as in Viterbi decoding). Ties keep the earlier offer, so
/// that with one partial sequence and width 1 the choice is the greedy tagger's: the first
/// class with the highest score.
///
/// ```swift
/// var next = TagBeamCandidates(width: 2)
/// next.offer(score: 1.5, parent: 0, tag: 3, history: 3)
/// next.offer(score: 2.0, parent: 1, tag: 3, history: 3)   // replaces the first: same history
/// next.items.map(\.parent)   // [1]
/// ```
struct TagBeamCandidates {
    /// A successor: the partial sequence it extends, the tag added to it, the summed score,
    /// and the history key of ``history(tag:previous:)``.
    struct Item {
        var score: Double
        var parent: Int
        var tag: Int
        var history: UInt64
    }

    /// The most successors kept.
    let width: Int
    /// The kept successors, best first.
    private(set) var items: [Item] = []

    init(width: Int) {
        self.width = max(1, width)
        items.reserveCapacity(self.width + 1)
    }

    /// The history key of a sequence whose last tag is `tag` and the one before it `previous`.
    @inline(__always)
    static func history(tag: Int, previous: UInt64) -> UInt64 {
        UInt64(tag) << 32 | (previous & 0xFFFF_FFFF)
    }

    /// Whether a successor with `score` could be kept now (a full beam keeps only better ones).
    @inline(__always)
    func admits(_ score: Double) -> Bool {
        items.count < width || score > items[items.count - 1].score
    }

    /// Keeps the successor if it is among the best `width` offered so far and the best of its history.
    @inline(__always)
    mutating func offer(score: Double, parent: Int, tag: Int, history: UInt64) {
        guard admits(score) else { return }
        if let same = items.firstIndex(where: { $0.history == history }) {
            guard score > items[same].score else { return }
            items.remove(at: same)
        }
        var i = items.count
        while i > 0 && items[i - 1].score < score { i -= 1 }
        items.insert(Item(score: score, parent: parent, tag: tag, history: history), at: i)
        if items.count > width { items.removeLast() }
    }

    /// Forgets every successor (keeping the storage).
    mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}

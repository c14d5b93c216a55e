/// The items of one gazetteer phrase: a view into the lexicon's item pool.
///
/// Segments of every document hold the items of their phrase, and the resolver reads them
/// at nearly every step (`segments[s].items.first`, `personItem(items)`). As arrays they cost
/// a retain and a release at each copy and a release per segment when a pass ends; as a
/// pointer and a count into memory the ``ActorLexicon`` owns (and never changes after it is
/// built) they are plain values.
///
/// ```swift
/// for case .person(let p) in segment.items { ... }
/// if case .country(let c)? = segment.items.first { ... }
/// ```
struct LexItems: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafePointer<LexItem>
    let count: Int

    init(base: UnsafePointer<LexItem>, count: Int) {
        self.base = base
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> LexItem {
        precondition(i >= 0 && i < count, "LexItems index out of range")
        return base[i]
    }

    /// No items: a token outside the gazetteer. It points at a one-item allocation that is
    /// never read.
    static let empty: LexItems = {
        let p = UnsafeMutablePointer<LexItem>.allocate(capacity: 1)
        p.initialize(to: .country(0))
        return LexItems(base: UnsafePointer(p), count: 0)
    }()
}

/// The memory behind every ``LexItems`` of a lexicon: filled once while the lexicon is built,
/// read-only afterwards, freed with the lexicon.
final class ItemPool: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<LexItem>
    private let capacity: Int
    private var used = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        storage = UnsafeMutablePointer<LexItem>.allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: used)
        storage.deallocate()
    }

    /// Copies `items` into the pool (only while the lexicon is built).
    func store(_ items: [LexItem]) -> LexItems {
        precondition(used + items.count <= capacity, "ItemPool capacity exceeded")
        let start = storage + used
        for (k, item) in items.enumerated() { (start + k).initialize(to: item) }
        used += items.count
        return LexItems(base: UnsafePointer(start), count: items.count)
    }
}

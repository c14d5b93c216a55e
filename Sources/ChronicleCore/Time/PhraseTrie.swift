/// A fixed phrase's meaning, as written in `phrases.tsv` or `holidays.tsv`.
struct PhraseEntry: Sendable {
    var type: TimexType
    /// `day:-1`, `day:0:TNI`, `week:1`, `month:-1`, `year:0`, `ref:PRESENT_REF`, `dur:PT24H`,
    /// `md:12:25` (a holiday: month and day, the year chosen like a bare date's).
    var operation: String
    var anchor: Anchor?
}

/// Fixed phrases keyed by the token keys of their words; the longest phrase wins.
struct PhraseTrie: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var entries: [PhraseEntry?] = [nil]

    /// Adds a phrase.
    mutating func insert(keys: [Int32], entry: PhraseEntry) {
        guard !keys.isEmpty, !keys.contains(-1) else { return }
        var node: Int32 = 0
        for key in keys {
            if let next = children[Int(node)][key] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                entries.append(nil)
                children[Int(node)][key] = next
                node = next
            }
        }
        entries[Int(node)] = entry
    }

    /// Whether any phrase starts with `key` (a cheap test before walking).
    func starts(with key: Int32) -> Bool { children[0][key] != nil }

    /// The longest phrase starting at token `first`: its end (exclusive) and entry.
    func longestMatch(_ tokens: [TimeToken], from first: Int) -> (end: Int, entry: PhraseEntry)? {
        var node: Int32 = 0
        var best: (Int, PhraseEntry)?
        var i = first
        while i < tokens.count, let next = children[Int(node)][tokens[i].key] {
            if i > first, tokens[i].newlineBefore, tokens[i].kind != .punct { break }
            node = next
            i += 1
            if let entry = entries[Int(node)] { best = (i, entry) }
        }
        return best.map { (end: $0.0, entry: $0.1) }
    }
}

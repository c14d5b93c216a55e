/// A fixed phrase's meaning, as written in `phrases.tsv` or `holidays.tsv`, parsed once.
struct PhraseEntry: Sendable {
    /// What the operation does.
    enum Kind: Sendable {
        /// `day:N`, `week:N`, `month:N`, `quarter:N`, `year:N`, `weekend:N`: N units from the anchor.
        case shift(TimeUnit)
        /// `ref:VALUE`, `dur:VALUE`: a fixed value.
        case fixed
        /// `md:M:D`: a holiday, its year chosen like a bare date's.
        case monthDay
        /// `weekend`: the weekend before the anchor, or the coming one in a future clause.
        case weekend
        /// `yearago`: the period a year before the one just mentioned.
        case yearAgo
        /// `range`: the first day of the range of days named in the three sentences before; no
        /// expression without one.
        case rangeStart
    }

    var type: TimexType
    /// The operation as written (`day:-1`, `day:0:TNI`, `ref:PRESENT_REF`, `md:12:25`).
    var operation: String
    var anchor: Anchor?
    var kind: Kind = .fixed
    var amount = 0
    var month = 0
    var day = 0
    /// For holidays on the n-th weekday of a month: n (negative from the end) and the weekday.
    var nth = 0
    var weekday = 0
    /// Days after that weekday ("1mon+1": the Tuesday after the first Monday, US Election Day).
    var dayOffset = 0
    /// A part of the day after a day (`TNI`), or the fixed value.
    var text: String?

    init(type: TimexType, operation: String, anchor: Anchor?) {
        self.type = type
        self.operation = operation
        self.anchor = anchor
        let parts = operation.split(separator: ":").map(String.init)
        let units: [String: TimeUnit] = ["day": .day, "week": .week, "month": .month, "quarter": .quarter,
                                         "year": .year, "weekend": .weekend]
        switch parts.first ?? "" {
        case "ref", "dur":
            kind = .fixed
            text = parts.count > 1 ? parts[1] : ""
        case "md":
            kind = .monthDay
            month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
            let d = parts.count > 2 ? parts[2] : "1"
            if let n = Int(d) {
                day = n
            } else {
                // "4thu": the fourth Thursday; "-1mon": the last Monday
                let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                let pieces = d.split(separator: "+")
                let rule = pieces[0]
                let digits = rule.prefix { $0 == "-" || $0.isNumber }
                nth = Int(digits) ?? 1
                weekday = (names.firstIndex(of: rule.suffix(3).lowercased()) ?? 0) + 1
                dayOffset = pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0
            }
        case "yearago":
            kind = .yearAgo
        case "range":
            kind = .rangeStart
        case "weekend" where parts.count == 1:
            kind = .weekend
        case let name:
            kind = .shift(units[name] ?? .day)
            amount = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            text = parts.count > 2 ? parts[2] : nil
        }
    }

    /// The phrase names one day ("yesterday", "the following day"), without a part of the day.
    var isDay: Bool {
        if case .shift(.day) = kind { return text == nil }
        return false
    }

    /// The phrase names a day, possibly with a part of it.
    var isDayOrPart: Bool {
        if case .shift(.day) = kind { return true }
        return false
    }
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

/// Counts for scoring temporal expressions against gold annotations, TempEval-3 style.
///
/// Extents match strictly (same offsets) or relaxedly (overlap); each gold expression matches
/// at most one system expression. The type and value of a system expression count only when its
/// extent matches relaxedly. Value precision is correct values over system expressions, value
/// recall correct values over gold expressions.
///
/// ```swift
/// var score = TimexScore()
/// score.add(gold: doc.timexes.map { .init(start: $0.start, end: $0.end, type: $0.type, value: $0.value) },
///           system: TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate))
/// score.valueF1
/// ```
public struct TimexScore: Sendable, Hashable {
    /// A gold expression with offsets.
    public struct Gold: Sendable, Hashable {
        /// Unicode scalar offset of the first character (-1 when the text was not found).
        public var start: Int
        /// Unicode scalar offset just past the last character.
        public var end: Int
        /// The expression as the gold wrote it.
        public var text: String
        /// The gold type, or empty when the gold has none (type then always counts as correct).
        public var type: String
        /// The gold value.
        public var value: String

        /// Creates a gold expression.
        public init(start: Int, end: Int, text: String = "", type: String = "", value: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.value = value
        }
    }

    /// A difference between system and gold, for `--verbose` listings.
    public struct Difference: Sendable, Hashable {
        /// "miss" (gold not found), "value" (found with another value) or "false" (system
        /// expression not in gold).
        public var kind: String
        /// The gold text (misses) or the system text (false positives).
        public var text: String
        /// The gold value.
        public var expected: String?
        /// What the system found there ("text → value"), or its value.
        public var found: String?
        /// Unicode scalar offsets of the gold expression (misses) or the system one (false
        /// positives), -1 when the gold text was not placed; for listings with context.
        public var start = -1
        public var end = -1
    }

    /// Gold expressions.
    public var gold = 0
    /// System expressions.
    public var system = 0
    /// Gold expressions matched with exactly the same extent.
    public var strict = 0
    /// Gold expressions matched by an overlapping system expression.
    public var relaxed = 0
    /// Relaxed matches with the gold type.
    public var typeCorrect = 0
    /// Relaxed matches with the gold value.
    public var valueCorrect = 0
    /// Misses and false positives, collected by ``add(gold:system:)``.
    public var differences: [Difference] = []

    public init() {}

    /// Adds one document's expressions; ranges in system values compare by their start value
    /// against a gold value that is not itself a range.
    public mutating func add(gold golds: [Gold], system found: [TemporalExpression]) {
        gold += golds.count
        system += found.count
        var used = Array(repeating: false, count: found.count)
        var systemMatched = Array(repeating: false, count: found.count)
        for g in golds {
            // prefer a system expression with the exact extent, then any overlapping one
            var best: Int?
            for (k, e) in found.enumerated() where !used[k] && e.start < g.end && g.start < e.end {
                if best == nil || (e.start == g.start && e.end == g.end) { best = k }
                if e.start == g.start && e.end == g.end { break }
            }
            guard let k = best else {
                differences.append(Difference(kind: "miss", text: g.text, expected: g.value, found: nil, start: g.start, end: g.end))
                continue
            }
            used[k] = true
            systemMatched[k] = true
            let e = found[k]
            relaxed += 1
            if e.start == g.start && e.end == g.end { strict += 1 }
            if e.type.rawValue == g.type || g.type.isEmpty { typeCorrect += 1 }
            if Self.sameValue(e.value, g.value) {
                valueCorrect += 1
            } else {
                differences.append(Difference(kind: "value", text: g.text, expected: g.value, found: "\(e.text) → \(e.value)",
                                              start: g.start, end: g.end))
            }
        }
        for (k, e) in found.enumerated() where !systemMatched[k] {
            differences.append(Difference(kind: "false", text: e.text, expected: nil, found: e.value, start: e.start, end: e.end))
        }
    }

    static func sameValue(_ system: String, _ gold: String) -> Bool {
        if system == gold { return true }
        if !gold.contains("/"), let start = system.split(separator: "/").first, system.contains("/") {
            return start == gold
        }
        return false
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public var strictPrecision: Double { ratio(strict, system) }
    public var strictRecall: Double { ratio(strict, gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { ratio(relaxed, system) }
    public var relaxedRecall: Double { ratio(relaxed, gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    /// Correct types over relaxed matches.
    public var typeAccuracy: Double { ratio(typeCorrect, relaxed) }
    public var valuePrecision: Double { ratio(valueCorrect, system) }
    public var valueRecall: Double { ratio(valueCorrect, gold) }
    public var valueF1: Double { Self.f1(valuePrecision, valueRecall) }

    /// Adds another score's counts.
    public mutating func merge(_ other: TimexScore) {
        gold += other.gold
        system += other.system
        strict += other.strict
        relaxed += other.relaxed
        typeCorrect += other.typeCorrect
        valueCorrect += other.valueCorrect
        differences += other.differences
    }

    /// Places gold texts listed in order of appearance in `text`: each is searched from where the
    /// previous one was found (exact case first, then ignoring case); unfound ones get no offsets
    /// and count as misses.
    public static func align(texts: [(text: String, value: String)], in text: String) -> [Gold] {
        let scalars = Array(text.unicodeScalars)
        let lower = scalars.map { Unicode.Scalar(UInt8(ascii: "a")) == $0 ? $0 : (("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0) }
        var from = 0
        var out: [Gold] = []
        for (t, v) in texts {
            let needle = Array(t.unicodeScalars)
            let needleLower = needle.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
            if let at = find(needle, in: scalars, from: from) ?? find(needleLower, in: lower, from: from)
                ?? find(needle, in: scalars, from: 0) {
                out.append(Gold(start: at, end: at + needle.count, text: t, value: v))
                from = at + needle.count
            } else {
                out.append(Gold(start: -1, end: -1, text: t, value: v))
            }
        }
        return out
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

/// Scores coded events against gold events by the matching rule of `DESIGN.md` ("Gold files").
///
/// A system event matches a gold event when its source and target countries are among the
/// listed ones (either order where `symmetric`), its root is listed, and its date interval
/// overlaps the gold interval. Each gold event matches at most one system event (a maximum
/// matching). Recall counts required gold events; precision counts the system events with two
/// known, different countries that match any gold event.
///
/// ```swift
/// let score = EventEvaluation.score(system: coded.events, gold: gold)
/// print(score.precision, score.recall, score.f1)
/// ```
public struct EventEvaluation: Sendable {
    /// System events that count (two known, different countries).
    public var scored: [EventRecord]
    /// The gold events.
    public var gold: [GoldEvent]
    /// Matched pairs: index into ``scored`` → index into ``gold``.
    public var matches: [Int: Int]

    /// Matched system events.
    public var truePositives: Int { matches.count }
    /// Required gold events matched.
    public var requiredMatched: Int { Set(matches.values).filter { gold[$0].required }.count }
    /// Required gold events.
    public var requiredCount: Int { gold.filter(\.required).count }
    /// Scored system events that match nothing.
    public var falseEvents: [EventRecord] { scored.indices.filter { matches[$0] == nil }.map { scored[$0] } }
    /// Required gold events left unmatched.
    public var misses: [GoldEvent] {
        let hit = Set(matches.values)
        return gold.indices.filter { gold[$0].required && !hit.contains($0) }.map { gold[$0] }
    }

    /// Whether a system event may match a gold event.
    public static func compatible(_ e: EventRecord, _ g: GoldEvent) -> Bool {
        guard let s = e.source.country, let t = e.target?.country, g.roots.contains(e.root) else { return false }
        let forward = g.source.contains(s) && g.target.contains(t)
        let backward = (g.symmetric ?? false) && g.source.contains(t) && g.target.contains(s)
        guard forward || backward else { return false }
        guard let (a, b) = GoldEvent.interval(g.date), let es = e.dateStart, let ee = e.dateEnd else { return false }
        return es <= b && a <= ee
    }

    /// Scores one document's (or a pooled set's) events.
    public static func score(system: [EventRecord], gold: [GoldEvent]) -> EventEvaluation {
        let scored = system.filter {
            guard let s = $0.source.country, let t = $0.target?.country else { return false }
            return s != t
        }
        // Maximum bipartite matching by augmenting paths (the sets are small).
        var goldOwner = [Int?](repeating: nil, count: gold.count)
        let edges = scored.map { e in gold.indices.filter { compatible(e, gold[$0]) } }
        func augment(_ i: Int, _ seen: inout [Bool]) -> Bool {
            for g in edges[i] where !seen[g] {
                seen[g] = true
                if goldOwner[g] == nil || augment(goldOwner[g]!, &seen) {
                    goldOwner[g] = i
                    return true
                }
            }
            return false
        }
        // Required gold first: a maximum matching over the edges to required gold, then every
        // edge. Augmenting never leaves a matched gold event unmatched, so the second pass keeps
        // the most required events matched while it makes the matching as large as it can be.
        for requiredOnly in [true, false] {
            for i in scored.indices where !goldOwner.contains(i) {
                var seen = [Bool](repeating: false, count: gold.count)
                if requiredOnly { for g in gold.indices where !gold[g].required { seen[g] = true } }
                _ = augment(i, &seen)
            }
        }
        var matches: [Int: Int] = [:]
        for (g, owner) in goldOwner.enumerated() { if let i = owner { matches[i] = g } }
        return EventEvaluation(scored: scored, gold: gold, matches: matches)
    }

    /// Pools several documents' evaluations.
    public static func pooled(_ parts: [EventEvaluation]) -> (tp: Int, system: Int, requiredMatched: Int, required: Int) {
        parts.reduce((0, 0, 0, 0)) { ($0.0 + $1.truePositives, $0.1 + $1.scored.count,
                                      $0.2 + $1.requiredMatched, $0.3 + $1.requiredCount) }
    }
}

extension EventEvaluation {
    /// Precision over scored system events.
    public var precision: Double { scored.isEmpty ? 0 : Double(truePositives) / Double(scored.count) }
    /// Recall over required gold events.
    public var recall: Double { requiredCount == 0 ? 0 : Double(requiredMatched) / Double(requiredCount) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

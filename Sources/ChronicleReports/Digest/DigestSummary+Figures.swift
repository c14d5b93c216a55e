/// Summaries from figures computed elsewhere, such as a store's monthly aggregates, so that a
/// large dyad's charts and balance sentences need not load every event.
extension DigestSummary.Direction {
    /// A direction from its figures.
    ///
    /// - Parameters:
    ///   - id: `JPN>PRK`.
    ///   - actor: The acting side's code.
    ///   - target: The receiving side's code.
    ///   - label: The direction in words.
    ///   - counts: Events by QuadClass.
    ///   - acts: CAMEO names with counts by QuadClass, most frequent first (may be empty).
    ///   - monthly: Events per month (`YYYY-MM`) by QuadClass.
    ///   - goldsteinSum: Goldstein sum per month.
    public static func figures(id: String, actor: String?, target: String?, label: String,
                               counts: [QuadClass: Int], acts: [QuadClass: [(name: String, count: Int)]] = [:],
                               monthly: [String: [QuadClass: Int]], goldsteinSum: [String: Double]) -> Self {
        Self(id: id, actor: actor, target: target, label: label, counts: counts, acts: acts,
             monthly: monthly, goldsteinSum: goldsteinSum)
    }
}

extension DigestSummary {
    /// A summary of precomputed directions; the months run without gaps from the first to the
    /// last month any direction has.
    public init(directions: [Direction], keyActors: [KeyActor] = []) {
        self.directions = directions
        self.months = Self.continuousMonths(Set(directions.flatMap { $0.monthly.keys }))
        self.keyActors = keyActors
    }
}

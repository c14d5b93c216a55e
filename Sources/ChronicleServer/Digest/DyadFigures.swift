import ChronicleCore
import ChronicleReports
import ChronicleStore

/// The figures of a dyad page: the digest's summary (charts and balance sentences) of the
/// dyad's events in a period.
///
/// A dyad with at most ``eventLimit`` events is summarized from its events, exactly as its
/// digest is (with the CAMEO names of each side's acts). A larger one is summarized from the
/// store's monthly aggregates (``EventStore/trend(_:)``): the same counts and Goldstein sums,
/// without the act names, and without loading every event.
enum DyadFigures {
    static let eventLimit = 300

    static func summary(_ dyad: Dyad, from: CalendarDay?, to: CalendarDay?, store: any EventStore)
        async throws -> (summary: DigestSummary, data: DigestData?, total: Int) {
        let rows = try await store.trend(TrendQuery(dyad, by: .month, from: from, to: to))
        let total = rows.reduce(0) { $0 + $1.count }
        if total <= eventLimit {
            var builder = StoreDigestBuilder(store: store)
            builder.withReports = false
            builder.maximumEvents = eventLimit
            let data = try await builder.build(DigestSelection(dyad: (dyad.a, dyad.b), from: from, to: to))
            return (DigestSummary(data), data, data.events.count)
        }
        return (summary(rows, dyad: dyad), nil, total)
    }

    /// The two directions of a dyad from trend rows.
    static func summary(_ rows: [TrendRow], dyad: Dyad) -> DigestSummary {
        let directions = [(dyad.a, dyad.b), (dyad.b, dyad.a)].map { actor, target in
            var counts: [QuadClass: Int] = [:]
            var monthly: [String: [QuadClass: Int]] = [:]
            var sums: [String: Double] = [:]
            for row in rows where row.source == actor && row.target == target {
                for (i, n) in row.quadCounts.enumerated() where n > 0 {
                    guard let quad = QuadClass(rawValue: i + 1) else { continue }
                    counts[quad, default: 0] += n
                    monthly[row.period, default: [:]][quad, default: 0] += n
                }
                sums[row.period, default: 0] += row.goldsteinSum
            }
            return DigestSummary.Direction.figures(
                id: "\(actor)>\(target)", actor: actor, target: target, label: "\(actor) toward \(target)",
                counts: counts, monthly: monthly, goldsteinSum: sums)
        }
        return DigestSummary(directions: directions)
    }
}

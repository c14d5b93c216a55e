import ChronicleCore

/// The `dyad_months` table: per dyad, month, direction and QuadClass, the number of merged
/// events and their Goldstein sum, kept up to date by every write of the SQL backends.
///
/// The trend of a dyad over all its dates (the dyad page and `chronicle trend` without a
/// period) reads a few hundred rows from here instead of grouping every event of the dyad:
/// at 10 million events a large dyad holds half a million of them. Trends over a period still
/// group the events, because an event whose dates straddle the period's first day belongs to
/// it by ``EventQuery``'s rule while its month does not.
///
/// Writers update the table in one pass at the end of each document's transaction, in a
/// fixed order of keys, so that concurrent PostgreSQL writers never deadlock on its rows.
extension StoreSQL {
    /// One row of `dyad_months`.
    public struct DyadMonthKey: Hashable, Comparable, Sendable {
        public var dyad: String
        public var month: Int
        public var source: String
        public var target: String
        public var quad: Int

        public static func < (l: DyadMonthKey, r: DyadMonthKey) -> Bool {
            (l.dyad, l.month, l.source, l.target, l.quad) < (r.dyad, r.month, r.source, r.target, r.quad)
        }
    }

    /// The conditions under which an event counts in a trend, on the `e` alias (the same as
    /// ``trend(_:)``'s).
    static let trendEventConditions = """
        e.dyad IS NOT NULL AND e.month IS NOT NULL AND e.source_country IS NOT NULL \
        AND e.target_country IS NOT NULL AND e.quad BETWEEN 1 AND 4
        """

    /// The key of an event, or nil when it does not count in trends.
    static func dyadMonthKey(_ record: EventRecord) -> DyadMonthKey? {
        guard let dyad = EventFilter.dyadKey(record), let start = record.dateStart,
              let source = record.source.country, let target = record.target?.country,
              (1...4).contains(record.quad) else { return nil }
        return DyadMonthKey(dyad: dyad, month: StoreRounding.monthKey(start), source: source, target: target,
                            quad: record.quad)
    }

    /// Reads the trend keys and Goldstein scores of events about to be replaced.
    public static func dyadMonthRows(ofEvents ids: [String]) -> SQLStatement {
        SQLStatement("""
            SELECT e.dyad, e.month, e.source_country, e.target_country, e.quad, e.goldstein FROM events e
            WHERE e.id IN (\(marks(ids.count))) AND \(trendEventConditions)
            """, ids.map { .text($0) })
    }

    /// The statements that move `dyad_months` from the removed events (rows of
    /// ``dyadMonthRows(ofEvents:)``) to the added ones, in key order.
    public static func updateDyadMonths(removed: [SQLRow], added: [MergedEvent]) -> [SQLStatement] {
        var delta: [DyadMonthKey: (events: Int, sum: Double)] = [:]
        for row in removed {
            guard let dyad = row[0].textValue, let month = row[1].intValue, let source = row[2].textValue,
                  let target = row[3].textValue, let quad = row[4].intValue else { continue }
            let key = DyadMonthKey(dyad: dyad, month: month, source: source, target: target, quad: quad)
            delta[key, default: (0, 0)].events -= 1
            delta[key, default: (0, 0)].sum -= row[5].doubleValue ?? 0
        }
        for event in added {
            guard let key = dyadMonthKey(event.record) else { continue }
            delta[key, default: (0, 0)].events += 1
            delta[key, default: (0, 0)].sum += event.record.goldstein
        }
        var statements: [SQLStatement] = []
        for (key, change) in delta.sorted(by: { $0.key < $1.key }) where change.events != 0 || change.sum != 0 {
            let k: [SQLValue] = [.text(key.dyad), .int(key.month), .text(key.source), .text(key.target), .int(key.quad)]
            statements.append(SQLStatement("""
                INSERT INTO dyad_months (dyad, month, source_country, target_country, quad, events, goldstein_sum)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dyad, month, source_country, target_country, quad) DO UPDATE
                SET events = dyad_months.events + excluded.events,
                    goldstein_sum = dyad_months.goldstein_sum + excluded.goldstein_sum
                """, k + [.int(change.events), .double(change.sum)]))
            if change.events < 0 {
                statements.append(SQLStatement("""
                    DELETE FROM dyad_months WHERE dyad = ? AND month = ? AND source_country = ? \
                    AND target_country = ? AND quad = ? AND events <= 0
                    """, k))
            }
        }
        return statements
    }

    /// Recomputes `dyad_months` from the events: the migration's backfill, and the last step
    /// of bulk loads that insert events directly.
    public static let rebuildDyadMonths: [SQLStatement] = [
        SQLStatement("DELETE FROM dyad_months"),
        SQLStatement("""
            INSERT INTO dyad_months (dyad, month, source_country, target_country, quad, events, goldstein_sum)
            SELECT e.dyad, e.month, e.source_country, e.target_country, e.quad, COUNT(*), SUM(e.goldstein)
            FROM events e WHERE \(trendEventConditions)
            GROUP BY e.dyad, e.month, e.source_country, e.target_country, e.quad
            """),
    ]

    /// The whole-range trend of a dyad from `dyad_months`, in the row shape of ``trend(_:)``.
    public static func dyadMonths(_ dyad: Dyad) -> SQLStatement {
        SQLStatement("""
            SELECT month, source_country, target_country, quad, events, goldstein_sum
            FROM dyad_months WHERE dyad = ?
            """, [.text(dyad.key)])
    }

    /// Every row of `dyad_months`, for checking it against the events.
    public static let allDyadMonths = SQLStatement("""
        SELECT dyad, month, source_country, target_country, quad, events, goldstein_sum FROM dyad_months
        """)
}

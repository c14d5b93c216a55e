import ChronicleCore

/// The length of a trend period.
public enum TrendPeriod: String, Sendable, Hashable, Codable, CaseIterable {
    case month, quarter, year

    /// The label of the period holding a month: `2018-06`, `2018-Q2` or `2018`.
    public func label(year: Int, month: Int) -> String {
        let y = String(year)
        switch self {
        case .month: return month < 10 ? "\(y)-0\(month)" : "\(y)-\(month)"
        case .quarter: return "\(y)-Q\((month - 1) / 3 + 1)"
        case .year: return y
        }
    }
}

/// Trend of the events between two countries.
///
/// Events are placed in the period of their first day; undated events are left out.
/// The direction of a symmetric event (a meeting) is the one its representative report gave.
public struct TrendQuery: Sendable, Hashable {
    /// The dyad.
    public var dyad: Dyad
    /// The period length.
    public var by: TrendPeriod
    /// First day considered.
    public var from: CalendarDay?
    /// Last day considered.
    public var to: CalendarDay?

    /// Creates a query.
    public init(_ dyad: Dyad, by: TrendPeriod = .month, from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.dyad = dyad
        self.by = by
        self.from = from
        self.to = to
    }
}

/// Counts by QuadClass and the Goldstein sum and mean of one direction in one period.
public struct TrendRow: Sendable, Hashable, Codable {
    /// `2018-06`, `2018-Q2` or `2018`.
    public var period: String
    /// The acting country.
    public var source: String
    /// The country acted upon.
    public var target: String
    /// Event counts for QuadClass 1 (verbal cooperation) to 4 (material conflict).
    public var quadCounts: [Int]
    /// All events.
    public var count: Int
    /// The sum of the events' Goldstein scores.
    public var goldsteinSum: Double
    /// The mean Goldstein score.
    public var goldsteinMean: Double

    /// Creates a row.
    public init(period: String, source: String, target: String, quadCounts: [Int],
                goldsteinSum: Double) {
        self.period = period
        self.source = source
        self.target = target
        self.quadCounts = quadCounts
        self.count = quadCounts.reduce(0, +)
        self.goldsteinSum = StoreRounding.round(goldsteinSum)
        self.goldsteinMean = count == 0 ? 0 : StoreRounding.round(goldsteinSum / Double(count))
    }

    enum CodingKeys: String, CodingKey {
        case period, source, target
        case quadCounts = "quad_counts"
        case count
        case goldsteinSum = "goldstein_sum"
        case goldsteinMean = "goldstein_mean"
    }
}

/// One aggregate row as the backends compute it: a month, a direction and a QuadClass.
public struct MonthlyAggregate: Sendable, Hashable {
    /// `year * 100 + month`.
    public var month: Int
    public var source: String
    public var target: String
    public var quad: Int
    public var count: Int
    public var goldsteinSum: Double

    /// Creates an aggregate.
    public init(month: Int, source: String, target: String, quad: Int, count: Int, goldsteinSum: Double) {
        self.month = month
        self.source = source
        self.target = target
        self.quad = quad
        self.count = count
        self.goldsteinSum = goldsteinSum
    }

    /// Folds monthly aggregates into trend rows ordered by period, then direction.
    public static func trendRows(_ aggregates: [MonthlyAggregate], by period: TrendPeriod) -> [TrendRow] {
        struct Key: Hashable, Comparable {
            var period: String, source: String, target: String
            static func < (l: Key, r: Key) -> Bool {
                (l.period, l.source, l.target) < (r.period, r.source, r.target)
            }
        }
        var counts: [Key: [Int]] = [:]
        var sums: [Key: Double] = [:]
        for row in aggregates where (1...4).contains(row.quad) {
            let key = Key(period: period.label(year: row.month / 100, month: row.month % 100),
                          source: row.source, target: row.target)
            counts[key, default: [0, 0, 0, 0]][row.quad - 1] += row.count
            sums[key, default: 0] += row.goldsteinSum
        }
        return counts.keys.sorted().map { key in
            TrendRow(period: key.period, source: key.source, target: key.target,
                     quadCounts: counts[key]!, goldsteinSum: sums[key] ?? 0)
        }
    }
}

/// Rounding of floating-point sums, so that backends that add in different orders agree.
public enum StoreRounding {
    /// `x` rounded to 6 decimals.
    public static func round(_ x: Double) -> Double {
        (x * 1_000_000).rounded() / 1_000_000
    }

    /// The month key `year * 100 + month` of a day.
    public static func monthKey(_ day: CalendarDay) -> Int {
        day.year * 100 + day.month
    }
}

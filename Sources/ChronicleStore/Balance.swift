import ChronicleCore

/// Which acts of a country to weigh: all of them, or those toward one other country.
///
/// A country's acts are the events it is the source of, plus the symmetric events (meetings,
/// material cooperation, agreements; see ``MergeRule``) it takes part in on either side:
/// "Japan and Korea held talks" is an act of both.
public struct BalanceQuery: Sendable, Hashable {
    /// The acting country.
    public var country: String
    /// Only acts toward this country.
    public var toward: String?
    /// First day considered.
    public var from: CalendarDay?
    /// Last day considered.
    public var to: CalendarDay?

    /// Creates a query.
    public init(_ country: String, toward: String? = nil, from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.country = country.uppercased()
        self.toward = toward?.uppercased()
        self.from = from
        self.to = to
    }
}

/// The split of a country's acts into verbal and material cooperation and conflict: the
/// figure behind "declarations, but no steps".
public struct Balance: Sendable, Hashable, Codable {
    /// The acting country.
    public var country: String
    /// The other country, when the query named one.
    public var toward: String?
    /// Counts for QuadClass 1 (verbal cooperation), 2 (material cooperation), 3 (verbal
    /// conflict), 4 (material conflict).
    public var quadCounts: [Int]
    /// Goldstein sums per QuadClass.
    public var goldsteinSums: [Double]

    /// Creates a balance.
    public init(country: String, toward: String?, quadCounts: [Int], goldsteinSums: [Double]) {
        self.country = country
        self.toward = toward
        self.quadCounts = quadCounts
        self.goldsteinSums = goldsteinSums.map(StoreRounding.round)
    }

    /// All acts.
    public var total: Int { quadCounts.reduce(0, +) }

    /// The share of verbal acts (QuadClass 1 and 3) among all acts; 0 when there are none.
    public var verbalShare: Double {
        total == 0 ? 0 : Double(quadCounts[0] + quadCounts[2]) / Double(total)
    }

    /// The share of material acts (QuadClass 2 and 4).
    public var materialShare: Double {
        total == 0 ? 0 : Double(quadCounts[1] + quadCounts[3]) / Double(total)
    }

    enum CodingKeys: String, CodingKey {
        case country, toward
        case quadCounts = "quad_counts"
        case goldsteinSums = "goldstein_sums"
    }
}

/// How active a dyad is in a period.
public struct DyadActivity: Sendable, Hashable, Codable {
    /// The two countries, in alphabetical order.
    public var dyad: Dyad
    /// Merged events between them.
    public var events: Int
    /// Reports of those events.
    public var mentions: Int
    /// Event counts per QuadClass.
    public var quadCounts: [Int]
    /// The Goldstein sum.
    public var goldsteinSum: Double

    /// Creates an activity row.
    public init(dyad: Dyad, events: Int, mentions: Int, quadCounts: [Int], goldsteinSum: Double) {
        self.dyad = dyad
        self.events = events
        self.mentions = mentions
        self.quadCounts = quadCounts
        self.goldsteinSum = StoreRounding.round(goldsteinSum)
    }

    enum CodingKeys: String, CodingKey {
        case dyad, events, mentions
        case quadCounts = "quad_counts"
        case goldsteinSum = "goldstein_sum"
    }
}

/// Row counts of a store and the period its events cover.
public struct StoreStats: Sendable, Hashable, Codable {
    public var documents: Int
    public var sentences: Int
    public var actorMentions: Int
    public var timeExpressions: Int
    public var eventMentions: Int
    public var events: Int
    /// The first day of the earliest dated event.
    public var firstDay: CalendarDay?
    /// The first day of the latest dated event.
    public var lastDay: CalendarDay?

    /// Creates statistics.
    public init(documents: Int, sentences: Int, actorMentions: Int, timeExpressions: Int,
                eventMentions: Int, events: Int, firstDay: CalendarDay?, lastDay: CalendarDay?) {
        self.documents = documents
        self.sentences = sentences
        self.actorMentions = actorMentions
        self.timeExpressions = timeExpressions
        self.eventMentions = eventMentions
        self.events = events
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    enum CodingKeys: String, CodingKey {
        case documents, sentences
        case actorMentions = "actor_mentions"
        case timeExpressions = "time_expressions"
        case eventMentions = "event_mentions"
        case events
        case firstDay = "first_day"
        case lastDay = "last_day"
    }
}

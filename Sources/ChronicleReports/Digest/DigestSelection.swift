import ChronicleCore

/// What a reader selected for a digest: a dyad, a country or a full-text query, a period and filters.
///
/// ```swift
/// let selection = DigestSelection(dyad: ("JPN", "PRK"), from: CalendarDay(iso: "2018-01-01"))
/// selection.title   // "JPN–PRK"
/// ```
public struct DigestSelection: Sendable, Hashable, Codable {
    /// The first country of a dyad, or the country of a country digest.
    public var country: String?
    /// The second country of a dyad.
    public var counterpart: String?
    /// A full-text query over sentences.
    public var query: String?
    /// The first day of the period.
    public var from: CalendarDay?
    /// The last day of the period.
    public var to: CalendarDay?
    /// A CAMEO root filter (`"04"`).
    public var root: String?
    /// A mode filter.
    public var mode: EventMode?

    /// Creates a selection.
    public init(country: String? = nil, counterpart: String? = nil, query: String? = nil,
                from: CalendarDay? = nil, to: CalendarDay? = nil, root: String? = nil, mode: EventMode? = nil) {
        self.country = country
        self.counterpart = counterpart
        self.query = query
        self.from = from
        self.to = to
        self.root = root
        self.mode = mode
    }

    /// A dyad selection.
    public init(dyad: (String, String), from: CalendarDay? = nil, to: CalendarDay? = nil,
                root: String? = nil, mode: EventMode? = nil) {
        self.init(country: dyad.0, counterpart: dyad.1, from: from, to: to, root: root, mode: mode)
    }

    /// Whether two countries are selected.
    public var isDyad: Bool { country != nil && counterpart != nil }

    /// A short title: `JPN–PRK`, `JPN`, or the query in quotes.
    public var title: String {
        if let a = country, let b = counterpart { return "\(a)–\(b)" }
        if let a = country { return a }
        if let q = query { return "“\(q)”" }
        return "All events"
    }

    /// The period in words: `2018-01-01 to 2018-12-31`, `from 2018-01-01`, `all dates`.
    public var periodDescription: String {
        switch (from, to) {
        case let (f?, t?): return "\(f) to \(t)"
        case let (f?, nil): return "from \(f)"
        case let (nil, t?): return "until \(t)"
        case (nil, nil): return "all dates"
        }
    }

    /// The filters other than actors and period, in words (`root 04, mode intended`), or nil.
    public var filterDescription: String? {
        var parts = [String]()
        if let root { parts.append("CAMEO root \(root)") }
        if let mode { parts.append("mode \(mode.rawValue)") }
        if let query, country != nil { parts.append("text “\(query)”") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

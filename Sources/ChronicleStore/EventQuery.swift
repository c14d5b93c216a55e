import ChronicleCore

/// A pair of countries, written `A-B`. The order given is kept for display; queries treat a
/// dyad as unordered (a dyad timeline holds the acts in both directions).
public struct Dyad: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first country (ISO 3166-1 alpha-3).
    public var a: String
    /// The second country.
    public var b: String

    /// Creates a dyad.
    public init(_ a: String, _ b: String) {
        self.a = a.uppercased()
        self.b = b.uppercased()
    }

    /// Parses `JPN-PRK`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(String(parts[0]), String(parts[1]))
    }

    /// The order-independent key stored with each event: the two codes sorted, `JPN-PRK`.
    public var key: String { a <= b ? "\(a)-\(b)" : "\(b)-\(a)" }

    public var description: String { "\(a)-\(b)" }
}

/// Which merged events to list: a country or a dyad, a period, a CAMEO root, a mode, a
/// source, words in the evidence; one page at a time.
///
/// Dates select events whose interval overlaps `[from, to]` (an event dated "June 2018"
/// matches `from: 2018-06-15`). Intervals longer than a year are matched by their first day
/// only, which keeps the dyad timeline a single index range scan.
///
/// ```swift
/// var query = EventQuery(dyad: Dyad("JPN", "KOR"))
/// query.from = CalendarDay(iso: "2018-01-01")
/// query.root = "04"
/// let page = try await store.events(query)
/// ```
public struct EventQuery: Sendable, Hashable {
    /// Events where this country is the source or the target.
    public var country: String?
    /// Events between these two countries, in either direction.
    public var dyad: Dyad?
    /// First day of the period.
    public var from: CalendarDay?
    /// Last day of the period.
    public var to: CalendarDay?
    /// A CAMEO root (`"04"`).
    public var root: String?
    /// A modality.
    public var mode: EventMode?
    /// A source name (the publisher of a reporting document or a name in a `reported_by`
    /// chain), matched exactly but case-insensitively.
    public var source: String?
    /// Words that one of the evidence sentences must contain (case-insensitive substring).
    public var text: String?
    /// The page size.
    public var limit: Int
    /// The `next` value of the previous page.
    public var cursor: String?

    /// Creates a query.
    public init(country: String? = nil, dyad: Dyad? = nil, from: CalendarDay? = nil,
                to: CalendarDay? = nil, root: String? = nil, mode: EventMode? = nil,
                source: String? = nil, text: String? = nil, limit: Int = 100,
                cursor: String? = nil) {
        self.country = country?.uppercased()
        self.dyad = dyad
        self.from = from
        self.to = to
        self.root = root
        self.mode = mode
        self.source = source
        self.text = text
        self.limit = limit
        self.cursor = cursor
    }
}

/// A page of merged events and the cursor of the next page.
public struct EventPage: Sendable, Hashable, Codable {
    /// The events, ordered by first day, then id.
    public var events: [MergedEvent]
    /// Pass as ``EventQuery/cursor`` to get the next page; nil on the last page.
    public var next: String?

    /// Creates a page.
    public init(events: [MergedEvent], next: String?) {
        self.events = events
        self.next = next
    }
}

/// The position after an event in the timeline order `(first day, id)`, as an opaque string.
public struct EventCursor: Sendable, Hashable {
    /// ``EventSortKey/dayNumber(_:)`` of the last event returned.
    public var day: Int
    /// The id of the last event returned.
    public var id: String

    /// Creates a cursor.
    public init(day: Int, id: String) {
        self.day = day
        self.id = id
    }

    /// Parses a cursor written by ``description``.
    /// - Throws: ``StoreError`` `.invalidArgument` when it is malformed.
    public init(parsing text: String) throws {
        guard let colon = text.firstIndex(of: ":"), let day = Int(text[..<colon]) else {
            throw StoreError(.invalidArgument, "invalid cursor \"\(text)\"")
        }
        self.day = day
        self.id = String(text[text.index(after: colon)...])
    }

    /// `day:id`.
    public var description: String { "\(day):\(id)" }
}

/// Sorting days as stored: undated events sort after every dated one.
public enum EventSortKey {
    /// The day number stored for events without a date (year 29349).
    public static let undated = 9_999_999

    /// The day number to store for a date, or ``undated``.
    public static func dayNumber(_ day: CalendarDay?) -> Int {
        day?.dayNumber ?? undated
    }
}

/// A read the store must make to find the reports around a change; see ``MergeRegionBuilder``.
public enum MergeFetch: Sendable, Hashable {
    /// Fine and medium reports of `key` whose first day lies in `starts`.
    case window(key: String, starts: ClosedRange<Int>)
    /// Long reports of `key` with exactly this interval.
    case exact(key: String, interval: ClosedRange<Int>)
    /// Every report of these merged events.
    case events([String])
}

/// Finds the region of reports whose merged events a stored or removed document can change.
///
/// A region is closed: it holds every report connected to a changed one through overlapping
/// date windows of the same merge key, and every report of every merged event it touches.
/// Clustering it (``EventClusterer``) and replacing its old events therefore gives the same
/// database as clustering everything from scratch. The builder is a small state machine so
/// that synchronous (SQLite, memory) and asynchronous (PostgreSQL) stores share it:
///
/// ```swift
/// var builder = MergeRegionBuilder(added: newMentions, removed: oldMentions)
/// while let fetch = builder.next() {
///     builder.receive(fetch, try rows(for: fetch))
/// }
/// let plan = EventClusterer.cluster(builder.mentions)
/// // delete builder.oldEventIDs, insert plan.events, assign plan.assignments
/// ```
public struct MergeRegionBuilder: Sendable {
    private var region: [MentionRowKey: StoredMention] = [:]
    /// Merged events that the region's reports belonged to; the store deletes them.
    public private(set) var oldEventIDs: Set<String> = []
    private var queue: [MergeFetch] = []
    private var pendingEvents: Set<String> = []
    private var windows: [String: [ClosedRange<Int>]] = [:]
    private var exacts: Set<MergeFetch> = []

    /// Starts from the reports a document adds (already written, without event) and those it
    /// removed (already deleted, with the event they belonged to).
    public init(added: [StoredMention], removed: [StoredMention]) {
        for mention in added { region[mention.rowKey] = mention }
        for mention in added + removed { schedule(mention) }
        for mention in removed {
            if let event = mention.eventID { scheduleEvent(event) }
        }
    }

    /// The reports of the region.
    public var mentions: [StoredMention] { Array(region.values) }

    /// The next read to make, or nil when the region is complete.
    public mutating func next() -> MergeFetch? {
        if !queue.isEmpty { return queue.removeFirst() }
        guard !pendingEvents.isEmpty else { return nil }
        let ids = pendingEvents.sorted()
        pendingEvents = []
        return .events(ids)
    }

    /// Takes the rows a read returned.
    public mutating func receive(_ fetch: MergeFetch, _ rows: [StoredMention]) {
        switch fetch {
        case let .window(key, starts):
            let window = MergeRule.dayWindow
            let covered = (starts.lowerBound + MergeRule.mediumMaxDays + window)...(starts.upperBound - window)
            var lo = covered.lowerBound, hi = covered.upperBound
            for row in rows {
                guard row.mergeKey == key, row.precision == .fine || row.precision == .medium,
                      let interval = row.interval,
                      interval.lowerBound <= covered.upperBound + window,
                      interval.upperBound + window >= covered.lowerBound else { continue }
                lo = min(lo, interval.lowerBound)
                hi = max(hi, interval.upperBound)
                add(row)
            }
            windows[key, default: []].append(covered)
            if lo != covered.lowerBound || hi != covered.upperBound {
                cover(key: key, interval: lo...hi)
            }
        case .exact:
            for row in rows { add(row) }
        case .events:
            for row in rows { add(row) }
        }
    }

    private mutating func add(_ row: StoredMention) {
        if let event = row.eventID { scheduleEvent(event) }
        guard region[row.rowKey] == nil else { return }
        region[row.rowKey] = row
        schedule(row)
    }

    private mutating func schedule(_ mention: StoredMention) {
        guard let key = mention.mergeKey, let interval = mention.interval else { return }
        switch mention.precision {
        case .long:
            let fetch = MergeFetch.exact(key: key, interval: interval)
            if exacts.insert(fetch).inserted { queue.append(fetch) }
        case .fine, .medium:
            cover(key: key, interval: interval)
        case .isolated:
            return
        }
    }

    private mutating func cover(key: String, interval: ClosedRange<Int>) {
        if windows[key]?.contains(where: {
            $0.lowerBound <= interval.lowerBound && interval.upperBound <= $0.upperBound
        }) == true { return }
        let window = MergeRule.dayWindow
        // A medium report is at most mediumMaxDays long, so one that reaches `interval`
        // starts no earlier than this.
        queue.append(.window(
            key: key,
            starts: (interval.lowerBound - MergeRule.mediumMaxDays - window)...(interval.upperBound + window)))
        windows[key, default: []].append(interval)
    }

    private mutating func scheduleEvent(_ id: String) {
        guard oldEventIDs.insert(id).inserted else { return }
        pendingEvents.insert(id)
    }
}

import ChronicleCore

/// One report of an event as the store keeps it: the row of `event_mentions`.
///
/// A mention is identified by its document and its position (`ordinal`) in the document's
/// event list; the coder's record id is kept but not trusted to be unique.
public struct StoredMention: Sendable, Hashable {
    /// The reporting document.
    public var documentID: String
    /// The position of the event in the coded document's events.
    public var ordinal: Int
    /// The event as this report coded it.
    public var record: EventRecord
    /// The document's publisher.
    public var documentSource: String?
    /// The merged event it currently belongs to, when stored.
    public var eventID: String?

    /// Creates a mention.
    public init(documentID: String, ordinal: Int, record: EventRecord, documentSource: String?,
                eventID: String? = nil) {
        self.documentID = documentID
        self.ordinal = ordinal
        self.record = record
        self.documentSource = documentSource
        self.eventID = eventID
        self.precision = MergeRule.precision(record)
        self.interval = MergeRule.interval(record)
        self.mergeKey = precision == .isolated ? nil : MergeRule.key(record)
    }

    /// The merge key, or nil for mentions that never merge.
    public let mergeKey: String?
    /// The precision class.
    public let precision: MergeRule.Precision
    /// The date interval in day numbers.
    public let interval: ClosedRange<Int>?

    /// The key stored in the `merge_key` column: isolated mentions get a key of their own.
    public var storedKey: String {
        mergeKey ?? "!\(documentID)#\(ordinal)"
    }

    /// A total order used to break ties deterministically.
    var sortKey: MentionSortKey {
        MentionSortKey(recordID: record.id, documentID: documentID, ordinal: ordinal)
    }

    /// Identity of the row.
    public var rowKey: MentionRowKey { MentionRowKey(documentID: documentID, ordinal: ordinal) }
}

/// The primary key of a mention row.
public struct MentionRowKey: Sendable, Hashable {
    public var documentID: String
    public var ordinal: Int

    /// Creates a key.
    public init(documentID: String, ordinal: Int) {
        self.documentID = documentID
        self.ordinal = ordinal
    }
}

struct MentionSortKey: Comparable {
    var recordID: String
    var documentID: String
    var ordinal: Int

    static func < (l: MentionSortKey, r: MentionSortKey) -> Bool {
        (l.recordID, l.documentID, l.ordinal) < (r.recordID, r.documentID, r.ordinal)
    }
}

import ChronicleCore

/// One event as Chronicle reports it: the reports of the same interaction merged into one.
///
/// ``record`` is the representative report (the one with the finest date, see
/// ``MergeRule``); its date fields are therefore the finest date any report gave. The JSON
/// form is the event record of `DESIGN.md` with the merged id and three added fields:
/// `mentions` (how many reports), `documents` and `sources`.
///
/// ```json
/// {"schema":1,"id":"ev-3f2a…","date":"2018-06-12",…,"mentions":3,
///  "documents":["a1","b7","c2"],"sources":["KCNA","Yonhap"]}
/// ```
public struct MergedEvent: Sendable, Hashable, Codable {
    /// The merged event id (`ev-` and 24 hex digits), stable for the same set of reports.
    public var id: String
    /// The representative report.
    public var record: EventRecord
    /// Whether the code is symmetric (the dyad order does not matter); see ``MergeRule``.
    public var symmetric: Bool
    /// How many reports were merged.
    public var mentionCount: Int
    /// The documents that reported it, sorted.
    public var documentIDs: [String]
    /// The publishers of those documents and the names in their `reported_by` chains, sorted.
    public var sources: [String]

    /// Creates a merged event.
    public init(id: String, record: EventRecord, symmetric: Bool, mentionCount: Int,
                documentIDs: [String], sources: [String]) {
        self.id = id
        self.record = record
        self.symmetric = symmetric
        self.mentionCount = mentionCount
        self.documentIDs = documentIDs
        self.sources = sources
    }

    enum ExtraKeys: String, CodingKey {
        case id, symmetric, mentions, documents, sources
    }

    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var extra = encoder.container(keyedBy: ExtraKeys.self)
        try extra.encode(id, forKey: .id)
        try extra.encode(symmetric, forKey: .symmetric)
        try extra.encode(mentionCount, forKey: .mentions)
        try extra.encode(documentIDs, forKey: .documents)
        try extra.encode(sources, forKey: .sources)
    }

    public init(from decoder: any Decoder) throws {
        let extra = try decoder.container(keyedBy: ExtraKeys.self)
        var record = try EventRecord(from: decoder)
        id = try extra.decode(String.self, forKey: .id)
        symmetric = try extra.decode(Bool.self, forKey: .symmetric)
        mentionCount = try extra.decode(Int.self, forKey: .mentions)
        documentIDs = try extra.decode([String].self, forKey: .documents)
        sources = try extra.decode([String].self, forKey: .sources)
        record.id = id
        self.record = record
    }
}

/// One report of a merged event: which document and sentence said it, and how.
public struct EventMention: Sendable, Hashable, Codable {
    /// The reporting document.
    public var documentID: String
    /// The document's headline.
    public var documentTitle: String?
    /// The document's publisher.
    public var documentSource: String?
    /// The document's publication date.
    public var publicationDate: CalendarDay?
    /// The 0-based evidence sentence.
    public var sentenceIndex: Int
    /// Unicode scalar offsets of the evidence in the document text.
    public var span: [Int]
    /// The evidence text.
    public var evidence: String
    /// Who the document says reported it, outermost first.
    public var reportedBy: [String]
    /// The event as this report coded it.
    public var record: EventRecord

    /// Creates a mention.
    public init(documentID: String, documentTitle: String?, documentSource: String?,
                publicationDate: CalendarDay?, sentenceIndex: Int, span: [Int], evidence: String,
                reportedBy: [String], record: EventRecord) {
        self.documentID = documentID
        self.documentTitle = documentTitle
        self.documentSource = documentSource
        self.publicationDate = publicationDate
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.evidence = evidence
        self.reportedBy = reportedBy
        self.record = record
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "doc"
        case documentTitle = "title"
        case documentSource = "source"
        case publicationDate = "publication_date"
        case sentenceIndex = "sentence_index"
        case span, evidence
        case reportedBy = "reported_by"
        case record
    }
}

/// A merged event with every report of it, ordered by document publication date, then
/// document id and sentence.
public struct EventDetail: Sendable, Hashable, Codable {
    /// The merged event.
    public var event: MergedEvent
    /// Its reports.
    public var mentions: [EventMention]

    /// Creates a detail.
    public init(event: MergedEvent, mentions: [EventMention]) {
        self.event = event
        self.mentions = mentions
    }
}

/// Everything Chronicle found in one document: what the store keeps and the reports read.
///
/// The event coder produces it; `chronicle ingest` stores it atomically, one document at a
/// time. Offsets are Unicode scalar indices into ``document``'s text.
public struct CodedDocument: Sendable, Hashable, Codable {
    /// The document as read.
    public var document: Document
    /// The sentences, in order, with their offsets.
    public var sentences: [SentenceRecord]
    /// Temporal expressions found in the text.
    public var times: [TimeRecord]
    /// Actor mentions and their resolution.
    public var actors: [ActorMentionRecord]
    /// The coded events.
    public var events: [EventRecord]
    /// The ``EventCoder/version`` of the coder that produced it (empty when unknown). The store
    /// keeps it in the document's content hash, so that a new coder codes stored articles again.
    /// Not part of the JSON form.
    public var coderVersion: String

    /// Creates a coded document.
    public init(document: Document, sentences: [SentenceRecord], times: [TimeRecord] = [],
                actors: [ActorMentionRecord] = [], events: [EventRecord] = [], coderVersion: String = "") {
        self.document = document
        self.sentences = sentences
        self.times = times
        self.actors = actors
        self.events = events
        self.coderVersion = coderVersion
    }

    private enum CodingKeys: String, CodingKey {
        case document, sentences, times, actors, events
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try c.decode(Document.self, forKey: .document),
                  sentences: try c.decode([SentenceRecord].self, forKey: .sentences),
                  times: try c.decode([TimeRecord].self, forKey: .times),
                  actors: try c.decode([ActorMentionRecord].self, forKey: .actors),
                  events: try c.decode([EventRecord].self, forKey: .events))
    }
}

/// A sentence of a coded document.
public struct SentenceRecord: Sendable, Hashable, Codable {
    /// 0-based position in the document.
    public var index: Int
    /// Unicode scalar offset of the first character.
    public var start: Int
    /// Unicode scalar offset just past the last character.
    public var end: Int
    /// The sentence text (from the original document text).
    public var text: String

    /// Creates a sentence record.
    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A temporal expression as written to JSON Lines (`DESIGN.md`, "Temporal expression record").
public struct TimeRecord: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// The TimeML value (`2018-04-11`, `2018-W15`, `P3D`, `PRESENT_REF`, or an interval).
    public var value: String
    /// The TimeML mod (`START`, `MID`, `END`, `APPROX`, ...).
    public var mod: String?
    /// What the value was resolved against: `publication`, `narrative`, or nil for absolute values.
    public var anchor: String?

    /// Creates a temporal expression record.
    public init(text: String, start: Int, end: Int, type: String, value: String, mod: String?,
                anchor: String?) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.anchor = anchor
    }
}

/// An actor mention as written to JSON Lines (`DESIGN.md`, "Actor mention record").
public struct ActorMentionRecord: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// ISO 3166-1 alpha-3, or `IGO`/`NGO`.
    public var country: String?
    public var sector: String?
    /// The role noun (`ambassador`, `foreign minister`).
    public var role: String?
    /// The person's or organization's canonical name.
    public var name: String?
    /// CAMEO-style code (`JPNGOV`).
    public var code: String?
    /// `dictionary`, `learned`, `pronoun`, `role` or `metonymy`.
    public var how: String

    /// Creates an actor mention record.
    public init(text: String, start: Int, end: Int, country: String?, sector: String?,
                role: String?, name: String?, code: String?, how: String) {
        self.text = text
        self.start = start
        self.end = end
        self.country = country
        self.sector = sector
        self.role = role
        self.name = name
        self.code = code
        self.how = how
    }
}

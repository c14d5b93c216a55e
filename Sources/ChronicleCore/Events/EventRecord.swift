/// One coded interaction, as written to JSON Lines: the event record of schema version 1.
///
/// Field names are fixed by `DESIGN.md` ("Event record"); tools outside Chronicle read them.
/// Fields may be added, never renamed or removed. `CodingKeys` map Swift names to the
/// schema's snake_case names.
///
/// ```json
/// {"schema":1,"id":"…","doc":"pd002","sentence_index":4,"date":"2017-02",
///  "date_start":"2017-02-01","date_end":"2017-02-28","date_basis":"publication",
///  "source":{"text":"the United States","country":"USA","sector":null,"code":"USA","name":null},
///  "target":{"text":"North Korea","country":"PRK","sector":null,"code":"PRK","name":null},
///  "cameo":"111","root":"11","quad":3,"goldstein":-2.0,"plover":"DISAPPROVE",
///  "mode":"asserted","location":null,"reported_by":[],"text":"…","span":[812,940],"confidence":0.8}
/// ```
public struct EventRecord: Sendable, Hashable, Codable {
    /// The schema version; always 1 for this layout.
    public var schema: Int = 1
    /// A stable hash of document, sentence, actors, code and date.
    public var id: String
    /// The document id.
    public var doc: String
    /// The 0-based index of the evidence sentence in the document.
    public var sentenceIndex: Int
    /// A TimeML-style value at the best granularity known (`2018`, `2018-04`, `2018-04-11`,
    /// or an interval `2018-10-06/2018-10-08`).
    public var date: String?
    /// The first day the date covers.
    public var dateStart: CalendarDay?
    /// The last day the date covers.
    public var dateEnd: CalendarDay?
    /// How the date was found.
    public var dateBasis: DateBasis?
    /// Who acted.
    public var source: ActorRef
    /// Toward whom.
    public var target: ActorRef?
    /// The CAMEO code (`"042"`).
    public var cameo: String
    /// The CAMEO root (`"04"`).
    public var root: String
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int
    /// The Goldstein score of the code.
    public var goldstein: Double
    /// The PLOVER event type.
    public var plover: String?
    /// Asserted, intended, conditional, negated, hypothetical, future.
    public var mode: EventMode
    /// Where it happened, when the text says.
    public var location: EventLocation?
    /// The chain of reporters, outermost first (`["KCNA", "Tokyo Shimbun"]`).
    public var reportedBy: [String]
    /// The evidence sentence.
    public var text: String
    /// Unicode scalar offsets of the evidence in the document text, `[start, end)`.
    public var span: [Int]
    /// The coder's confidence, 0–1.
    public var confidence: Double
    /// Why the coder produced the event (pattern, rule, spans), when the coder was asked to
    /// explain; an extra field of the schema, absent otherwise.
    public var explanation: EventExplanation?

    /// Creates a record; see the properties for the meaning of each field.
    public init(id: String, doc: String, sentenceIndex: Int, date: String?, dateStart: CalendarDay?,
                dateEnd: CalendarDay?, dateBasis: DateBasis?, source: ActorRef, target: ActorRef?,
                cameo: String, root: String, quad: Int, goldstein: Double, plover: String?,
                mode: EventMode, location: EventLocation?, reportedBy: [String], text: String,
                span: [Int], confidence: Double) {
        self.id = id
        self.doc = doc
        self.sentenceIndex = sentenceIndex
        self.date = date
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.dateBasis = dateBasis
        self.source = source
        self.target = target
        self.cameo = cameo
        self.root = root
        self.quad = quad
        self.goldstein = goldstein
        self.plover = plover
        self.mode = mode
        self.location = location
        self.reportedBy = reportedBy
        self.text = text
        self.span = span
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, doc
        case sentenceIndex = "sentence_index"
        case date
        case dateStart = "date_start"
        case dateEnd = "date_end"
        case dateBasis = "date_basis"
        case source, target, cameo, root, quad, goldstein, plover, mode, location
        case reportedBy = "reported_by"
        case text, span, confidence, explanation
    }
}

/// How an event's date was found.
public enum DateBasis: String, Sendable, Hashable, Codable {
    /// A temporal expression in the event's clause or sentence.
    case explicit
    /// The narrative clock: the last date the text mentioned.
    case narrative
    /// The document's publication date.
    case publication
}

/// The modality of an event.
public enum EventMode: String, Sendable, Hashable, Codable, CaseIterable {
    case asserted, intended, conditional, negated, hypothetical, future
}

/// An actor as it appears in an event record.
public struct ActorRef: Sendable, Hashable, Codable {
    /// The words in the text.
    public var text: String
    /// ISO 3166-1 alpha-3, or `IGO`/`NGO` for organizations.
    public var country: String?
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`, ...).
    public var sector: String?
    /// The CAMEO-style actor code (`JPNGOV`, `IGOUNO`).
    public var code: String?
    /// The person or organization's canonical name.
    public var name: String?

    /// Creates an actor reference.
    public init(text: String, country: String?, sector: String? = nil, code: String? = nil,
                name: String? = nil) {
        self.text = text
        self.country = country
        self.sector = sector
        self.code = code
        self.name = name
    }

    public func encode(to encoder: any Encoder) throws {
        // Nulls are written out: the schema shows every key.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(country, forKey: .country)
        try c.encode(sector, forKey: .sector)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
    }

    enum CodingKeys: String, CodingKey { case text, country, sector, code, name }
}

/// Where an event took place.
public struct EventLocation: Sendable, Hashable, Codable {
    /// The place name in the text.
    public var text: String
    /// ISO 3166-1 alpha-3 of the place's country.
    public var country: String?

    /// Creates a location.
    public init(text: String, country: String?) {
        self.text = text
        self.country = country
    }
}

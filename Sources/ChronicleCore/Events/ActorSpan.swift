/// An actor mention as the event coder reads it: a span with its resolution.
public struct ActorSpan: Sendable, Hashable {
    /// The span's strings and record, in one shared box copied on write (``CopyOnWrite``):
    /// the coder copies spans often (each sentence, frame and candidate holds some), and a copy
    /// then retains one object instead of six strings.
    private struct Payload: Sendable, Hashable {
        var text: String
        var country: String?
        var sector: String?
        var code: String?
        var name: String?
        var record: ActorMentionRecord?
    }

    private var payload: CopyOnWrite<Payload>

    /// The words in the text.
    public var text: String {
        get { payload.value.text }
        set { payload.value.text = newValue }
    }
    /// Scalar offsets `[start, end)` in the document.
    public var start: Int
    public var end: Int
    /// ISO 3166-1 alpha-3 (or `IGO`, `NGO`).
    public var country: String? {
        get { payload.value.country }
        set { payload.value.country = newValue }
    }
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`).
    public var sector: String? {
        get { payload.value.sector }
        set { payload.value.sector = newValue }
    }
    /// CAMEO-style actor code (`JPNGOV`).
    public var code: String? {
        get { payload.value.code }
        set { payload.value.code = newValue }
    }
    /// A person's or organization's canonical name.
    public var name: String? {
        get { payload.value.name }
        set { payload.value.name = newValue }
    }
    /// The canonical name of a person (a name with a role: "Maria Zakharova"), not of an
    /// organization.
    var personName: String? { record?.role != nil && !isPlace ? name : nil }
    /// Whether the actor is a news medium (a reporter rather than a participant).
    public var isMedia: Bool
    /// Whether the actor is a place mention (a city or region) rather than an agent.
    public var isPlace: Bool
    /// Whether the span names the two parties of an interaction ("the two leaders", "both
    /// sides"): the coder reads it as the pair the story has just shown (``GroupReference``).
    public var isGroup = false
    /// Whether the actor layer read the span as a transcript's turn label ("President Biden.",
    /// "THE PRESIDENT:"): ``Speakers`` gives that person the floor.
    public var isTurn = false
    /// The actor layer's record of the mention, kept for ``CodedDocument/actors``.
    public var record: ActorMentionRecord? {
        get { payload.value.record }
        set { payload.value.record = newValue }
    }

    /// Creates an actor span.
    public init(text: String, start: Int, end: Int, country: String?, sector: String? = nil,
                code: String? = nil, name: String? = nil, isMedia: Bool = false, isPlace: Bool = false) {
        payload = CopyOnWrite(Payload(text: text, country: country, sector: sector, code: code, name: name, record: nil))
        self.start = start
        self.end = end
        self.isMedia = isMedia
        self.isPlace = isPlace
    }

    /// The actor as it appears in an event record.
    var ref: ActorRef {
        ActorRef(text: text, country: country, sector: sector, code: code ?? country, name: name)
    }
}

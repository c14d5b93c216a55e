/// How an ``ActorMention`` was resolved.
public enum ResolutionMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// A name in the gazetteer: a country, an organization, a person (`Taro Kono`, `KCNA`).
    case dictionary
    /// A name learned earlier in the same document from an apposition or a title, or a
    /// surname of a person named before.
    case learned
    /// A pronoun (`he`, `their`) resolved to the actor last in focus.
    case pronoun
    /// A role: a country and a role noun (`the Japanese prime minister`), with the holder on
    /// the publication date when the tables know one, or a role noun resolved to the person
    /// last in focus (`the minister`).
    case role
    /// A capital or seat of power standing for the government (`Tokyo said`, `the Kremlin`).
    case metonymy
}

/// One actor mention in a text and what it resolved to.
///
/// Produced by ``ActorResolver/resolve(_:)``; the event coder reads the source and target of a
/// clause from them.
///
/// ```swift
/// let mentions = try ActorResolver.shipped().resolve(
///     text: "The Japanese Prime Minister met Moon Jae-in.", publicationDate: CalendarDay(iso: "2018-05-09"))
/// mentions[0].name     // "Shinzo Abe"
/// mentions[0].code     // "JPNGOV"
/// ```
public struct ActorMention: Sendable, Hashable {
    // The fields live in one shared box, copied on write (``CopyOnWrite``): the resolver
    // passes mentions around (focus, pronouns, appositions) far more often than it changes
    // them, and a copy of a box is one retain where a copy of eight strings was eight.
    private struct Fields: Sendable, Hashable {
        var text: String
        var start: Int
        var end: Int
        var country: String?
        var sector: String?
        var role: String?
        var roleKind: String?
        var name: String?
        var code: String?
        var how: ResolutionMethod
        var personID: String?
        var isReporter: Bool
        var isMedia: Bool
        var isTurn = false
    }

    private var fields: CopyOnWrite<Fields>

    /// The mention as written.
    public var text: String {
        get { fields.value.text }
        set { fields.value.text = newValue }
    }
    /// Unicode scalar offset of the first character in the document text.
    public var start: Int {
        get { fields.value.start }
        set { fields.value.start = newValue }
    }
    /// Unicode scalar offset just past the last character.
    public var end: Int {
        get { fields.value.end }
        set { fields.value.end = newValue }
    }
    /// ISO 3166-1 alpha-3, `IGO` or `NGO`; nil when unknown.
    public var country: String? {
        get { fields.value.country }
        set { fields.value.country = newValue }
    }
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`, ...).
    public var sector: String? {
        get { fields.value.sector }
        set { fields.value.sector = newValue }
    }
    /// The role noun (`foreign minister`).
    public var role: String? {
        get { fields.value.role }
        set { fields.value.role = newValue }
    }
    /// The role kind (`HOS`, `HOG`, `DIP`, `SPK`, ...).
    public var roleKind: String? {
        get { fields.value.roleKind }
        set { fields.value.roleKind = newValue }
    }
    /// The person's or organization's canonical name.
    public var name: String? {
        get { fields.value.name }
        set { fields.value.name = newValue }
    }
    /// CAMEO-like actor code (`JPNGOV`, `PRK`, `IGOUNO`, `USAMED`).
    public var code: String? {
        get { fields.value.code }
        set { fields.value.code = newValue }
    }
    /// How the mention was resolved.
    public var how: ResolutionMethod {
        get { fields.value.how }
        set { fields.value.how = newValue }
    }
    /// The person's identifier in `people.tsv` (`taro-kono`), or `learned:Name` for a person
    /// learned in the document.
    public var personID: String? {
        get { fields.value.personID }
        set { fields.value.personID = newValue }
    }
    /// A news medium cited as the source of the report (`according to Kyodo`).
    public var isReporter: Bool {
        get { fields.value.isReporter }
        set { fields.value.isReporter = newValue }
    }
    /// A news medium (sector `MED`).
    public var isMedia: Bool {
        get { fields.value.isMedia }
        set { fields.value.isMedia = newValue }
    }
    /// The name labels a transcript's turn (`President Biden.` or `THE PRESIDENT:` opening a
    /// line): that person speaks until the next turn.
    public var isTurn: Bool {
        get { fields.value.isTurn }
        set { fields.value.isTurn = newValue }
    }

    /// Creates a mention.
    public init(text: String, start: Int, end: Int, country: String? = nil, sector: String? = nil,
                role: String? = nil, roleKind: String? = nil, name: String? = nil, code: String? = nil,
                how: ResolutionMethod, personID: String? = nil, isReporter: Bool = false, isMedia: Bool = false) {
        fields = CopyOnWrite(Fields(text: text, start: start, end: end, country: country, sector: sector, role: role,
                                    roleKind: roleKind, name: name, code: code, how: how, personID: personID,
                                    isReporter: isReporter, isMedia: isMedia))
    }

    /// The JSON Lines record of `DESIGN.md` ("Actor mention record").
    public var record: ActorMentionRecord {
        ActorMentionRecord(text: text, start: start, end: end, country: country, sector: sector, role: role,
                           name: name, code: code, how: how.rawValue)
    }

    /// The CAMEO-like code of a country and sector: `JPN` + `GOV` → `JPNGOV`.
    static func code(country: String?, sector: String?) -> String? {
        guard let country else { return nil }
        if country == "IGO" || country == "NGO" { return country }
        return country + (sector ?? "")
    }
}

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
    /// The mention as written.
    public var text: String
    /// Unicode scalar offset of the first character in the document text.
    public var start: Int
    /// Unicode scalar offset just past the last character.
    public var end: Int
    /// ISO 3166-1 alpha-3, `IGO` or `NGO`; nil when unknown.
    public var country: String?
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`, ...).
    public var sector: String?
    /// The role noun (`foreign minister`).
    public var role: String?
    /// The role kind (`HOS`, `HOG`, `DIP`, `SPK`, ...).
    public var roleKind: String?
    /// The person's or organization's canonical name.
    public var name: String?
    /// CAMEO-like actor code (`JPNGOV`, `PRK`, `IGOUNO`, `USAMED`).
    public var code: String?
    /// How the mention was resolved.
    public var how: ResolutionMethod
    /// The person's identifier in `people.tsv` (`taro-kono`), or `learned:Name` for a person
    /// learned in the document.
    public var personID: String?
    /// A news medium cited as the source of the report (`according to Kyodo`).
    public var isReporter: Bool
    /// A news medium (sector `MED`).
    public var isMedia: Bool

    /// Creates a mention.
    public init(text: String, start: Int, end: Int, country: String? = nil, sector: String? = nil,
                role: String? = nil, roleKind: String? = nil, name: String? = nil, code: String? = nil,
                how: ResolutionMethod, personID: String? = nil, isReporter: Bool = false, isMedia: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.country = country
        self.sector = sector
        self.role = role
        self.roleKind = roleKind
        self.name = name
        self.code = code
        self.how = how
        self.personID = personID
        self.isReporter = isReporter
        self.isMedia = isMedia
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

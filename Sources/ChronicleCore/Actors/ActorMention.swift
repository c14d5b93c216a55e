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
    // The fields live in one reference-counted box, copied on write: the resolver passes
    // mentions around (focus, pronouns, appositions) far more often than it changes them, and
    // a copy of a box is one retain where a copy of eight strings was eight.
    private final class Storage: @unchecked Sendable {
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

        init(text: String, start: Int, end: Int, country: String?, sector: String?, role: String?,
             roleKind: String?, name: String?, code: String?, how: ResolutionMethod, personID: String?,
             isReporter: Bool, isMedia: Bool) {
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

        func copy() -> Storage {
            Storage(text: text, start: start, end: end, country: country, sector: sector, role: role,
                    roleKind: roleKind, name: name, code: code, how: how, personID: personID,
                    isReporter: isReporter, isMedia: isMedia)
        }
    }

    private var storage: Storage

    /// The box, made unique before a change.
    private var writable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// The mention as written.
    public var text: String {
        get { storage.text }
        set { writable.text = newValue }
    }
    /// Unicode scalar offset of the first character in the document text.
    public var start: Int {
        get { storage.start }
        set { writable.start = newValue }
    }
    /// Unicode scalar offset just past the last character.
    public var end: Int {
        get { storage.end }
        set { writable.end = newValue }
    }
    /// ISO 3166-1 alpha-3, `IGO` or `NGO`; nil when unknown.
    public var country: String? {
        get { storage.country }
        set { writable.country = newValue }
    }
    /// CAMEO-style sector (`GOV`, `MIL`, `MED`, ...).
    public var sector: String? {
        get { storage.sector }
        set { writable.sector = newValue }
    }
    /// The role noun (`foreign minister`).
    public var role: String? {
        get { storage.role }
        set { writable.role = newValue }
    }
    /// The role kind (`HOS`, `HOG`, `DIP`, `SPK`, ...).
    public var roleKind: String? {
        get { storage.roleKind }
        set { writable.roleKind = newValue }
    }
    /// The person's or organization's canonical name.
    public var name: String? {
        get { storage.name }
        set { writable.name = newValue }
    }
    /// CAMEO-like actor code (`JPNGOV`, `PRK`, `IGOUNO`, `USAMED`).
    public var code: String? {
        get { storage.code }
        set { writable.code = newValue }
    }
    /// How the mention was resolved.
    public var how: ResolutionMethod {
        get { storage.how }
        set { writable.how = newValue }
    }
    /// The person's identifier in `people.tsv` (`taro-kono`), or `learned:Name` for a person
    /// learned in the document.
    public var personID: String? {
        get { storage.personID }
        set { writable.personID = newValue }
    }
    /// A news medium cited as the source of the report (`according to Kyodo`).
    public var isReporter: Bool {
        get { storage.isReporter }
        set { writable.isReporter = newValue }
    }
    /// A news medium (sector `MED`).
    public var isMedia: Bool {
        get { storage.isMedia }
        set { writable.isMedia = newValue }
    }

    /// Creates a mention.
    public init(text: String, start: Int, end: Int, country: String? = nil, sector: String? = nil,
                role: String? = nil, roleKind: String? = nil, name: String? = nil, code: String? = nil,
                how: ResolutionMethod, personID: String? = nil, isReporter: Bool = false, isMedia: Bool = false) {
        storage = Storage(text: text, start: start, end: end, country: country, sector: sector, role: role,
                          roleKind: roleKind, name: name, code: code, how: how, personID: personID,
                          isReporter: isReporter, isMedia: isMedia)
    }

    public static func == (a: ActorMention, b: ActorMention) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.text == y.text && x.start == y.start && x.end == y.end && x.country == y.country
            && x.sector == y.sector && x.role == y.role && x.roleKind == y.roleKind && x.name == y.name
            && x.code == y.code && x.how == y.how && x.personID == y.personID && x.isReporter == y.isReporter
            && x.isMedia == y.isMedia
    }

    public func hash(into hasher: inout Hasher) {
        let x = storage
        hasher.combine(x.text)
        hasher.combine(x.start)
        hasher.combine(x.end)
        hasher.combine(x.country)
        hasher.combine(x.sector)
        hasher.combine(x.role)
        hasher.combine(x.roleKind)
        hasher.combine(x.name)
        hasher.combine(x.code)
        hasher.combine(x.how)
        hasher.combine(x.personID)
        hasher.combine(x.isReporter)
        hasher.combine(x.isMedia)
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

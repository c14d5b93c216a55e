/// A country or territory of the actor gazetteer (`Resources/actors/countries.tsv`).
///
/// ```swift
/// let resolver = try ActorResolver.shipped()
/// resolver.country(named: "DPRK")?.iso3   // "PRK"
/// ```
public struct CountryEntry: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 code (`PRK`), or a code in use for entities outside the standard
    /// (`XKX` Kosovo, `SUN` Soviet Union).
    public var iso3: String
    /// The usual English name (`North Korea`).
    public var name: String
    /// `country`, `territory` or `historical`.
    public var kind: String
    /// Every name the gazetteer matches, case-sensitively.
    public var names: [String]
    /// Adjectives (`North Korean`).
    public var adjectives: [String]
    /// Nouns for its people (`North Koreans`).
    public var demonyms: [String]
    /// Capitals, whose names stand for the government when they act (`Pyongyang said`).
    public var capitals: [String]
    /// Seats of power named for the government (`the Kremlin`).
    public var seats: [String]
    /// Why the name needs context: `given-name`, `us-state`, `common-word`, or empty.
    public var ambiguity: String
    /// A historical state's last day (`SUN`: 1991-12-26), nil for a state that exists.
    public var until: CalendarDay? = nil
}

/// An organization: an IGO, an NGO, a news medium, or a government body
/// (`Resources/actors/organizations.tsv`).
public struct OrganizationEntry: Sendable, Hashable {
    /// The canonical name (`Korean Central News Agency`).
    public var name: String
    /// Other names matched in text (`KCNA`).
    public var variants: [String]
    /// CAMEO-like code (`PRKMED`, `IGOUNO`); for bodies found in many states (a foreign
    /// ministry) just the sector, completed by the country of the context.
    public var code: String
    /// ISO3, `IGO`, `NGO`, or nil when the body exists in every state.
    public var country: String?
    /// CAMEO-style sector (`MED`, `GOV`, `SPY`, `IGO`).
    public var sector: String
    /// `igo`, `ngo`, `media`, `state media`, `gov` or `party`.
    public var kind: String
    /// The sector the body has held since a date, when it changed (the Taliban: `REB`, then
    /// `GOV` from 2021-08-15, when they took Kabul).
    public var later: SectorChange?

    /// A change of sector from a day on.
    public struct SectorChange: Sendable, Hashable {
        /// The first day of the new sector.
        public var since: CalendarDay
        /// The new sector.
        public var sector: String
    }

    /// The sector on `day` (the current one without a day).
    public func sector(on day: CalendarDay?) -> String {
        guard let later, let day, day >= later.since else { return sector }
        return later.sector
    }

    /// The code on `day`: the country with the sector of that day.
    public func code(on day: CalendarDay?) -> String {
        guard let later, let day, day >= later.since, let country else { return code }
        return country + later.sector
    }

    /// Whether the organization is a news medium.
    public var isMedia: Bool { kind == "media" || kind == "state media" }
    /// Whether the medium is its government's own voice (`KCNA`, `Rodong Sinmun`): what it
    /// says, unless it merely reports someone else, is said by its state.
    public var isStateMedia: Bool { kind == "state media" }
}

/// A role noun and its sector (`Resources/actors/roles.tsv`).
public struct RoleEntry: Sendable, Hashable {
    /// The canonical role (`foreign minister`).
    public var role: String
    /// CAMEO-style sector (`GOV`, `MIL`, `SPY`, `CVL`).
    public var sector: String
    /// The role kind (`HOS`, `HOG`, `DIP`, `MIN`, `SPK`, `OFF`, ...).
    public var kind: String
    /// Whether it names a person (`minister`) or a group (`government`, `troops`).
    public var isPerson: Bool
    /// Keys of the tenures that say who held the role (`fm`, `prime minister`).
    public var holderKeys: [String]
}

/// One period in which a person held a role.
public struct Tenure: Sendable, Hashable {
    /// ISO3, or `IGO` for international officials.
    public var country: String
    public var sector: String
    /// The role as written in `people.tsv` (`foreign minister`, `secretary of state`).
    public var role: String
    /// Kinds: `LEADER`, `HOS`, `HOG`, `FM`, ...
    public var kinds: [String]
    public var start: CalendarDay
    /// The last day, or nil if the tenure goes on.
    public var end: CalendarDay?

    /// Whether `day` falls within the tenure (the end day counts as inside).
    public func contains(_ day: CalendarDay) -> Bool {
        start <= day && (end.map { day <= $0 } ?? true)
    }
}

/// A person of `Resources/actors/people.tsv` with every tenure.
///
/// ```swift
/// let kono = resolver.person(named: "Taro Kono", on: CalendarDay(iso: "2018-05-09"))
/// kono?.tenure(on: CalendarDay(iso: "2018-05-09")!)?.role   // "foreign minister"
/// ```
public struct PersonEntry: Sendable, Hashable {
    /// A stable identifier (`taro-kono`).
    public var id: String
    /// The canonical name (`Taro Kono`).
    public var name: String
    /// Other spellings matched in text (`Kim Jong Un`).
    public var variants: [String]
    /// `M`, `F`, or nil.
    public var gender: Character?
    /// Tenures in the order of the table.
    public var tenures: [Tenure]

    /// The tenure on `day`: the one that contains it (the highest-ranked if several), else the
    /// closest one before it, else the first.
    public func tenure(on day: CalendarDay?) -> Tenure? {
        guard let day else { return tenures.last(where: { $0.end == nil }) ?? tenures.last }
        if tenures.count == 1 { return tenures[0] }
        var current: Tenure?
        var before: Tenure?
        var first: Tenure?
        for t in tenures {
            if t.contains(day), current.map({ rank($0) < rank(t) }) ?? true { current = t }
            if t.start <= day, before.map({ $0.start < t.start }) ?? true { before = t }
            if first.map({ t.start < $0.start }) ?? true { first = t }
        }
        return current ?? before ?? first
    }

    /// Whether the person held some tenure on `day`.
    public func isInOffice(on day: CalendarDay) -> Bool { tenures.contains { $0.contains(day) } }

    private func rank(_ t: Tenure) -> Int {
        (t.kinds.contains("LEADER") ? 4 : 0) + (t.kinds.contains("HOG") || t.kinds.contains("HOS") ? 2 : 0)
            + (t.kinds.contains("FM") ? 1 : 0)
    }
}

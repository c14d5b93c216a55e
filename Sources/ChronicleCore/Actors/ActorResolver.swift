/// Finds the actors in a text and resolves each to a country, a sector and, where there is
/// one, a person.
///
/// The resolver reads the shipped tables (countries, organizations, roles, people with dated
/// tenures, places) once, and for each document:
/// - matches the longest gazetteer phrase at each token, case-sensitively for names (`Turkey`,
///   `US`) and case-insensitively for role nouns;
/// - composes phrases: country adjective + role (`the South Korean Foreign Minister`), role +
///   name (`Foreign Minister Taro Kono`), name + apposition (`Suh Hoon, the Director of the
///   South Korean National Intelligence Service`), possessives (`Japan's Cabinet Intelligence
///   and Research Office`, `Shinzo Abe's assistants`), honorifics (`Mr. Kim`);
/// - finds the holder of a role on the publication date (`the Japanese prime minister` on
///   2018-05-09 is Shinzo Abe);
/// - learns unknown names from appositions and titles and finds them again by surname; resolves
///   pronouns and role nouns to the actor in focus;
/// - reads capitals and seats of power as governments when they act (`Tokyo said`, `the
///   Kremlin warned`) and as places otherwise (`in Tokyo`).
///
/// ```swift
/// let resolver = try ActorResolver.shipped()
/// for m in resolver.resolve(text: "Tokyo protested to Pyongyang.", publicationDate: nil) {
///     print(m.text, m.code ?? "-")   // Tokyo JPNGOV / Pyongyang PRKGOV
/// }
/// ```
///
/// ```
/// $ chronicle actors article.txt --date 2018-05-09 --format table
/// ```
public final class ActorResolver: Sendable {
    let lexicon: ActorLexicon

    init(lexicon: ActorLexicon) {
        self.lexicon = lexicon
    }

    /// The canonical names of the state media in the tables (see
    /// ``OrganizationEntry/isStateMedia``).
    public var stateMedia: Set<String> {
        Set(lexicon.organizations.filter(\.isStateMedia).map(\.name))
    }

    private static let cache = Result { ActorResolver(lexicon: try ActorLexicon.load()) }

    /// The resolver over the tables shipped in the package resources, built once and shared.
    ///
    /// - Throws: ``ActorResourceError`` when a table is missing or malformed.
    public static func shipped() throws -> ActorResolver { try cache.get() }

    /// The gazetteer of places the resolver uses.
    public var places: PlaceGazetteer { lexicon.places }

    /// Resolves every actor mention of a document, against its publication date.
    public func resolve(_ document: Document) -> [ActorMention] {
        let pass = ResolutionPass(lexicon: lexicon, text: TurnLabels.titleCased(document.text), day: document.publicationDate,
                                  home: homeCountry(ofSource: document.source))
        return pass.run()
    }

    /// Resolves every actor mention of `text`.
    ///
    /// - Parameters:
    ///   - text: The document text; offsets in the result are Unicode scalar indices into it.
    ///   - publicationDate: The day roles are resolved on (`the Japanese prime minister`);
    ///     without it, roles resolve to a country and sector only.
    /// - Returns: The mentions in text order.
    public func resolve(text: String, publicationDate: CalendarDay?, home: String? = nil) -> [ActorMention] {
        let pass = ResolutionPass(lexicon: lexicon, text: TurnLabels.titleCased(text), day: publicationDate, home: home)
        return pass.run()
    }

    /// The country a publisher speaks for, from its name: `The White House` and `U.S. Department
    /// of State` are the United States, `KCNA` North Korea, `Kyodo News` Japan.
    ///
    /// A document's home country is whose `the President` is meant when the text names none
    /// (a White House readout's "the President spoke with ..."), and who `we` is in a
    /// statement that has no named author. Government bodies and seats in the name win over
    /// media, and media over a bare country word (`Capitol Hill Cubans, reproducing a White
    /// House statement` is the United States).
    ///
    /// - Parameter source: The publisher or feed name; nil or unknown gives nil.
    /// - Returns: An ISO 3166-1 alpha-3 code, never an organization code such as `IGO`.
    public func homeCountry(ofSource source: String?) -> String? {
        guard let source, !source.isEmpty else { return nil }
        let pass = ResolutionPass(lexicon: lexicon, text: String(source.prefix(400)), day: nil, home: nil)
        let found = pass.run().filter { m in
            guard let c = m.country else { return false }
            return c.count == 3 && c != "IGO" && c != "NGO" && m.how != .pronoun
        }
        let government: Set<String> = ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"]
        return (found.first { $0.sector.map(government.contains) ?? false }
            ?? found.first { $0.isMedia }
            ?? found.first)?.country
    }

    // MARK: Lookups

    /// The country with this name, variant, adjective, or ISO 3166-1 alpha-3 code
    /// (`DPRK`, `North Korean`, `PRK`), matched case-sensitively.
    public func country(named name: String) -> CountryEntry? {
        if let i = lexicon.countryIndex[name] { return lexicon.countries[i] }
        for item in lexicon.items(ofPhrase: name) {
            switch item {
            case .country(let c), .adjective(let c), .demonym(let c): return lexicon.countries[c]
            default: continue
            }
        }
        return nil
    }

    /// The person with this name or variant; when several share it, the one in office on `day`.
    public func person(named name: String, on day: CalendarDay? = nil) -> PersonEntry? {
        let found = lexicon.items(ofPhrase: name).compactMap { item -> PersonEntry? in
            if case .person(let p) = item { return lexicon.people[p] }
            return nil
        }
        if let day, let current = found.first(where: { $0.isInOffice(on: day) }) { return current }
        return found.first
    }

    /// The organization with this name or variant (`KCNA`, `UN Security Council`).
    public func organization(named name: String) -> OrganizationEntry? {
        for case .organization(let o) in lexicon.items(ofPhrase: name) { return lexicon.organizations[o] }
        return nil
    }

    /// Who held a role of a country on a day (`holder(of: "prime minister", country: "JPN",
    /// on: 2018-05-09)` is Shinzo Abe). The role is a role noun of `roles.tsv` or one of its
    /// variants.
    public func holder(of role: String, country: String, on day: CalendarDay) -> PersonEntry? {
        for case .role(let r, _) in lexicon.items(ofRole: role) {
            if let (p, _) = lexicon.holder(country: country, keys: lexicon.roles[r].holderKeys, on: day) {
                return lexicon.people[p]
            }
        }
        return nil
    }

    /// Sizes of the shipped tables: countries, organizations, roles, people, tenures, places.
    public var tableCounts: [String: Int] {
        [
            "countries": lexicon.countries.count, "organizations": lexicon.organizations.count,
            "roles": lexicon.roles.count, "people": lexicon.people.count,
            "tenures": lexicon.people.reduce(0) { $0 + $1.tenures.count }, "places": lexicon.places.places.count,
        ]
    }
}

@_spi(Benchmark)
extension ActorResolver {
    /// Phase timings for `chronicle-bench actors --phases`: tokens of `text` after tokenizing,
    /// after classifying, and after segmenting (each phase run on its own).
    public func benchmarkPhase(_ phase: Int, text: String) -> Int {
        switch phase {
        case 0: return ActorTokenizer.tokenize(text).count
        case 1: return ActorTokenizer.tokenize(bytes: Array(text.utf8), classes: lexicon.lowerClasses).count
        default:
            return ResolutionPass(lexicon: lexicon, text: text, day: nil, home: nil).segments.count
        }
    }
}

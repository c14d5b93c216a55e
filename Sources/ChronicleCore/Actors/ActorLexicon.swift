/// What a matched phrase can be. A phrase may be several things at once (`Georgia` is a
/// country and a US state); the resolver chooses in context.
enum LexItem: Sendable, Hashable {
    case country(Int)
    case adjective(Int)
    case demonym(Int)
    case capital(Int)
    case seat(Int)
    case organization(Int)
    case role(Int, plural: Bool)
    case person(Int)
    case place(Int)

    /// Tie-break among items of the same length: names before places before roles.
    var priority: Int {
        switch self {
        case .person: return 9
        case .organization: return 8
        case .seat: return 7
        case .country: return 6
        case .adjective: return 5
        case .demonym: return 5
        case .capital: return 4
        case .place: return 3
        case .role: return 2
        }
    }
}

/// The compiled actor tables: every entry, and phrase dictionaries keyed by token sequences.
///
/// Phrases are keyed by their tokens joined with single spaces (the same tokenizer runs over
/// the tables and the text, so `U.S.` or `People 's` match alike). Names are matched
/// case-sensitively (`Turkey` but not `turkey`, `US` but not `us`); lower-case role nouns are
/// matched case-insensitively (`Foreign Minister`, `foreign minister`).
final class ActorLexicon: Sendable {
    let countries: [CountryEntry]
    let organizations: [OrganizationEntry]
    let roles: [RoleEntry]
    let people: [PersonEntry]
    let places: PlaceGazetteer

    let countryIndex: [String: Int]
    /// Case-sensitive phrases.
    let exact: [String: [LexItem]]
    /// Lower-cased phrases (roles).
    let folded: [String: [LexItem]]
    /// Every proper token prefix of a phrase (`the`, `the United`), so that matching stops as
    /// soon as no phrase can go on.
    let exactPrefixes: Set<String>
    let foldedPrefixes: Set<String>
    let maxTokens: Int
    /// Surname → people (the family name first for Korean and Chinese names).
    let surnames: [String: [Int]]
    /// `ISO3|key` → tenures (person index, tenure index), for "who held the role on a date".
    let holders: [String: [(person: Int, tenure: Int)]]

    init(countries: [CountryEntry], organizations: [OrganizationEntry], roles: [RoleEntry],
         roleForms: [(form: String, role: Int, plural: Bool)], people: [PersonEntry], places: PlaceGazetteer) {
        self.countries = countries
        self.organizations = organizations
        self.roles = roles
        self.people = people
        self.places = places
        var countryIndex: [String: Int] = [:]
        for (i, c) in countries.enumerated() { countryIndex[c.iso3] = i }
        self.countryIndex = countryIndex

        var exact: [String: [LexItem]] = [:]
        var folded: [String: [LexItem]] = [:]
        var maxTokens = 1
        func key(_ phrase: String) -> (String, String, Int)? {
            let tokens = ActorTokenizer.tokenize(phrase)
            guard !tokens.isEmpty else { return nil }
            let k = tokens.map(\.text).joined(separator: " ")
            return (k, tokens[0].text, tokens.count)
        }
        func add(_ phrase: String, _ item: LexItem, caseSensitive: Bool = true) {
            if caseSensitive && phrase.hasPrefix("the ") { add("The " + phrase.dropFirst(4), item) }
            guard let (k, _, count) = key(phrase) else { return }
            maxTokens = max(maxTokens, count)
            if caseSensitive {
                if exact[k]?.contains(item) != true { exact[k, default: []].append(item) }
            } else {
                let lk = k.lowercased()
                if folded[lk]?.contains(item) != true { folded[lk, default: []].append(item) }
            }
        }
        for (i, c) in countries.enumerated() {
            for n in c.names { add(n, .country(i)) }
            for a in c.adjectives { add(a, .adjective(i)) }
            for d in c.demonyms { add(d, .demonym(i)) }
            for cap in c.capitals { add(cap, .capital(i)) }
            for s in c.seats { add(s, .seat(i)) }
        }
        for (i, o) in organizations.enumerated() {
            add(o.name, .organization(i))
            for v in o.variants { add(v, .organization(i)) }
        }
        for form in roleForms {
            let hasUpper = form.form.contains { $0.isUppercase }
            add(form.form, .role(form.role, plural: form.plural), caseSensitive: hasUpper)
        }
        for (i, p) in people.enumerated() {
            add(p.name, .person(i))
            for v in p.variants { add(v, .person(i)) }
        }
        for (i, place) in places.places.enumerated() where !place.isStopWord {
            add(place.name, .place(i))
            for v in place.variants { add(v, .place(i)) }
        }
        self.exact = exact
        self.folded = folded
        func prefixes(_ keys: Dictionary<String, [LexItem]>.Keys) -> Set<String> {
            var set = Set<String>()
            for k in keys {
                var prefix = ""
                for part in k.split(separator: " ").dropLast() {
                    if !prefix.isEmpty { prefix.append(" ") }
                    prefix.append(contentsOf: part)
                    set.insert(prefix)
                }
            }
            return set
        }
        self.exactPrefixes = prefixes(exact.keys)
        self.foldedPrefixes = prefixes(folded.keys)
        self.maxTokens = maxTokens

        var surnames: [String: [Int]] = [:]
        for (i, p) in people.enumerated() {
            if let s = DocumentFocus.surname(of: p.name, country: p.tenures.first?.country) {
                surnames[s, default: []].append(i)
            }
        }
        self.surnames = surnames

        var holders: [String: [(Int, Int)]] = [:]
        for (p, person) in people.enumerated() {
            for (t, tenure) in person.tenures.enumerated() {
                let keys = Set([tenure.role.lowercased()] + tenure.kinds.map { $0.lowercased() })
                for k in keys { holders["\(tenure.country)|\(k)", default: []].append((p, t)) }
            }
        }
        self.holders = holders
    }

    /// The person who held a role of `country` on `day`: the first holder key with a tenure
    /// containing the day wins; among several, the most recent start.
    func holder(country: String, keys: [String], on day: CalendarDay) -> (person: Int, tenure: Int)? {
        for key in keys {
            guard let list = holders["\(country)|\(key)"] else { continue }
            var best: (Int, Int)?
            for (p, t) in list where people[p].tenures[t].contains(day) {
                if let b = best, people[b.0].tenures[b.1].start >= people[p].tenures[t].start { continue }
                best = (p, t)
            }
            if let best { return best }
        }
        return nil
    }

    /// The longest phrase starting at token `i`: its length in tokens and its items.
    func longestMatch(_ tokens: [ActorToken], at i: Int) -> (length: Int, items: [LexItem])? {
        let first = tokens[i]
        guard first.kind != .punctuation || first.text == "'s" || first.text == "\"" else { return nil }
        var tryExact = true
        let firstLower = first.text.lowercased()
        var tryFolded = true
        var best: (Int, [LexItem])?
        var exactKey = ""
        var foldedKey = ""
        let limit = min(maxTokens, tokens.count - i)
        for n in 1...limit {
            let t = tokens[i + n - 1]
            // A middle initial inside a name (`Michael R. Pompeo`, `Antony J. Blinken`).
            if n > 1, n < limit, t.kind == .word, t.text.utf8.count == 2, t.isCapitalized, t.text.hasSuffix("."),
               exactPrefixes.contains(exactKey) || exact[exactKey] != nil, !t.startsLine {
                let next = tokens[i + n]
                if next.isCapitalized, exactPrefixes.contains(exactKey + " " + next.text) || exact[exactKey + " " + next.text] != nil {
                    continue
                }
            }
            if n > 1 {
                if t.startsLine { break }
                exactKey.append(" ")
                foldedKey.append(" ")
            }
            if tryExact { exactKey.append(t.text) }
            if tryFolded { foldedKey.append(n == 1 ? firstLower : t.text.lowercased()) }
            var items: [LexItem] = []
            if tryExact, let hit = exact[exactKey] { items.append(contentsOf: hit) }
            if tryFolded, let hit = folded[foldedKey] { items.append(contentsOf: hit) }
            if !items.isEmpty { best = (n, items.sorted { $0.priority > $1.priority }) }
            if tryExact && !exactPrefixes.contains(exactKey) { tryExact = false }
            if tryFolded && !foldedPrefixes.contains(foldedKey) { tryFolded = false }
            if !tryExact && !tryFolded { break }
        }
        return best
    }
}

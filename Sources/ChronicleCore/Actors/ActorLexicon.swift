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
    /// Case-sensitive phrases by ``PhraseHash`` of their tokens.
    let exact: HashTable64<LexItems>
    /// Lower-cased phrases (roles).
    let folded: HashTable64<LexItems>
    /// For a case-sensitive phrase whose lower-cased tokens are also a role phrase
    /// (`President`), the items of both, by the exact hash: text that matches one matches the
    /// other at the same length.
    let merged: HashTable64<LexItems>
    /// The memory of every item list above.
    let pool: ItemPool
    /// Country indices of North and South Korea (``ResolutionPass/mentionsKorea``).
    let koreas: (Int, Int)
    /// Hashes of every proper token prefix of a phrase (`the`, `the United`), so that matching
    /// stops as soon as no phrase can go on.
    let exactPrefixes: HashTable64<Bool>
    let foldedPrefixes: HashTable64<Bool>
    /// Word classes by the hash of the lower-cased text, with ``WordClass/startsExact`` and
    /// ``WordClass/startsFolded`` for first tokens of phrases.
    let lowerClasses: HashTable64<WordClass>
    let maxTokens: Int
    /// Person id → index, keyed by the ``PhraseHash`` of the id (``DocumentFocus/key(_:)``):
    /// the resolver asks at every person it emits, and hashing a `String` key costs more than
    /// the rest of the look-up.
    let personIndex: HashTable64<Int>
    /// Surname → people (the family name first for Korean and Chinese names), keyed by the
    /// ``PhraseHash`` of the surname (``DocumentFocus/key(_:)``).
    let surnames: HashTable64<[Int]>
    /// The lower-cased role and kinds of every tenure, by person and tenure index.
    let tenureKeys: [[Set<String>]]
    /// `ISO3|key` → tenures (person index, tenure index), for "who held the role on a date".
    let holders: [String: [(person: Int, tenure: Int)]]
    /// Tenure role as written in `people.tsv` → tenures, for ``soleHolder(ofRole:on:)``.
    let holdersByRole: [String: [(person: Int, tenure: Int)]]

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

        var exact = HashTable64<[LexItem]>(capacity: 32_000)
        var folded = HashTable64<[LexItem]>(capacity: 1_000)
        // Exact hash and lower-cased hash of every case-sensitive phrase.
        var exactLowered: [(exact: UInt64, lowered: UInt64)] = []
        exactLowered.reserveCapacity(24_000)
        var exactPrefixes = HashTable64<Bool>(capacity: 16_000)
        var foldedPrefixes = HashTable64<Bool>(capacity: 1_000)
        var lowerClasses = HashTable64<WordClass>(capacity: 16_000)
        for (word, c) in WordClass.table {
            lowerClasses.update(PhraseHash.token(word.utf8, lowered: false), default: []) { $0.formUnion(c) }
        }
        var maxTokens = 1
        func add(_ phrase: String, _ item: LexItem, caseSensitive: Bool = true) {
            if caseSensitive && phrase.hasPrefix("the ") { add("The " + phrase.dropFirst(4), item) }
            let tokens = ActorTokenizer.tokenize(phrase)
            guard let first = tokens.first else { return }
            maxTokens = max(maxTokens, tokens.count)
            var h = PhraseHash.seed
            var lowered = PhraseHash.seed
            for (n, t) in tokens.enumerated() {
                h = PhraseHash.extend(h, caseSensitive ? t.exactHash : t.lowerHash)
                lowered = PhraseHash.extend(lowered, t.lowerHash)
                if n < tokens.count - 1 {
                    if caseSensitive { exactPrefixes.update(h, default: true) { _ in } } else { foldedPrefixes.update(h, default: true) { _ in } }
                }
            }
            let start: WordClass = caseSensitive ? .startsExact : .startsFolded
            lowerClasses.update(first.lowerHash, default: []) { $0.insert(start) }
            let insert: (inout [LexItem]) -> Void = { list in
                if !list.contains(item) {
                    list.append(item)
                    list.sort { $0.priority > $1.priority }
                }
            }
            if caseSensitive {
                exact.update(h, default: [], insert)
                exactLowered.append((h, lowered))
            } else {
                folded.update(h, default: [], insert)
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
        var both: [(UInt64, [LexItem])] = []
        for (e, l) in exactLowered {
            guard let f = folded.find(l), let items = exact.find(e), !both.contains(where: { $0.0 == e }) else { continue }
            both.append((e, (items + f).sorted { $0.priority > $1.priority }))
        }
        var total = both.reduce(0) { $0 + $1.1.count }
        exact.forEach { total += $1.count }
        folded.forEach { total += $1.count }
        let pool = ItemPool(capacity: total)
        self.pool = pool
        self.exact = exact.mapValues { pool.store($0) }
        self.folded = folded.mapValues { pool.store($0) }
        var merged = HashTable64<LexItems>(capacity: max(16, both.count))
        for (e, items) in both { merged.update(e, default: pool.store(items)) { _ in } }
        self.merged = merged
        let prk = countries.firstIndex { $0.iso3 == "PRK" } ?? -1
        let kor = countries.firstIndex { $0.iso3 == "KOR" } ?? -1
        self.koreas = (prk, kor)
        self.exactPrefixes = exactPrefixes
        self.foldedPrefixes = foldedPrefixes
        self.lowerClasses = lowerClasses
        self.maxTokens = maxTokens

        var personIndex = HashTable64<Int>(capacity: people.count)
        for (i, p) in people.enumerated() { personIndex.update(DocumentFocus.key(p.id), default: i) { _ in } }
        self.personIndex = personIndex
        var surnames = HashTable64<[Int]>(capacity: 1_000)
        for (i, p) in people.enumerated() {
            // Every written form gives its surname (`Bashar Assad` gives `Assad`), and an Arabic
            // article falls away (`al-Assad` is also `Assad`).
            for form in [p.name] + p.variants {
                guard let s = DocumentFocus.surname(of: form, country: p.tenures.first?.country) else { continue }
                var keys = [s]
                for article in ["al-", "Al-", "el-", "El-"] where s.hasPrefix(article) && s.count > article.count + 2 {
                    keys.append(String(s.dropFirst(article.count)))
                }
                for k in keys {
                    surnames.update(DocumentFocus.key(k), default: []) { list in if !list.contains(i) { list.append(i) } }
                }
            }
        }
        self.surnames = surnames

        var holders: [String: [(Int, Int)]] = [:]
        var holdersByRole: [String: [(Int, Int)]] = [:]
        var tenureKeys: [[Set<String>]] = []
        tenureKeys.reserveCapacity(people.count)
        for (p, person) in people.enumerated() {
            var personKeys: [Set<String>] = []
            for (t, tenure) in person.tenures.enumerated() {
                let keys = Set([tenure.role.lowercased()] + tenure.kinds.map { $0.lowercased() })
                personKeys.append(keys)
                for k in keys { holders["\(tenure.country)|\(k)", default: []].append((p, t)) }
                holdersByRole[tenure.role, default: []].append((p, t))
            }
            tenureKeys.append(personKeys)
        }
        self.holders = holders
        self.holdersByRole = holdersByRole
        self.tenureKeys = tenureKeys
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

    /// The one holder on `day` of a tenure whose role is exactly `role`, when a single country
    /// has one ("chief adviser": Bangladesh's); nil when none does or several do ("president").
    func soleHolder(ofRole role: String, on day: CalendarDay) -> (person: Int, tenure: Int)? {
        var found: (person: Int, tenure: Int)?
        for (p, t) in holdersByRole[role] ?? [] where people[p].tenures[t].contains(day) {
            if let f = found, people[f.person].tenures[f.tenure].country != people[p].tenures[t].country { return nil }
            found = (p, t)
        }
        return found
    }

    /// The items of a whole phrase (`DPRK`, `UN Security Council`), matched case-sensitively.
    func items(ofPhrase phrase: String) -> LexItems {
        var h = PhraseHash.seed
        for t in ActorTokenizer.tokenize(phrase) { h = PhraseHash.extend(h, t.exactHash) }
        return exact.find(h) ?? .empty
    }

    /// The items of a whole role phrase, matched case-insensitively.
    func items(ofRole phrase: String) -> LexItems {
        var h = PhraseHash.seed
        for t in ActorTokenizer.tokenize(phrase) { h = PhraseHash.extend(h, t.lowerHash) }
        return folded.find(h) ?? .empty
    }

    /// The longest phrase starting at token `i`: its length in tokens and its items.
    func longestMatch(_ tokens: [ActorToken], at i: Int) -> (length: Int, items: LexItems)? {
        let first = tokens[i]
        var tryExact = first.classes.contains(.startsExact)
        var tryFolded = first.classes.contains(.startsFolded)
        if !tryExact && !tryFolded { return nil }
        var best: (Int, LexItems)?
        var he = PhraseHash.seed
        var hf = PhraseHash.seed
        let limit = min(maxTokens + 1, tokens.count - i)
        var n = 0
        while n < limit {
            n += 1
            let t = tokens[i + n - 1]
            if n > 1 && t.startsLine { break }
            // A middle initial inside a name (`Michael R. Pompeo`, `Antony J. Blinken`).
            if n > 1, n < limit, tryExact, t.kind == .word, t.isCapitalized, t.length == 2,
               t.flags.contains(.endsWithPeriod) {
                let skipped = PhraseHash.extend(he, tokens[i + n].exactHash)
                if exactPrefixes.contains(skipped) || exact.contains(skipped) { continue }
            }
            var exactHit: LexItems?
            var foldedHit: LexItems?
            if tryExact {
                he = PhraseHash.extend(he, t.exactHash)
                exactHit = exact.find(he)
                if !exactPrefixes.contains(he) { tryExact = false }
            }
            if tryFolded {
                hf = PhraseHash.extend(hf, t.lowerHash)
                foldedHit = folded.find(hf)
                if !foldedPrefixes.contains(hf) { tryFolded = false }
            }
            // Items are stored sorted by priority; a phrase in both tables has its merge ready.
            if let e = exactHit, foldedHit != nil {
                best = (n, merged.find(he) ?? e)
            } else if let hit = exactHit ?? foldedHit {
                best = (n, hit)
            }
            if !tryExact && !tryFolded { break }
        }
        return best
    }
}

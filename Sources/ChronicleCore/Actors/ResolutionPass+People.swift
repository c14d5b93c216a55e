/// People: a person of the tables as a mention, people known by surname in the document or
/// the tables, and the country named nearest to an ambiguous surname.
extension ResolutionPass {
    /// A person of the tables as a mention, with the tenure of the publication date.
    func personMention(_ p: Int, from a: Int, to b: Int) -> ActorMention {
        let person = lexicon.people[p]
        let tenure = person.tenure(on: day)
        let sp = span(a, b)
        let country = tenure?.country
        let sector = tenure?.sector
        return ActorMention(
            text: sp.text, start: sp.start, end: sp.end, country: country, sector: sector, role: tenure?.role,
            roleKind: tenure.flatMap { Self.roleKind($0.kinds) }, name: person.name,
            code: ActorMention.code(country: country, sector: sector), how: .dictionary, personID: person.id)
    }

    /// The role kind of a tenure's kinds.
    static func roleKind(_ kinds: [String]) -> String? {
        var best: (Int, String)?
        for k in kinds {
            let candidate: (Int, String)?
            switch k {
            case "HOS", "LEADER": candidate = (6, "HOS")
            case "HOG": candidate = (5, "HOG")
            case "FM", "ENVOY", "AMB", "UNAMB", "VICEFM": candidate = (4, "DIP")
            case "SPK": candidate = (3, "SPK")
            case "SPYCHIEF": candidate = (2, "SPY")
            case "DEFENSE", "MILCHIEF": candidate = (1, "MIL")
            default: candidate = nil
            }
            if let c = candidate, best.map({ $0.0 < c.0 }) ?? true { best = c }
        }
        return best?.1
    }

    func gender(of m: ActorMention) -> Character? {
        if let id = m.personID, let p = lexicon.personIndex.find(DocumentFocus.key(id)), lexicon.people[p].id == id {
            return lexicon.people[p].gender
        }
        if let name = m.name, let p = focus.person(named: name) { return p.gender }
        return nil
    }

    /// Of namesakes none of whom is in office on `day`, the one whose tenures come at least three
    /// times closer to it than anyone else's: in 2019 a "Marcos" is the son who took office in
    /// 2022, not the father who left it in 1986. Otherwise the pool as it is.
    func nearestInTime(_ pool: [Int], to day: CalendarDay) -> [Int] {
        let n = day.dayNumber
        let distances = pool.map { c in
            lexicon.people[c].tenures.map { t in
                n < t.start.dayNumber ? t.start.dayNumber - n : max(0, n - (t.end?.dayNumber ?? n))
            }.min() ?? Int.max
        }
        guard let best = distances.indices.min(by: { distances[$0] < distances[$1] }) else { return pool }
        let runnerUp = distances.indices.filter { $0 != best }.map { distances[$0] }.min() ?? Int.max
        return runnerUp / 3 > distances[best] ? [pool[best]] : pool
    }

    /// Among people of one surname, those whose country is named nearest to segment `s`
    /// (`Prime Minister Lee` near `Singapore`).
    func nearestCountry(_ pool: [Int], to s: Int) -> [Int] {
        let countryPositions = self.countryPositions
        var best: [Int] = []
        var bestDistance = Int.max
        for p in pool {
            // The least distance from `s` to a naming of any of the person's countries.
            var d = Int.max
            for t in lexicon.people[p].tenures {
                guard let positions = countryPositions[t.country] else { continue }
                for q in positions where abs(q - s) < d { d = abs(q - s) }
            }
            if d < bestDistance { best = [p]; bestDistance = d } else if d == bestDistance { best.append(p) }
        }
        return bestDistance == Int.max ? pool : best
    }

    /// The segments where each country is named, as an actor or a place (`in Singapore`).
    static func countryPositions(_ segments: [Segment], lexicon: ActorLexicon) -> [String: [Int]] {
        var countryPositions: [String: [Int]] = [:]
        for (k, seg) in segments.enumerated() {
            for item in seg.items {
                switch item {
                case .country(let c), .adjective(let c), .capital(let c), .demonym(let c):
                    countryPositions[lexicon.countries[c].iso3, default: []].append(k)
                case .place(let p):
                    if let iso = lexicon.places.places[p].country { countryPositions[iso, default: []].append(k) }
                default: break
                }
            }
        }
        return countryPositions
    }

    /// A person met before in the document (full name or surname), or a person of the tables
    /// by a surname that only one of them has (preferring the holder of `role` on the date).
    func knownPerson(at a: Int, end b: Int, role: RoleEntry? = nil, country: String? = nil) -> ActorMention? {
        // A one-token name is keyed by its token hash: no string unless someone answers to it.
        let oneToken = b - a == 1 && segments[a].end - segments[a].start == 1
        let key = oneToken ? tokens[segments[a].start].exactHash : DocumentFocus.key(normalizedName(a, b))
        let met = focus.people.isEmpty ? nil : focus.person(key: key)
        let candidates = b - a == 1 ? lexicon.surnames.find(key) : nil
        if met == nil && candidates == nil { return nil }
        let sp = span(a, b)
        if let p = met {
            return ActorMention(
                text: sp.text, start: sp.start, end: sp.end, country: p.country, sector: p.sector, role: p.role,
                roleKind: p.roleKind, name: p.name, code: ActorMention.code(country: p.country, sector: p.sector),
                how: p.learned ? .learned : .dictionary, personID: p.id)
        }
        guard let candidates else { return nil }
        var pool = candidates
        // (either half of a double-barrelled name is no surname alone: "Zaghari-Ratcliffe" is not
        // John Ratcliffe, "Yunus-Bek Yevkurov" is not Muhammad Yunus, while "Amir-Abdollahian" is
        // the foreign minister of that name)
        let k = segments[a].start
        var joined: String?
        if k >= 2, tokens[k - 1].start == tokens[k - 2].end, tokens[k - 1].end == tokens[k].start, tokens[k - 1].isText(.dash) {
            joined = tokenText(k - 2) + "-" + tokenText(k)
        } else if k + 2 < tokens.count, tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end,
                  tokens[k + 1].isText(.dash), segments[b - 1].end - 1 == k {
            joined = tokenText(k) + "-" + tokenText(k + 2)
        }
        if let joined {
            pool = pool.filter { c in lexicon.people[c].name.contains(joined) || lexicon.people[c].variants.contains { $0.contains(joined) } }
            if pool.isEmpty { return nil }
        }
        if let country { pool = pool.filter { c in lexicon.people[c].tenures.contains { $0.country == country } } }
        if let day {
            let inOffice = pool.filter { lexicon.people[$0].isInOffice(on: day) }
            if let role, !role.holderKeys.isEmpty {
                let holding = inOffice.filter { c in
                    lexicon.people[c].tenures.indices.contains { k in
                        lexicon.people[c].tenures[k].contains(day)
                            && role.holderKeys.contains { lexicon.tenureKeys[c][k].contains($0) }
                    }
                }
                if holding.count == 1 { pool = holding }
            }
            if pool.count > 1, inOffice.count == 1 { pool = inOffice }
            if pool.count > 1 { pool = nearestCountry(pool, to: a) }
            if pool.count > 1, inOffice.isEmpty { pool = nearestInTime(pool, to: day) }
        }
        guard pool.count == 1 else { return nil }
        if role == nil && country == nil && ActorWords.commonSurnameKeys.contains(key) { return nil }
        // (a surname alone, with no title, is not someone whose first office the tables date
        // more than five years after the text: a 1982 briefing's "back to Andrews" is no
        // foreign minister of the 1990s; "Secretary of Defense Cheney" in 1990 is still Cheney)
        if role == nil, country == nil, let day, let first = lexicon.people[pool[0]].tenures.map(\.start).min(), first.year - day.year > 5 {
            return nil
        }
        return personMention(pool[0], from: a, to: b)
    }
}

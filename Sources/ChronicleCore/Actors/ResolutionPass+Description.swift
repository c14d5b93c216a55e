/// Reading a described actor: `the former South Korean Foreign Minister`, `Japan's Cabinet
/// Intelligence and Research Office`, `the head of the Japanese intelligence services`,
/// `Shinzo Abe's assistants`, `a 39-year-old Japanese citizen`.
extension ResolutionPass {
    /// What a description says about an actor.
    struct Description {
        var start: Int
        var end: Int
        var hasDeterminer = false
        var country: String?
        /// The country came from a capital or seat (`Tokyo's envoy`).
        var viaMetonymy = false
        var countryMention = false
        /// The segment just after the word that gave the country (`North Korea` of
        /// `North Korea's first`), for a description without a head.
        var countryEnd: Int?
        var roles = HeadRoles()
        var organization: Int?
        var tailSector: String?
        var tailOrganization: Int?
        /// The possessor when it is a person (`Shinzo Abe's`).
        var possessorPerson: ActorMention?

        var hasHead: Bool { !roles.isEmpty || organization != nil }
    }

    /// The role nouns of a head (`Foreign Ministry spokesman`, `deputy foreign minister`):
    /// the first gives the sector, the last the role, so only those two are kept (no array to
    /// allocate for every description).
    struct HeadRoles {
        private(set) var first: (index: Int, plural: Bool)?
        private(set) var last: (index: Int, plural: Bool)?

        var isEmpty: Bool { first == nil }

        mutating func append(_ role: (index: Int, plural: Bool)) {
            if first == nil { first = role }
            last = role
        }
    }

    /// Reads determiner, modifiers, head roles or organization, and an `of`/`for`/`to` tail.
    /// Returns nil when segment `s` starts no description with a head or a country.
    func describe(at s0: Int) -> Description? {
        var d = Description(start: s0, end: s0)
        var s = s0
        // A day after a month belongs to the date: `the October 23 EU summit`.
        if segments[s0].items.isEmpty, tokens[segments[s0].start].kind == .number, s0 > 0,
           tokens[segments[s0 - 1].start].classes.contains(.month) { return nil }
        if isClass(s, .determiner) { d.hasDeterminer = true; s += 1 }
        // Modifiers: words, adjectives, possessors (on the line of the phrase).
        while s < segments.count {
            let seg = segments[s]
            if s > s0 && tokens[seg.start].startsLine { return nil }
            if seg.items.isEmpty {
                let t = tokens[seg.start]
                if isModifierWord(t) {
                    s += 1
                    continue
                }
                // Coordinated modifiers: `current and former officials`.
                if t.isText(.and) || t.isText(.or), s > s0, segments[s - 1].items.isEmpty,
                   tokens[segments[s - 1].start].classes.contains(.modifier), s + 1 < segments.count,
                   segments[s + 1].items.isEmpty, tokens[segments[s + 1].start].classes.contains(.modifier) {
                    s += 1
                    continue
                }
                // A learned or known person as possessor: `Kitamura's office`.
                if isToken(s + 1, .possessive), isNameWord(s), let person = knownPerson(at: s, end: s + 1) {
                    d.possessorPerson = person
                    d.country = d.country ?? person.country
                    s += 2
                    continue
                }
                break
            }
            let possessive = isToken(s + 1, .possessive)
            if possessive {
                if let person = personItem(seg.items) {
                    let m = personMention(person, from: s, to: s + 1)
                    d.possessorPerson = m
                    d.country = d.country ?? m.country
                    s += 2
                    continue
                }
                if let o = organizationItem(seg.items) {
                    d.country = d.country ?? lexicon.organizations[o].country
                    if d.organization == nil && lexicon.organizations[o].country == nil { break }
                    s += 2
                    continue
                }
                if let (c, how) = countryLike(seg.items) {
                    d.country = lexicon.countries[c].iso3
                    d.viaMetonymy = how == .metonymy
                    d.countryMention = true
                    d.countryEnd = s + 1
                    s += 2
                    continue
                }
            }
            if let c = adjectiveItem(seg.items), !possessive {
                d.country = lexicon.countries[c].iso3
                d.countryEnd = s + 1
                s += 1
                continue
            }
            // A country name used as a modifier before a role (`the US government`).
            if case .country(let c)? = seg.items.first, s + 1 < segments.count, roleItem(segments[s + 1].items) != nil
                || organizationItem(segments[s + 1].items).map({ lexicon.organizations[$0].country == nil }) == true {
                d.country = lexicon.countries[c].iso3
                s += 1
                continue
            }
            break
        }
        // Head: roles, or an organization followed by roles (`Foreign Ministry spokesman`).
        while s < segments.count, s == s0 || !tokens[segments[s].start].startsLine, let r = roleItem(segments[s].items) {
            d.roles.append(r)
            s += 1
        }
        if d.roles.isEmpty, s < segments.count, let o = organizationItem(segments[s].items) {
            d.organization = o
            s += 1
            while s < segments.count, let r = roleItem(segments[s].items) {
                d.roles.append(r)
                s += 1
            }
        }
        // Tail: `of Japan`, `of the South Korean National Intelligence Service`, `to Seoul`,
        // `from North Korea`.
        // (`officials from the DPRK`, `a delegation from North Korea`: whose they are)
        // (`a diplomat at the Japanese Embassy`: whose mission it is)
        if d.hasHead, let prep = plainToken(s), prep.isLower(.of) || prep.isLower(.for) || prep.isLower(.to) || prep.isLower(.in) || prep.isLower(.at)
            || (prep.isLower(.from) && d.country == nil && d.organization == nil && !afterPossessivePronoun(s0)) {
            var t = s + 1
            if isClass(t, .determiner) { t += 1 }
            var tailCountry: String?
            if t < segments.count, let c = adjectiveItem(segments[t].items) {
                tailCountry = lexicon.countries[c].iso3
                t += 1
            }
            var matched = false
            // `director-general of the Asian and Oceanian Affairs Bureau of Japan's Foreign
            // Ministry`: a named unit of a body says nothing; the body that owns it does
            if tailCountry == nil, prep.isLower(.of), let owner = unitOwner(from: t) {
                t = owner
                if isClass(t, .determiner) { t += 1 }
                if t < segments.count, let c = adjectiveItem(segments[t].items) {
                    tailCountry = lexicon.countries[c].iso3
                    t += 1
                }
            }
            if t < segments.count {
                let items = segments[t].items
                if let o = organizationItem(items) {
                    d.tailOrganization = o
                    d.tailSector = lexicon.organizations[o].sector
                    tailCountry = lexicon.organizations[o].country ?? tailCountry
                    matched = true
                    t += 1
                    // (`a spokesman for the Foreign Ministry of the DPRK`: the body's country after "of")
                    if lexicon.organizations[o].country == nil, tailCountry == nil, t + 1 < segments.count, isToken(t, .of),
                       let (c, _) = countryLike(segments[t + 1].items) {
                        tailCountry = lexicon.countries[c].iso3
                        t += 2
                    }
                } else if let r = roleItem(items), !lexicon.roles[r.index].isPerson {
                    d.tailSector = lexicon.roles[r.index].sector
                    matched = true
                    t += 1
                } else if prep.isLower(.of), tailCountry == nil, let head = d.roles.last, !lexicon.roles[head.index].isPerson,
                          let p = personItem(items), let c = lexicon.people[p].tenure(on: day)?.country {
                    // ("the regime of Alyaksandr Lukashenka", "the government of Nicolas Maduro": a
                    // body of a leader is the leader's country's)
                    tailCountry = c
                    matched = true
                    t += 1
                } else if let (c, _) = countryLike(items), tailCountry == nil {
                    tailCountry = lexicon.countries[c].iso3
                    matched = true
                    t += 1
                    // (`a spokesperson for the DPRK Foreign Ministry`: that country's body)
                    // (`of Japan's Foreign Ministry`: the same)
                    let body = isToken(t, .possessive) ? t + 1 : t
                    if body < segments.count, let o = organizationItem(segments[body].items), lexicon.organizations[o].country == nil {
                        d.tailOrganization = o
                        d.tailSector = lexicon.organizations[o].sector
                        t = body + 1
                    }
                }
            }
            // "Japan's ambassador to South Korea", "its envoy to Seoul": the host country, which
            // never gives the envoy's country, is left to be an actor of its own (the one an
            // expulsion or a recall is aimed at), unless a name follows in apposition ("the
            // Japanese ambassador to South Korea, Yasumasa Nagamine", one person).
            if matched, prep.isLower(.to), d.tailOrganization == nil, d.tailSector == nil, !isToken(t, .comma) {
                matched = false
            }
            // "thanked the Foreign Minister for Türkiye's support": a country that owns the next
            // noun is no tail of the role.
            if matched, prep.isLower(.for), t < segments.count, isToken(t, .possessive) { matched = false }
            if matched {
                // An ambassador to South Korea stays the sender's; "in" names a posting.
                if prep.isLower(.to) {
                    if d.country == nil && d.tailOrganization != nil { d.country = tailCountry }
                } else if prep.isLower(.in) {
                    // `a Foreign Ministry spokesman in Beijing`: the posting names the government.
                    // (so does the seat of a state's bodies: "the authorities in Tehran", "the
                    // military authorities in Myanmar"; a person posted in Seoul stays unnamed)
                    // (not a diplomatic body, which sits abroad: "the Chinese foreign ministry and
                    // the embassy in Tokyo" is China's embassy)
                    // (nor "the Council in Brussels", a body of a union written by its own name,
                    // whose meeting place is no owner)
                    let unionCouncil = d.roles.last.map { lexicon.roles[$0.index].role == "council" } ?? false
                        && tokens[segments[s - 1].start].isCapitalized
                    let stateBody = !unionCouncil && d.roles.last.map {
                        !lexicon.roles[$0.index].isPerson && Self.seatSectors.contains(lexicon.roles[$0.index].sector)
                            && lexicon.roles[$0.index].kind != "DIP"
                    } ?? false
                    if d.country == nil && (d.organization != nil || d.tailOrganization != nil || stateBody) { d.country = tailCountry }
                } else if prep.isLower(.at) {
                    // `the deputy chief of mission at the Japanese Embassy`: a post at a body is the
                    // body's country's; `a professor at Seoul` names no country of its own.
                    if d.country == nil && (d.tailOrganization != nil || d.tailSector != nil) { d.country = tailCountry }
                } else {
                    d.country = d.country ?? tailCountry
                }
                if prep.isLower(.to) || prep.isLower(.in) || prep.isLower(.at) { d.tailSector = nil }
                s = t
                // (`at the Japanese Embassy in Seoul`: the embassy's town is part of its name)
                if prep.isLower(.at), let next = plainToken(s), next.isLower(.in), s + 1 < segments.count,
                   countryLike(segments[s + 1].items) != nil {
                    s += 2
                }
            }
        }
        d.end = s
        if !d.hasHead && d.country == nil { return nil }
        if s == s0 { return nil }
        return d
    }

    /// Sectors of a state's bodies that the place after "in" names ("the authorities in Tehran").
    static let seatSectors: Set<String> = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]

    /// Where the owner of a named unit starting at segment `t` begins: after capitalized words
    /// (and `and`) that end in a unit word and are followed by `of` (`Asian and Oceanian Affairs
    /// Bureau of`, `Consular Department of`); nil when segment `t` starts no such unit.
    func unitOwner(from t: Int) -> Int? {
        var j = t
        var endsInUnit = false
        while j < segments.count, j - t < 8, let w = plainToken(j), w.kind == .word {
            if w.isCapitalized {
                endsInUnit = w.isLower(oneOf: Self.unitWords)
            } else if w.isLower(.and) {
                endsInUnit = false
            } else {
                break
            }
            j += 1
        }
        guard j > t, endsInUnit, isLower(j, .of) else { return nil }
        return j + 1
    }

    /// Words that end the name of a part of a ministry or an agency.
    static let unitWords = TokenLiteral.list("bureau", "department", "division", "directorate", "office", "section", "secretariat")

    /// Whether a possessive pronoun stands right before segment `s` ("its ambassador from
    /// Moscow" is someone's own envoy, not Moscow's).
    func afterPossessivePronoun(_ s: Int) -> Bool {
        guard s > 0 else { return false }
        let j = segments[s].start - 1
        guard j >= 0 else { return false }
        return ["its", "his", "her", "their", "our", "my", "your"].contains(tokenText(j).lowercased())
    }

    /// Whether a description can start at segment `s`: a gazetteer match, or a word that
    /// begins one (a determiner, modifier or number, or a possessor before `'s`). Most
    /// capitalized words start none, and ``describe(at:)`` is not cheap to fail.
    func mayDescribe(_ s: Int) -> Bool {
        guard let t = plainToken(s) else { return true }
        if startsModifier(t, at: s) { return true }
        guard t.classes.contains(.determiner) else { return false }
        // After a determiner, the next word must be a gazetteer match or begin one too.
        guard s + 1 < segments.count else { return false }
        guard let next = plainToken(s + 1) else { return true }
        return startsModifier(next, at: s + 1)
    }

    /// Whether token `t` of segment `s` is read as a modifier or possessor by ``describe(at:)``.
    private func startsModifier(_ t: ActorToken, at s: Int) -> Bool {
        isModifierWord(t) || isToken(s + 1, .possessive)
    }

    /// Whether a word modifies the noun after it: a number, a word of the modifier class, an age
    /// (`39-year-old`) or a counted compound (`15-member`).
    private func isModifierWord(_ t: ActorToken) -> Bool {
        t.kind == .number || t.classes.contains(.modifier) || endsInOld(t) || numberCompound(t)
    }

    /// Whether a token is a number joined to a word by a hyphen (`15-member`, `27-nation`): a
    /// modifier of the body it counts ("the 15-member council").
    func numberCompound(_ t: ActorToken) -> Bool {
        guard t.byteEnd - t.byteStart >= 4, (0x30...0x39).contains(bytes[t.byteStart]) else { return false }
        return bytes[t.byteStart..<t.byteEnd].contains(0x2D)
    }

    /// Whether a word ends in `-old` (`39-year-old`).
    func endsInOld(_ t: ActorToken) -> Bool {
        t.byteEnd - t.byteStart >= 4 && bytes[t.byteEnd - 4] == 0x2D && bytes[t.byteEnd - 3] == 0x6F
            && bytes[t.byteEnd - 2] == 0x6C && bytes[t.byteEnd - 1] == 0x64
    }

    // MARK: Items

    func personItem(_ items: LexItems) -> Int? {
        for case .person(let p) in items { return p }
        return nil
    }

    /// The organization a name stands for; of several that share it ("Foreign Office" is
    /// Britain's and Pakistan's, "House of Commons" Britain's and Canada's), the one of the
    /// publisher's country, else of the country last named, else the first listed.
    func organizationItem(_ items: LexItems) -> Int? {
        var first: Int?
        var shared = false
        for case .organization(let o) in items {
            if first == nil { first = o } else { shared = true; break }
        }
        guard shared else { return first }
        for country in [home, focus.lastCountry] {
            guard let country else { continue }
            for case .organization(let o) in items where lexicon.organizations[o].country == country { return o }
        }
        return first
    }

    func roleItem(_ items: LexItems) -> (index: Int, plural: Bool)? {
        guard items.count == 1 || !items.contains(where: { if case .person = $0 { return true }; if case .organization = $0 { return true }; return false }) else { return nil }
        for case .role(let r, let plural) in items { return (r, plural) }
        return nil
    }

    func adjectiveItem(_ items: LexItems) -> Int? {
        for case .adjective(let c) in items { return c }
        return nil
    }

    /// A country, capital or seat among the items, and how it stands for the country.
    func countryLike(_ items: LexItems) -> (Int, ResolutionMethod)? {
        for item in items {
            switch item {
            case .country(let c): return (c, .dictionary)
            case .capital(let c), .seat(let c): return (c, .metonymy)
            default: continue
            }
        }
        return nil
    }
}

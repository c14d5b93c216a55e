/// Turning descriptions and names into mentions: role and name (`Foreign Minister Taro Kono`),
/// name and apposition (`Suh Hoon, the Director of ...`), the holder of a role on the
/// publication date (`the Japanese prime minister`), and role nouns in focus (`the minister`).
extension ResolutionPass {
    /// A described actor: a role or organization, perhaps with a name after it.
    func readDescribed(at s: Int) -> Int? {
        guard mayDescribe(s), let d = describe(at: s) else { return readStandalone(at: s) }
        if !d.hasHead {
            if let person = d.possessorPerson {
                var m = person
                m.how = m.personID?.hasPrefix("learned:") == true ? .learned : .dictionary
                emit(m, isPerson: true, plural: false, gender: gender(of: m), segments: (d.start, d.end))
                return d.end
            }
            // An adjective or a possessive country without a role: the country itself.
            var end = d.countryEnd ?? d.end
            if isToken(end - 1, .possessive) { end -= 1 }
            guard end > d.start, let country = d.country else { return d.end }
            let sp = span(d.start, end)
            let sector: String? = d.viaMetonymy ? "GOV" : nil
            emit(ActorMention(text: sp.text, start: sp.start, end: sp.end, country: country, sector: sector,
                              code: ActorMention.code(country: country, sector: sector),
                              how: d.viaMetonymy ? .metonymy : .dictionary),
                 isPerson: false, plural: adjectiveBeforePlural(end), gender: nil, segments: (d.start, end))
            return d.end
        }
        var m = ActorMention(text: "", start: 0, end: 0, country: d.country, how: d.viaMetonymy ? .metonymy : .dictionary)
        var isPerson = false
        var plural = false
        if let o = d.organization {
            let org = lexicon.organizations[o]
            m.country = org.country ?? d.country
            m.sector = org.sector(on: day)
            m.name = org.name
            m.isMedia = org.isMedia
            m.code = org.country != nil ? org.code(on: day) : ActorMention.code(country: m.country, sector: org.sector)
            // ("Pakistan's Foreign Office", "the German Foreign Office": a government body's name
            // that one state uses is another's when that state is written with it)
            if org.kind == "gov", let owner = d.country, d.countryEnd != nil, let own = org.country, own != owner {
                m.country = owner
                m.code = ActorMention.code(country: owner, sector: m.sector)
            }
            // "Vice Foreign Minister Kim … lodged a protest, the foreign ministry said": a ministry
            // named without its country is that of its minister (or vice minister) last named.
            // (unless the sentence opens with its place or a list entry's label: "Egypt: The
            // foreign ministry condemned …" after China's entry named China's spokesperson)
            if m.country == nil, d.hasDeterminer, d.roles.isEmpty, let word = Self.portfolio(of: org.name),
               let minister = focus.items.last(where: { $0.isPerson && $0.mention.country != nil && ($0.mention.role?.contains(word) ?? false) }),
               openingPlaceCountry(before: segments[d.start].start) == nil {
                m.country = minister.mention.country
                m.code = ActorMention.code(country: m.country, sector: org.sector)
            }
            // ("VILNIUS, Oct 29, BNS – … On Tuesday, the Foreign Ministry summoned Belarus' chargé
            // d'affaires": a wire's unowned body, written by its name, is that of the dateline's town)
            if m.country == nil, d.hasDeterminer, d.roles.isEmpty, org.kind == "gov", tokens[segments[d.end - 1].start].isCapitalized,
               let c = datelineCountry {
                m.country = c
                m.code = ActorMention.code(country: c, sector: org.sector)
            }
        }
        var head: RoleEntry?
        if let last = d.roles.last, let first = d.roles.first {
            let h = lexicon.roles[last.index]
            head = h
            m.role = h.role
            m.roleKind = h.kind
            isPerson = h.isPerson
            plural = last.plural
            if isPerson { m.name = nil }  // a spokesman of the Foreign Ministry is not the ministry
            if d.organization == nil {
                // ("Executive Vice Foreign Minister Ma": a business or civilian word before a
                // state role qualifies the role)
                let opening = lexicon.roles[first.index].sector
                m.sector = first.index != last.index && ["BUS", "CVL"].contains(opening) ? h.sector : opening
            }
            if m.sector == "-" { m.sector = nil }  // (`the country`: no sector of its own)
            if !isPerson && d.organization == nil { m.roleKind = h.kind }
        }
        if let ts = d.tailSector, let kind = m.roleKind, ["OFF", "SPK", "LEADER", "GOV", "MIN", "SPY"].contains(kind) {
            m.sector = ts
            if let o = d.tailOrganization { m.name = m.name ?? lexicon.organizations[o].name }
        }
        // ("In Beijing, a Foreign Ministry spokesperson said …": a body, an official or a
        // spokesperson without a country belongs to the place the sentence opens with; an envoy
        // or a minister there may be a visitor)
        if m.country == nil, d.organization != nil || Self.homeRoleKinds.contains(head?.kind ?? ""),
           let c = openingPlaceCountry(before: segments[d.start].start) {
            m.country = c
            if d.organization != nil { m.code = ActorMention.code(country: c, sector: m.sector) }
        }
        var end = d.end
        // ("signed a military cooperation agreement": a group's role word that modifies a noun of
        // an accord, aid or arms is no actor, unless a country is written with it)
        if !isPerson, d.organization == nil, d.country == nil, let next = plainToken(end),
           next.isLower(oneOf: TokenLiteral.roleModifiedNouns) { return end }
        // A name after the role: `Foreign Minister Taro Kono`, `the envoy, Sung Kim`.
        if isPerson && !plural {
            if let (person, e) = nameAfter(at: end, role: head, country: m.country) {
                merge(person, into: &m)
                end = e
            } else if isToken(end, .comma), let (person, e) = nameAfter(at: end + 1, role: head, country: m.country),
                      person.personID != nil, isBoundary(e) {
                merge(person, into: &m)
                end = e
            }
        }
        if m.personID != nil {
            end = nameTail(&m, at: end)
        }
        // The text is made once: the role reading needs it (`the President`), and so does the
        // mention.
        var sp: (text: String, start: Int, end: Int)?
        if m.name == nil || (d.organization != nil && !d.roles.isEmpty && isPerson && m.personID == nil) {
            let text = span(d.start, end)
            sp = text
            m.text = text.text
            // ("a group of experts", "the group of mediators" name no armed group)
            let ofFollows = end < segments.count && isLower(end, .of)
            resolveByRole(&m, head: head, isPerson: isPerson, plural: plural, determiner: d.hasDeterminer,
                          hasOrganization: d.organization != nil, ofFollows: ofFollows,
                          afterPlaceWord: previousToken(d.start)?.isLower(oneOf: TokenLiteral.placeWordsBeforeCountry) ?? false,
                          bareTitle: m.country == nil && !d.hasDeterminer && home != nil && isBareTitle(d.start, end),
                          sentenceStart: sentenceStart(of: d.start))
        }
        if let person = d.possessorPerson { focus.push(person, isPerson: true, isPlural: false, gender: gender(of: person)) }
        guard m.country != nil || m.name != nil else { return end }
        let whole = sp ?? span(d.start, end)
        m.text = whole.text
        m.start = whole.start
        m.end = whole.end
        m.code = m.code ?? ActorMention.code(country: m.country, sector: m.sector)
        emit(m, isPerson: isPerson && !plural, plural: plural, gender: gender(of: m), segments: (d.start, end))
        return end
    }

    /// Whether segment `s` is a lowercase plural noun, after a country adjective (`Chinese
    /// jets`, `Russian troops`): the group is plural, so a later `its` is someone else.
    func adjectiveBeforePlural(_ s: Int) -> Bool {
        guard s < segments.count, !isToken(s - 1, .possessive), let t = plainToken(s), t.kind == .word,
              !t.flags.contains(.capitalized), t.byteEnd - t.byteStart >= 4 else { return false }
        let last = bytes[t.byteEnd - 1], before = bytes[t.byteEnd - 2]
        return last == 0x73 && before != 0x73 && before != 0x75 && before != 0x69  // -s, not -ss/-us/-is
    }

    /// Whether token `k` opens a name inside the sentence: a capitalized word that starts no
    /// sentence and is no pronoun or other stop word.
    func startsName(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.isCapitalized && !t.startsSentence && !ActorWords.nameStopWords.contains(tokenText(k))
    }

    /// Role kinds of the people every state has at home (spokespeople, officials, the
    /// government), whom a sentence's opening place ("In Beijing, …") gives a country; not
    /// envoys or ministers, who travel.
    static let homeRoleKinds: Set<String> = ["SPK", "OFF", "GOV"]

    /// Sectors of armed movements that "the group" or "the militia" refers back to.
    static let armedSectors: Set<String> = ["REB", "INS", "SEP", "IMG"]

    /// What follows a person's name: `of Russia`, or an apposition that describes the person
    /// (`, a North Korean military officer`). Returns the segment after what was read.
    func nameTail(_ m: inout ActorMention, at s: Int) -> Int {
        var e = s
        if m.country == nil, isLower(e, .of), e + 1 < segments.count, let (c, _) = countryLike(segments[e + 1].items) {
            // ("Senator Sam Nunn of Georgia": a US lawmaker's state, not the country; the name
            // ends before it)
            if lexicon.countries[c].ambiguity == "us-state", !countryIsActor(c, at: e + 1) {
                m.country = "USA"
                return e
            }
            m.country = lexicon.countries[c].iso3
            e += 2
        }
        if isToken(e, .comma), let d = describe(at: e + 1), d.hasHead,
           // ("At the invitation of Premier Li Qiang, Prime Minister Pham Minh Chinh will …": a
           // title right before another name is that name's, no apposition)
           !(d.end < segments.count && !d.roles.isEmpty && tokens[segments[e + 1].start].isCapitalized
             && startsName(segments[d.end].start)) {
            let head = d.roles.last.map { lexicon.roles[$0.index] }
            guard head?.isPerson ?? false || d.organization != nil else { return e }
            // ("met Defense Minister Wei Fenghe, the foreign ministry said", "greeted by Kim Jong
            // Un, KCNA reported": a body that says something after the name is the sayer, not
            // the person's post)
            // (so are people named in the plural: "with Prime Minister Najib Mikati, Lebanese
            // officials said")
            if !(head?.isPerson ?? false) || d.roles.last?.plural ?? false, d.end < segments.count,
               tokens[segments[d.end].start].isLower(oneOf: TokenLiteral.sayingVerbs)
                || tokens[segments[d.end].start].isLower(oneOf: TokenLiteral.announcingVerbs) { return e }
            let learned = m.personID?.hasPrefix("learned:") ?? true
            if m.country == nil {
                m.country = d.country ?? d.tailOrganization.flatMap { lexicon.organizations[$0].country }
                    ?? d.organization.flatMap { lexicon.organizations[$0].country }
            }
            let sector = d.tailSector ?? d.organization.map { lexicon.organizations[$0].sector } ?? head?.sector
            if m.sector == nil || learned { m.sector = sector ?? m.sector }
            if let head { m.role = head.role; m.roleKind = head.kind }
            if m.country == nil, let c = countryInClause(from: d.end) { m.country = c }
            e = d.end
        }
        return e
    }

    /// Without a name: the holder of the role on the publication date, or the person or country
    /// in focus for `the minister`, `the government`.
    func resolveByRole(_ m: inout ActorMention, head: RoleEntry?, isPerson: Bool, plural: Bool,
                                determiner: Bool, hasOrganization: Bool, ofFollows: Bool = false, afterPlaceWord: Bool = false,
                                bareTitle: Bool = false, sentenceStart: Int = .max) {
        guard let head else { return }
        if isPerson && !plural, let country = m.country, let day, !head.holderKeys.isEmpty, m.personID == nil,
           let (p, t) = lexicon.holder(country: country, keys: head.holderKeys, on: day) {
            let person = lexicon.people[p]
            m.name = person.name
            m.personID = person.id
            m.sector = m.sector ?? person.tenures[t].sector
            if m.how != .metonymy { m.how = .role }
            return
        }
        guard m.country == nil, determiner || bareTitle, !hasOrganization else { return }
        if isPerson && !plural, head.role == "general secretary", !m.text.lowercased().contains("general secretary") {
            // "the Secretary-General": the one last named (NATO's, ASEAN's), else the UN's on the
            // day, never a secretary of state ("general secretary", a party's, is read below)
            if let item = focus.items.last(where: { $0.isPerson && $0.mention.country == "IGO" && ($0.mention.role?.contains("secretary") ?? false) }) {
                let keep = m.role
                m = item.mention
                m.role = keep ?? m.role
            } else if let day, let (p, t) = lexicon.holder(country: "IGO", keys: ["un secretary-general"], on: day) {
                let person = lexicon.people[p]
                m.country = "IGO"
                m.name = person.name
                m.personID = person.id
                m.sector = person.tenures[t].sector
            } else {
                m.country = "IGO"
                m.sector = "IGO"
            }
            m.how = .role
            return
        }
        if head.kind == "STATE" {
            // "cut ties with Qatar, accusing the Gulf state of …", "banned the country's exports":
            // the country last named. (Not where the words name a place: "leave the country",
            // "across the nation", "an address to the nation".)
            guard !plural, !afterPlaceWord, let item = focus.items.last(where: { !$0.isPerson && !$0.mention.isMedia
                    && $0.mention.country.map { $0 != "IGO" && $0 != "NGO" } ?? false }) else { return }
            m.country = item.mention.country
            m.how = .role
            return
        }
        if head.sector == "REB", head.isPerson, m.text.lowercased().hasPrefix("the ") {
            // "the separatists", "the rebels" with no country of their own: the ones last read
            // so, else the country the story last named as an actor, unless that is the
            // publisher's (a rebel group is coded as its own country's)
            if let item = focus.items.last(where: { $0.mention.country != nil && $0.mention.how == .role && $0.mention.sector == "REB" }) {
                m.country = item.mention.country
                m.how = .role
            } else if let country = focus.items.last(where: { !$0.isPerson && !$0.mention.isMedia && $0.mention.country.map { $0 != home && $0 != "IGO" && $0 != "NGO" } ?? false })?.mention.country {
                m.country = country
                m.how = .role
            }
            return
        }
        if isPerson && !plural, let home, bareTitle || isTitleCased(roleIn: m.text) {
            // A government's own release calls its leader `the President`, capitalized and
            // unqualified, even right after naming a foreign president.
            // (unless the title is one only another country has on the day: "the Chief Adviser"
            // in India's answer is Bangladesh's)
            // (or, when the home has none, the last one named: "the President" in Japan's release
            // after "the President of the Philippines")
            if let day, !head.holderKeys.isEmpty, lexicon.holder(country: home, keys: head.holderKeys, on: day) == nil {
                if let (p, t) = lexicon.soleHolder(ofRole: head.role, on: day) {
                    let person = lexicon.people[p]
                    m.country = person.tenures[t].country
                    m.name = person.name
                    m.personID = person.id
                    m.sector = m.sector ?? person.tenures[t].sector
                    m.how = .role
                    return
                }
                if let item = focus.lastPerson(exactRole: head.role, subjectSince: sentenceStart), item.mention.country != nil {
                    let keep = m.role
                    m = item.mention
                    m.role = keep ?? m.role
                    m.how = .role
                    return
                }
            }
            m.country = home
            if let day, !head.holderKeys.isEmpty, let (p, t) = lexicon.holder(country: home, keys: head.holderKeys, on: day) {
                let person = lexicon.people[p]
                m.name = person.name
                m.personID = person.id
                m.sector = m.sector ?? person.tenures[t].sector
            }
            m.how = .role
            return
        }
        if !isPerson && !plural, let home, head.sector == "GOV", bareTitle || isTitleCased(roleIn: m.text),
           Self.selfNames.contains(Self.lastWord(m.text)) {
            // A government's own release calls itself `the Administration` (`the Ministry`, `the
            // Government`), capitalized and unqualified, whatever foreign country it has just named.
            m.country = home
            m.how = .role
            return
        }
        if bareTitle { return }
        if isPerson && !plural {
            let word = Self.lastWord(head.role)
            // (not the subject of its own sentence: a title repeats no name the clause began with)
            if let item = focus.lastPerson(exactRole: head.role, subjectSince: sentenceStart)
                ?? focus.lastPerson(withRole: word, kind: head.kind, subjectSince: sentenceStart) {
                let keep = m.role
                m = item.mention
                m.role = keep ?? m.role
                m.how = .role
            }
        } else if isPerson && plural, m.text.lowercased().hasPrefix("the ") || m.text.lowercased().hasPrefix("both "),
                  let country = focus.sharedCountry(ofLastTwoWithRole: Self.lastWord(head.role)) {
            // "the two generals", "the generals" after General Burhan and General Dagalo: the
            // country of the last two people so titled, when they share one (not the troops of
            // another country named since)
            m.country = country
            m.how = .role
        } else if !isPerson && !plural, head.role == "group", !ofFollows, m.text.lowercased().hasPrefix("the "),
                  let item = focus.items.last(where: { !$0.isPerson && $0.mention.country != nil && Self.armedSectors.contains($0.mention.sector ?? "") }) {
            // "the Iran-backed group", "the militia": the armed movement last named ("the Houthis").
            let role = m.role
            m = item.mention
            m.role = role ?? m.role
            m.how = .role
        } else if !isPerson && !plural, !["state", "side", "government"].contains(head.role),
                  let item = focus.lastGroup(named: Self.lastWord(head.role)) {
            // "the ministry" after "China's commerce ministry", "the council" after "the Security
            // Council": the body last named with that word, whatever country came up since.
            let role = m.role
            m = item.mention
            m.role = role ?? m.role
            m.how = .role
        } else if ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"].contains(head.sector), !["state", "side"].contains(head.role),
                  // ("A delegation of former U.S. defense officials": a body first brought in
                  // with "a" and "of" is whose its members are, not the country in focus)
                  !(ofFollows && (m.text.lowercased().hasPrefix("a ") || m.text.lowercased().hasPrefix("an "))),
                  let country = focus.lastCountry {
            // `the military` is the military last named (`the Burmese military`), whichever
            // country came up since; `the government` is the country in focus.
            m.country = head.sector == "GOV" ? country : (focus.lastCountry(ofSector: head.sector) ?? country)
            m.how = .role
        }
    }

    /// The capitalized words by which a government's body names itself in its own release.
    static let selfNames: Set<String> = ["Administration", "Ministry", "Government", "Department", "Embassy"]

    /// Whether segments `a..<b` are a title without an article, every word capitalized and the
    /// next a lowercase word, as an official answer names its own side ("Foreign Secretary
    /// visited Dhaka", "Government received a note"); not a headline's ("Foreign Minister Arrives")
    /// nor a sentence's capitals.
    func isBareTitle(_ a: Int, _ b: Int) -> Bool {
        guard b < segments.count, let next = plainToken(b), next.kind == .word, !next.isCapitalized else { return false }
        for s in a..<b {
            for k in segments[s].start..<segments[s].end {
                let t = tokens[k]
                if t.kind == .word && (!t.isCapitalized || t.isAllCaps) { return false }
            }
        }
        return true
    }

    /// Whether the role noun of a mention such as `the President` is capitalized while its
    /// article is not (`the President`, not `the president` or a headline's `The President`
    /// alone).
    func isTitleCased(roleIn text: String) -> Bool {
        guard let last = text.split(separator: " ").last, let first = last.unicodeScalars.first else { return false }
        guard ("A"..."Z").contains(first) else { return false }
        return text.hasPrefix("the ") || text.hasPrefix("The ")
    }

    /// Copies what a person mention knows into a role mention; the role written in the text wins.
    func merge(_ person: ActorMention, into m: inout ActorMention) {
        m.name = person.name
        m.personID = person.personID
        let dictionary = person.personID.map { !$0.hasPrefix("learned:") } ?? false
        let generic = m.roleKind.map { ["OFF", "LEADER", "HOS"].contains($0) } ?? true
        if dictionary && (m.country == nil || m.country == person.country) && (generic || person.country == "IGO") {
            m.sector = person.sector ?? m.sector
        }
        if m.country == nil { m.country = person.country }
        if m.sector == nil { m.sector = person.sector }
        if person.how == .learned { m.how = .learned } else if m.how != .metonymy { m.how = .dictionary }
    }

    /// A name right at segment `s`: a person of the tables, a person met before, or an unknown
    /// name (learned now, with what the role says).
    func nameAfter(at s: Int, role: RoleEntry?, country: String?) -> (ActorMention, Int)? {
        guard s < segments.count, !tokens[segments[s].start].startsLine || s == 0 else { return nil }
        if let p = personItem(segments[s].items) {
            return (personMention(p, from: s, to: s + 1), s + 1)
        }
        guard let e = unknownName(at: s, allowSingle: true) else { return nil }
        if let known = knownPerson(at: s, end: e, role: role, country: country) { return (known, e) }
        if e - s == 1 { return nil }
        let sp = span(s, e)
        let name = normalizedName(s, e)
        // "CARACAS - Venezuela expelled … Foreign Minister Yvan Gil summoned …": a minister or
        // head of government no table knows, named without a country, serves the country the
        // story opened with (not a diplomat, who is mostly the foreign side).
        let country = country ?? (role.map { Self.homeKinds.contains($0.kind) || Self.homeRoles.contains($0.role) } ?? false ? openingCountry() : nil)
        let m = ActorMention(text: sp.text, start: sp.start, end: sp.end, country: country, sector: role?.sector,
                             role: role?.role, roleKind: role?.kind, name: name, how: .learned,
                             personID: "learned:" + name)
        return (m, e)
    }

    /// Role kinds whose unknown holders serve the story's own country (see ``nameAfter(at:role:country:)``).
    static let homeKinds: Set<String> = ["HOS", "HOG", "MIN", "SPK"]
    /// Roles of other kinds whose holders serve their own government in its name (a foreign
    /// minister, unlike an ambassador or an envoy, is mostly at home in the story).
    static let homeRoles: Set<String> = ["foreign minister", "foreign secretary", "vice foreign minister", "vice president",
                                         "national security adviser", "military chief"]

    /// The country of the dateline's town, else of the document's first mention of a country
    /// (not an organization). A dateline in a capital that seats international organizations
    /// (Brussels, Vienna), in a text that has named one, is the organization's and no country's
    /// until the text names that country: "Brussels, 05.12.2024 … the High Representative spoke
    /// with President Salome Zourabichvili" in a statement on Georgia.
    func openingCountry() -> String? {
        let first = mentions.first { $0.country != nil && $0.country != "IGO" && $0.country != "NGO" }?.country
        guard let dateline = datelineCountry else { return first }
        if Self.organizationSeats.contains(dateline), mentions.contains(where: { $0.country == "IGO" }),
           !mentions.contains(where: { $0.country == dateline }) {
            return first
        }
        return dateline
    }

    /// Countries whose capitals seat international organizations (Brussels: the EU and NATO;
    /// Vienna: the IAEA, the OSCE and UN offices).
    static let organizationSeats: Set<String> = ["BEL", "AUT"]

    /// The country whose capital opens the text as a dateline in capitals (`MANILA, June 18 -`,
    /// `SEOUL (AP) -`), which the name reader leaves alone.
    /// (The dateline may follow a headline: the first line that opens with a word in capitals
    /// among the text's first three lines is read.)
    func datelineCapital() -> String? {
        var line = 0
        for start in tokens.indices where start == 0 || tokens[start].startsLine {
            line += 1
            if line > 3 { return nil }
            var k = start
            var words: [String] = []
            while k < tokens.count, k < start + 3, tokens[k].kind == .word, tokens[k].isAllCaps {
                words.append(tokenText(k))
                k += 1
            }
            guard !words.isEmpty else { continue }
            guard k < tokens.count, tokens[k].isText(.comma) || tokens[k].isText(.openParenthesis) else { continue }
            let place = words.joined(separator: " ").lowercased()
            if let country = lexicon.countries.first(where: { $0.capitals.contains { $0.lowercased() == place } })?.iso3 { return country }
        }
        return nil
    }

    /// A comma, period or other clause boundary, or a verb, after an appositive name.
    func isBoundary(_ s: Int) -> Bool {
        guard s < segments.count else { return true }
        let t = tokens[segments[s].start]
        if t.kind == .punctuation { return !t.isText(.possessive) }
        return !t.isCapitalized
    }

    /// The name text of segments `a..<b`, tokens joined by single spaces.
    func normalizedName(_ a: Int, _ b: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for k in segments[a].start..<segments[b - 1].end {
            if !out.isEmpty { out.append(0x20) }
            appendTokenText(k, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The portfolio word of a ministry's name (`foreign` of `Ministry of Foreign Affairs`),
    /// which its minister's role holds (`vice foreign minister`).
    static func portfolio(of name: String) -> String? {
        let prefix = "Ministry of "
        guard name.hasPrefix(prefix) else { return nil }
        return name.dropFirst(prefix.count).split(separator: " ").first.map { $0.lowercased() }
    }

    /// The last space-separated word of a role (`minister` of `foreign minister`).
    static func lastWord(_ role: String) -> String {
        guard let space = role.utf8.lastIndex(of: 0x20) else { return role }
        return String(role[role.utf8.index(after: space)...])
    }
}


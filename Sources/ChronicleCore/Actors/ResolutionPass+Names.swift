/// Names first (`Suh Hoon, the Director of ...`, `Mr. Kim`, `Kitamura`), pronouns, the
/// contextual `the North`, and names standing alone (countries, capitals, seats).
extension ResolutionPass {
    /// A person's name, perhaps after an honorific and before an apposition that describes
    /// (and, for an unknown name, teaches) who the person is.
    func readNameFirst(at s: Int) -> Int? {
        var a = s
        var honorificGender: Character?? = nil
        if isClass(a, .honorific), let g = ActorWords.honorifics[text(a)] { honorificGender = g; a += 1 }
        guard a < segments.count else { return nil }
        var m: ActorMention
        var e: Int
        if let p = personItem(segments[a].items), !isNameWord(a + 1) || tokens[segments[a + 1].start].startsLine {
            if isToken(a + 1, .possessive) { return nil }
            m = personMention(p, from: a, to: a + 1)
            e = a + 1
        } else if personItem(segments[a].items) != nil, let tail = unknownName(at: a + 1, allowSingle: true) {
            // A known name followed by more name words is someone else (`Kim Song` + `Hye`).
            if isToken(tail, .possessive) { return nil }
            e = tail
            let name = normalizedName(a, tail)
            let sp = span(a, tail)
            m = focus.person(named: name).map { p in
                ActorMention(text: sp.text, start: sp.start, end: sp.end, country: p.country, sector: p.sector,
                             role: p.role, roleKind: p.roleKind, name: p.name, how: .learned, personID: p.id)
            } ?? ActorMention(text: sp.text, start: sp.start, end: sp.end, name: name, how: .learned,
                              personID: "learned:" + name)
        } else if let end = unknownName(at: a, allowSingle: honorificGender != nil) {
            if isToken(end, .possessive) { return nil }
            e = end
            if let known = knownPerson(at: a, end: end) {
                m = known
            } else {
                // An unknown name teaches something only through an apposition or `represented by`.
                if !isToken(end, .comma), representedBy(before: a) == nil { return end }
                let name = normalizedName(a, end)
                let sp = span(a, end)
                m = ActorMention(text: sp.text, start: sp.start, end: sp.end, name: name, how: .learned,
                                 personID: "learned:" + name)
            }
        } else if honorificGender == nil, isNameWord(a), !isToken(a + 1, .possessive), let known = knownPerson(at: a, end: a + 1) {
            m = known
            e = a + 1
        } else if honorificGender == nil, !isToken(a + 1, .possessive), let known = metPersonOverPlace(at: a) {
            // ("Prime Minister Yoshihiko Noda … Hu told Noda": the surname of a person met in the
            // document is that person, though a town has the name)
            m = known
            e = a + 1
        } else {
            return nil
        }
        let start = s
        var learnedNow = false
        // Apposition: `, the Director of the South Korean National Intelligence Service`.
        let before = e
        e = nameTail(&m, at: e)
        if e != before && m.how == .learned { learnedNow = true }
        // `North Korea, represented by Kim Song Hye`.
        if m.country == nil, m.how == .learned, let host = representedBy(before: a) {
            m.country = host.country
            m.sector = host.sector ?? "GOV"
            learnedNow = true
        }
        if m.how == .learned && m.country == nil && m.sector == nil && !learnedNow {
            return e  // an unknown name that says nothing about an actor
        }
        let sp = span(start, e)
        m.text = sp.text
        m.start = sp.start
        m.end = sp.end
        m.code = ActorMention.code(country: m.country, sector: m.sector)
        let g: Character? = (honorificGender ?? nil) ?? gender(of: m)
        emit(m, isPerson: true, plural: false, gender: g, segments: (start, e))
        return e
    }

    /// The first country named by an adjective or name in a relative clause after an
    /// apposition (`an official who is in charge of North Korean affairs`).
    func countryInClause(from s: Int) -> String? {
        guard isClass(s, .relative) else { return nil }
        var k = s + 1
        while k < segments.count, k < s + 15 {
            let t = tokens[segments[k].start]
            if t.kind == .punctuation && (t.isText(.period) || t.isText(.semicolon) || t.isText(.comma)) { break }
            if let c = adjectiveItem(segments[k].items) { return lexicon.countries[c].iso3 }
            if case .country(let c)? = segments[k].items.first { return lexicon.countries[c].iso3 }
            k += 1
        }
        return nil
    }

    /// The scalar offset where the sentence of segment `s` starts.
    func sentenceStart(of s: Int) -> Int {
        var k = segments[s].start
        while k > 0 && !tokens[k].startsSentence { k -= 1 }
        return tokens[k].start
    }

    /// "He also said he was willing", "Kim said that he would": the speaker of the verb of
    /// saying just before the pronoun, when that speaker is a person of `gender` named (or
    /// meant by a pronoun) at most a few words before the verb.
    func speaker(gender: Character, before s: Int) -> DocumentFocus.Item? {
        guard let k = wordBeforePronoun(s) else { return nil }
        // "Abe made the offer after a call with Trump, saying that he wanted …": after a comma, a
        // participle of saying is said by the person who opened the sentence.
        if afterSayingParticiple(s) {
            return focus.lastSubjectPerson(gender: gender, since: sentenceStart(of: s))
        }
        var verb = k
        // ("he told Congress that he intended …": past the one told, to the verb of telling)
        // (the one told is a name of at most four words, perhaps after "the")
        if !tokens[k].isLower(oneOf: TokenLiteral.sayingVerbs), tokens[segments[s].start - 1].isLower(.that), tokens[k].isCapitalized {
            var j = k
            while j > 0, k - j < 5, tokens[j].isCapitalized || tokens[j].isLower(.the) { j -= 1 }
            if k - j < 5, tokens[j].isLower(oneOf: TokenLiteral.tellingVerbs) { verb = j }
        }
        // ("… called Moon on Tuesday and told President Moon that he …": after "and" the teller
        // is the subject the verbs share)
        if verb != k, verb > 0, tokens[verb - 1].isLower(.and) {
            return focus.lastSubjectPerson(gender: gender, since: sentenceStart(of: s))
        }
        let since = sentenceStart(of: s)
        let teller = verb == k ? nil : mentions.last { $0.end <= tokens[verb].start && tokens[verb].start - $0.end <= 16 && $0.start >= since }
        guard verb != k || tokens[k].isLower(oneOf: TokenLiteral.sayingVerbs),
              // (the last mention may be a pronoun, which the focus does not hold: find its person)
              let m = teller ?? mentionJustBefore(verb, inSentenceOf: s), let name = m.name else { return nil }
        return focus.items.last { $0.isPerson && $0.mention.name == name && ($0.gender == nil || $0.gender == gender) }
    }

    /// "The ministry said it had detected …", "the allies announced they would …": the body
    /// that says, named at most a few words before the verb of saying just before the pronoun.
    func groupSpeaker(before s: Int) -> DocumentFocus.Item? {
        guard let k = wordBeforePronoun(s), Self.saysOrAnnounces(tokens[k]),
              let m = mentionJustBefore(k, inSentenceOf: s) else { return nil }
        return focus.items.last { !$0.isPerson && !$0.mention.isMedia && $0.mention.start == m.start }
    }

    /// "Saudi Arabia closed its border with Qatar and said it would shut …": after "and" and a
    /// verb of saying, `it` or `they` is the group that opened the sentence, not the one last named.
    func coordinatedSayer(before s: Int) -> DocumentFocus.Item? {
        guard let k = wordBeforePronoun(s), k > 0, Self.saysOrAnnounces(tokens[k]), tokens[k - 1].isLower(.and) else { return nil }
        return focus.lastSubjectGroup(since: sentenceStart(of: s))
    }

    /// The plural group that was the subject of the sentence before segment `s`'s, named with
    /// its country.
    func previousPluralSubject(at s: Int) -> DocumentFocus.Item? {
        guard let (previous, current) = previousSentence(at: s) else { return nil }
        // (one whose own words name its country: "the two leaders", read from the context, are
        // the story's pair, which the event coder reads)
        // (and the sentence's only plural group: after "Japanese officials met South Korean
        // diplomats", "They" may be both)
        let plural = focus.items.filter { $0.isPlural && !$0.mention.isMedia && $0.mention.start >= previous && $0.mention.start < current }
        guard let subject = plural.first, subject.isSubject, subject.mention.country != nil, subject.mention.how != .role,
              plural.allSatisfy({ $0.mention.country == subject.mention.country }) else { return nil }
        return subject
    }

    /// Whether the sentence of segment `s` opens with two mentions of different countries joined
    /// by "and" ("The President and the Chancellor agreed …"), before segment `s`.
    func opensWithTwo(before s: Int) -> Bool {
        let since = sentenceStart(of: s)
        let here = tokens[segments[s].start].start
        let named = focus.items.lazy.filter { $0.mention.start >= since && $0.mention.start < here }.prefix(2)
        guard named.count == 2, let a = named.first?.mention, let b = named.dropFirst().first?.mention,
              a.country != nil, b.country != nil, a.country != b.country else { return false }
        var k = segments[s].start
        while k > 0, tokens[k].start > since { k -= 1 }
        // (the first mention opens the sentence, perhaps after "The"; only "and" or "and the"
        // stands between the two)
        let between = tokens[k...].prefix { $0.start < b.start }.filter { $0.start >= a.end }
        let before = tokens[k...].prefix { $0.start < a.start }
        return before.allSatisfy { $0.isLower(.the) } && !between.isEmpty && between.first?.isLower(.and) == true
            && between.dropFirst().allSatisfy { $0.isLower(.the) }
    }

    /// "Japan joined the G7 decision, and on 1 March it froze the assets of …": `it` opening a
    /// clause joined by ", and" (perhaps after a phrase of time) is the singular group that is
    /// the sentence's subject, unless a verb of being follows (", and it was clear that …").
    func coordinatedSubject(at s: Int) -> DocumentFocus.Item? {
        let k = segments[s].start
        guard actingVerbFollows(k) else { return nil }
        var j = k - 1
        while j > 0, k - j <= 5, !tokens[j].isLower(.and) {
            guard tokens[j].kind == .number || tokens[j].classes.contains(.month)
                    || TokenLiteral.openingTimeWords.contains(where: { tokens[j].isLower($0) }) else { return nil }
            j -= 1
        }
        guard j > 0, tokens[j].isLower(.and), tokens[j - 1].isText(.comma) else { return nil }
        let since = sentenceStart(of: s)
        if let subject = focus.lastSubjectGroup(since: since) {
            // (not a subject of two: "Chile and Peru signed the treaty, and it urged …")
            let joined = focus.items.contains { $0.mention.start > subject.mention.end && $0.mention.start <= subject.mention.end + 5 && !$0.isPerson }
            return subject.isPlural || joined ? nil : subject
        }
        // (a subject that was itself `it`: "In the days that followed, it joined …, and on 1 March it froze …")
        guard let m = mentions.last(where: { $0.start >= since && $0.how == .pronoun && $0.country != nil && ($0.text == "it" || $0.text == "It") })
        else { return nil }
        return DocumentFocus.Item(mention: m, isPerson: false, isPlural: false, gender: nil, isSubject: true, isPlace: false)
    }

    /// "On 25 February, Japan decided to freeze … In the days that followed, it joined …": `it`
    /// opening a sentence, perhaps after a phrase of time, before a verb that is not one of being,
    /// is the singular group that was the subject of the sentence before.
    func openingSubject(at s: Int) -> DocumentFocus.Item? {
        let k = segments[s].start
        guard tokens[k].startsSentence || afterOpeningTime(s), actingVerbFollows(k) else { return nil }
        guard let (previous, current) = previousSentence(at: s),
              let item = focus.lastSubjectGroup(since: previous), item.mention.start < current, !item.isPlural else { return nil }
        return item
    }

    /// The offsets where the sentence before segment `s`'s and `s`'s own begin; nil in the first.
    func previousSentence(at s: Int) -> (previous: Int, current: Int)? {
        var k = segments[s].start
        while k > 0 && !tokens[k].startsSentence { k -= 1 }
        guard k > 0 else { return nil }
        let current = tokens[k].start
        k -= 1
        while k > 0 && !tokens[k].startsSentence { k -= 1 }
        return (tokens[k].start, current)
    }

    /// Whether the word after the `it` at token `k` may be an actor's verb: a word, and not one
    /// of ``expletiveVerbs``.
    func actingVerbFollows(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].kind == .word && !Self.expletiveVerbs.contains(tokenText(k + 1).lowercased())
    }

    /// Verbs after which `it` is no actor ("it was", "it seems", "it took three days", "it rained").
    static let expletiveVerbs: Set<String> = ["is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained",
                                              "becomes", "became", "takes", "took", "has", "had", "would", "will", "may", "might", "could",
                                              "rained", "rains", "snowed", "snows", "poured"]

    /// "Hezbollah fired rockets at Israeli positions on Sunday, saying it acted …": after a comma
    /// and a participle of saying, `it` or `they` is the group that opened the sentence.
    func participleSpeaker(before s: Int) -> DocumentFocus.Item? {
        guard afterSayingParticiple(s) else { return nil }
        // (after a dateline the sentence's first group opens it: "BEIRUT, Oct. 9 -- Hezbollah fired …")
        let since = sentenceStart(of: s)
        if let subject = focus.lastSubjectGroup(since: since) { return subject }
        var first: DocumentFocus.Item?
        for item in focus.items.reversed() {
            if item.mention.start < since { break }
            if !item.isPerson && !item.mention.isMedia && item.mention.country != nil { first = item }
        }
        return first
    }

    /// "The White House said China had briefed it on the visit": `it` right after a verb of
    /// informing, in what a body (not a person, not a medium) said, is that body, when the
    /// clause's own subject is another country.
    func informedSayer(before s: Int) -> DocumentFocus.Item? {
        let k = segments[s].start - 1
        guard k > 0, tokens[k].isLower(oneOf: TokenLiteral.informingVerbs) else { return nil }
        var j = k - 1
        while j > 0, !Self.saysOrAnnounces(tokens[j]), !tokens[j].startsSentence { j -= 1 }
        guard j > 0, Self.saysOrAnnounces(tokens[j]) else { return nil }
        let since = sentenceStart(of: s)
        let verbStart = tokens[j].start, informStart = tokens[k].start
        guard let sayer = mentions.last(where: { $0.start >= since && $0.end <= verbStart && verbStart - $0.end <= 16 }),
              let subject = mentions.last(where: { $0.start >= verbStart && $0.end <= informStart }),
              subject.country != nil, subject.country != sayer.country else { return nil }
        return focus.items.last { !$0.isPerson && !$0.mention.isMedia && $0.mention.start == sayer.start }
    }

    /// Whether segment `s` follows ", saying (that)": a participle of saying after a comma.
    func afterSayingParticiple(_ s: Int) -> Bool {
        guard let k = wordBeforePronoun(s), k > 1 else { return false }
        return tokens[k].isLower(oneOf: TokenLiteral.sayingParticiples) && tokens[k - 1].isText(.comma)
    }

    /// The word just before segment `s`, past a complementizer `that` ("said that he"), or nil.
    func wordBeforePronoun(_ s: Int) -> Int? {
        var k = segments[s].start - 1
        guard k > 0 else { return nil }
        if tokens[k].isLower(.that) { k -= 1 }
        return k > 0 ? k : nil
    }

    /// The last mention, when it ends in the sentence of segment `s` at most a few words before
    /// the token `k` (the subject of a verb of saying).
    /// ("Washington, which does not recognize Maduro's government, said it …": a mention that
    /// closes a relative aside right before the verb gives way to the aside's antecedent.)
    func mentionJustBefore(_ k: Int, inSentenceOf s: Int) -> ActorMention? {
        let verbStart = tokens[k].start
        let since = sentenceStart(of: s)
        guard let m = mentions.last, m.start >= since, m.end <= verbStart, verbStart - m.end <= 16 else { return nil }
        guard k > 1, tokens[k - 1].isText(.comma) else { return m }
        var j = k - 1
        while j > 1, tokens[j].start > since {
            j -= 1
            if tokens[j].start >= m.start { continue }
            if tokens[j].isText(.comma) { return m }
            if tokens[j].classes.contains(.relative), !tokens[j].isLower(.that), tokens[j - 1].isText(.comma) {
                let closes = tokens[j - 1].start
                return mentions.last { $0.start >= since && $0.end <= closes && closes - $0.end <= 1 } ?? m
            }
        }
        return m
    }

    /// Whether a word is a verb of saying or announcing (`said`, `announced`, `denied`).
    static func saysOrAnnounces(_ t: ActorToken) -> Bool {
        t.isLower(oneOf: TokenLiteral.sayingVerbs) || t.isLower(oneOf: TokenLiteral.announcingVerbs)
    }

    /// The medium or government body of the sentence before, when `It` opens a sentence with a
    /// verb of saying ("KCNA ran a commentary on Friday. It said …").
    func openingSayer(at s: Int) -> DocumentFocus.Item? {
        guard s + 1 < segments.count, Self.saysOrAnnounces(tokens[segments[s + 1].start]) else { return nil }
        return recentIssuer(before: s, singular: true, preferSubject: true)
    }

    /// `it` before a verb of pressing another ("urged", "called", "condemned"; "also" may come
    /// between): after "and", the group that is the sentence's subject ("South Korea's foreign
    /// ministry warned …, and it urged Russia …"); opening a sentence, the body or medium of the
    /// one before ("The ministry criticized the talks. It urged Russia …").
    func pressingBody(at s: Int) -> DocumentFocus.Item? {
        guard s + 1 < segments.count else { return nil }
        var k = segments[s + 1].start
        if tokens[k].isLower(.also), k + 1 < tokens.count { k += 1 }
        guard tokens[k].isLower(oneOf: TokenLiteral.pressingVerbs) else { return nil }
        let t = tokens[segments[s].start]
        if t.startsSentence { return recentIssuer(before: s, singular: true, preferSubject: true) }
        guard let b = wordBeforePronoun(s), tokens[b].isLower(.and),
              let subject = focus.lastSubjectGroup(since: sentenceStart(of: s)), !subject.isPlural else { return nil }
        // ("Chile and Peru signed the treaty, and it urged …": not one of two joined subjects)
        let end = subject.mention.end
        if focus.items.contains(where: { $0.mention.start > end && $0.mention.start <= end + 5 }) { return nil }
        return subject
    }

    /// The medium or government body last in focus, named in the sentence before segment `s` or
    /// in its own: who issued the statement or commentary the sentence speaks of. With
    /// `preferSubject`, one that opened a clause as its subject before the last ("In a commentary,
    /// KCNA said the drills showed that Washington and Seoul … . It warned …": the one who said,
    /// not a body its words named).
    func recentIssuer(before s: Int, singular: Bool, sentences back: Int = 1, preferSubject: Bool = false) -> DocumentFocus.Item? {
        var k = segments[s].start - 1
        for step in 0..<back {
            if step > 0 && k > 0 { k -= 1 }
            while k > 0 && !tokens[k].startsSentence { k -= 1 }
        }
        let since = tokens[max(0, k)].start
        let issues = { (i: DocumentFocus.Item) in
            (!i.isPerson || back > 1 && i.mention.roleKind == "SPK") && !(singular && i.isPlural)
                && i.mention.country != nil && (i.mention.isMedia || i.mention.sector == "GOV")
        }
        guard let item = focus.items.last(where: issues), item.mention.start >= since else { return nil }
        if preferSubject, let subject = focus.items.last(where: { issues($0) && $0.isSubject && $0.mention.start >= since && $0.mention.start <= item.mention.start }) {
            return subject
        }
        return item
    }

    /// Whether segment `s` follows a preposition and "which" ("in which he …").
    func afterPrepositionWhich(_ s: Int) -> Bool {
        let k = segments[s].start
        guard k >= 2, tokens[k - 1].isLower(.which) else { return false }
        return tokens[k - 2].isLower(oneOf: TokenLiteral.occasionPrepositions)
    }

    /// Whether segment `s` follows `to` and a verb ("to meet him").
    func afterInfinitive(_ s: Int) -> Bool {
        let k = segments[s].start
        guard k >= 2 else { return false }
        return tokens[k - 2].isLower(.to) && tokens[k - 1].kind == .word && !tokens[k - 1].isCapitalized
    }

    /// Whether the person last named before segment `s` follows "with" ("spoke with Erdoğan to
    /// congratulate him"): no object of a verb of asking ("invited Ri to meet him"), so not the
    /// subject of the infinitive; the sentence's subject is.
    func lastPersonAfterWith(before s: Int) -> Bool {
        let k = segments[s].start
        guard let m = mentions.last(where: { $0.personID != nil }),
              let j = tokens[..<k].lastIndex(where: { $0.end <= m.start }) else { return false }
        return tokens[j].isLower(.with)
    }

    /// The person named right before the verb before segment `s`: the subject of "Xi received
    /// him", whom `him` is not.
    func personBeforeVerb(_ s: Int) -> String? {
        let k = segments[s].start
        guard k >= 2, !tokens[k].startsLine, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
              let m = mentions.last, m.personID != nil, m.end == tokens[k - 2].end else { return nil }
        return m.name
    }

    /// Whether segment `s` follows a lower-case word that can be a verb: no preposition,
    /// conjunction or quantifier (``TokenLiteral/nonVerbsBeforeTheir``).
    func afterVerb(_ s: Int) -> Bool {
        guard let p = previousToken(s), p.kind == .word, !p.isCapitalized else { return false }
        return !p.isLower(oneOf: TokenLiteral.nonVerbsBeforeTheir)
    }

    /// Whether segment `s` follows "and" and a verb in -ed ("… and reaffirmed its treaty").
    func afterCoordinatedVerb(_ s: Int) -> Bool {
        let k = segments[s].start
        guard k >= 2, tokens[k - 2].isLower(.and), tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized else { return false }
        return tokenText(k - 1).hasSuffix("ed")
    }

    /// Whether segment `s` follows only a short opening phrase of time of its sentence: at most
    /// six tokens that name no actor and are capitalized words, months, numbers, punctuation or
    /// ``TokenLiteral/openingTimeWords`` ("Three days later", "On April 14,", "In September").
    func afterOpeningTime(_ s: Int) -> Bool {
        var a = s - 1
        while a >= 0 {
            if !segments[a].items.isEmpty { return false }
            if tokens[segments[a].start].startsSentence { break }
            a -= 1
        }
        guard a >= 0 else { return false }
        let first = segments[a].start, k = segments[s].start
        guard k - first <= 6 else { return false }
        return (first..<k).allSatisfy { j in
            tokens[j].kind != .word || tokens[j].isCapitalized || tokens[j].classes.contains(.month)
                || TokenLiteral.openingTimeWords.contains { tokens[j].isLower($0) }
        }
    }

    /// Whether segment `s` follows "and" (or a semicolon) and a short phrase of time in the same
    /// sentence ("…, and this morning he had calls with …", "; on Tuesday he met …").
    func afterAndTime(_ s: Int) -> Bool {
        let k = segments[s].start
        var j = k - 1
        while j >= 0, k - j <= 5, !tokens[j].startsSentence, tokens[j].kind == .word || tokens[j].kind == .number,
              tokens[j].classes.contains(.month) || TokenLiteral.openingTimeWords.contains(where: { tokens[j].isLower($0) })
                || tokens[j].kind == .number || tokens[j].isCapitalized && TokenLiteral.weekdays.contains(where: { tokens[j].isText($0) }) {
            j -= 1
        }
        return j >= 0 && j < k - 1 && (tokens[j].isLower(.and) || tokens[j].isText(.semicolon))
    }

    /// The person of `gender` who opened the sentence before the one segment `s` is in.
    func previousSentenceSubject(gender: Character, at s: Int) -> DocumentFocus.Item? {
        guard let (previous, _) = previousSentence(at: s),
              let item = focus.lastSubjectPerson(gender: gender, since: previous), item.mention.start < tokens[segments[s].start].start else { return nil }
        return item
    }

    /// A one-word name that the tables know as a place, when a person of the document has it
    /// as surname.
    func metPersonOverPlace(at a: Int) -> ActorMention? {
        guard !focus.people.isEmpty, segments[a].end - segments[a].start == 1, !segments[a].items.isEmpty else { return nil }
        let t = tokens[segments[a].start]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, focus.person(key: t.exactHash) != nil,
              segments[a].items.allSatisfy({ if case .place = $0 { true } else { false } }) else { return nil }
        return knownPerson(at: a, end: a + 1)
    }

    /// The actor just before `, represented by` / `led by` / `headed by`.
    func representedBy(before a: Int) -> ActorMention? {
        guard a >= 2, isLower(a - 1, .by), let verb = plainToken(a - 2),
              verb.isLower(oneOf: TokenLiteral.representationVerbs) else { return nil }
        let startToken = tokens[segments[a - 2].start].start
        return mentions.last { $0.end <= startToken && startToken - $0.end <= 3 && $0.country != nil }
    }

    /// `he`, `she`, `they`, `its`; `we` inside a quotation.
    func readPronoun(at s: Int) -> Int? {
        let t = tokens[segments[s].start]
        guard t.kind == .word, !t.isAllCaps else { return nil }
        // ("called on His Excellency President Kenyatta", "Her Majesty's Government": a form of
        // address, not a pronoun)
        if t.isCapitalized, s + 1 < segments.count, Self.honorificNouns.contains(text(s + 1)) { return nil }
        let c = t.classes
        var item: DocumentFocus.Item?
        // "Tillerson said Washington held Pyongyang accountable for the student's death, and he
        // demanded …": after "and" the pronoun subject is the sentence's subject.
        // (so does one right after a semicolon: "he met Modi, …; he also met Pezeshkian")
        // (or after "and" and a time: "Overnight he spoke with al-Jubeir, and this morning he had
        // calls with …")
        let afterAnd = previousToken(s).map { $0.isLower(.and) || $0.isText(.semicolon) } ?? false || afterAndTime(s)
        let coordinated = afterAnd && (t.isLower(.he) || t.isLower(.she))
        // "Kim told Xi that … . He also said …": a pronoun opening a sentence continues the
        // person who opened the sentence before, not the one last named.
        // (so does one after a time that opens the sentence: "Three days later he told Congress")
        let opening = (t.isLower(.he) || t.isLower(.she)) && (t.startsSentence || afterOpeningTime(s))
        // "Blinken raised the case with Lavrov in a call on April 2, in which he demanded …": a
        // pronoun subject of a relative clause about an occasion ("in which", "during which") is
        // the sentence's subject. ("after he pledged …" may be anyone's.)
        let afterOpener = (t.isLower(.he) || t.isLower(.she)) && afterPrepositionWhich(s)
        if c.contains(.malePronoun) {
            item = (coordinated || afterOpener ? focus.lastSubjectPerson(gender: "M", since: sentenceStart(of: s)) : nil)
                ?? (t.isLower(.he) ? speaker(gender: "M", before: s) : nil)
                ?? (opening ? previousSentenceSubject(gender: "M", at: s) : nil)
                ?? focus.lastPerson(gender: "M", notSubjectBefore: t.isLower(.him) ? t.start : nil, sentenceStart: sentenceStart(of: s),
                                    infinitive: afterInfinitive(s) && !lastPersonAfterWith(before: s), clauseSubject: t.isLower(.him) ? personBeforeVerb(s) : nil)
        } else if c.contains(.femalePronoun) {
            item = (coordinated || afterOpener ? focus.lastSubjectPerson(gender: "F", since: sentenceStart(of: s)) : nil)
                ?? (t.isLower(.she) ? speaker(gender: "F", before: s) : nil)
                ?? (opening ? previousSentenceSubject(gender: "F", at: s) : nil)
                ?? focus.lastPerson(gender: "F")
        } else if c.contains(.pluralPronoun) {
            // ("The President and the Chancellor agreed …, and they urged Moscow …": the two who
            // opened the sentence, together; no one mention is meant, the event coder reads them)
            if t.isLower(.they), afterAnd, opensWithTwo(before: s) { return nil }
            item = (t.isLower(.they) ? coordinatedSayer(before: s) ?? groupSpeaker(before: s) ?? participleSpeaker(before: s) : nil)
                // ("Russian officials flatly refused … They have gone so far as to threaten Romania
                // and Poland": "They" opening a sentence goes on with the plural subject of the one
                // before, not with the last countries named)
                ?? (t.isLower(.they) && t.startsSentence ? previousPluralSubject(at: s) : nil)
                ?? (t.isLower(.them) ? focus.lastPluralGroup(since: sentenceStart(of: s)) : nil)
                // ("EU foreign ministers express their support for Britain": a verb's object
                // owned by "their" is owned by the plural subject of the sentence)
                ?? (t.isLower(.their) && afterVerb(s) ? focus.lastPluralSubject(since: sentenceStart(of: s)) : nil)
                ?? focus.lastGroup(plural: true)
        } else if t.isLower(.it) {
            // "The ministry said it had detected …": only right after a verb of saying is `it`
            // an actor (the body that says); so is an `It` that opens a sentence before one ("It
            // said the United States should stop …": the medium or body just named).
            guard let speaker = coordinatedSayer(before: s) ?? groupSpeaker(before: s) ?? (t.startsSentence ? openingSayer(at: s) : nil)
                    ?? participleSpeaker(before: s) ?? informedSayer(before: s) ?? pressingBody(at: s)
                    ?? coordinatedSubject(at: s) ?? openingSubject(at: s) else { return nil }
            item = speaker
        } else if c.contains(.its) {
            // "The United States condemned China's actions and reaffirmed its defence treaty":
            // the object of a verb coordinated with "and" is owned by the subject it shares.
            item = (afterCoordinatedVerb(s) ? focus.lastSubjectGroup(since: sentenceStart(of: s)).flatMap { $0.isPlural ? nil : $0 } : nil)
                ?? focus.lastGroup(plural: false)
        } else if c.contains(.firstPlural) {
            if !t.inQuote, let declared = weDeclaration(after: s) { focus.declaredWe = declared }
            item = focus.firstPerson(inQuote: t.inQuote, singular: false)
        } else if c.contains(.firstSingular), !t.isText(.capitalMe), !t.isText(.lowerI), !t.isText(.capitalMy) || t.startsSentence {
            item = focus.firstPerson(inQuote: t.inQuote, singular: true)
        } else {
            return nil
        }
        guard let item else { return s + 1 }
        var m = item.mention
        m.text = tokenText(segments[s].start)
        m.start = t.start
        m.end = t.end
        m.how = .pronoun
        m.isReporter = false
        mentions.append(m)
        // ("In a lengthy post, he accused Trump of … . He also offered his plane": a subject
        // pronoun opening its clause keeps its person the subject for the next sentence's "He")
        // (or after a time that opens the sentence: "The next day he met Modi, …; he also met …")
        if item.isPerson, t.isLower(.he) || t.isLower(.she),
           t.startsSentence || opensAfterFrontedPhrase(segments[s].start, mentionStart: m.start) || afterOpeningTime(s) {
            focus.push(m, isPerson: true, isPlural: false, gender: item.gender, isSubject: true)
        }
        return s + 1
    }

    /// "We, the Foreign Ministers of the Member States of the Association of Southeast Asian
    /// Nations (ASEAN), met …": the body or country an apposition after `We` and a comma names
    /// (its last organization, else its one country), or nil. The apposition opens with `the`
    /// and ends at the next comma outside parentheses and lists, within 30 tokens.
    func weDeclaration(after s: Int) -> DocumentFocus.Item? {
        guard isToken(s + 1, .comma), isLower(s + 2, .the) else { return nil }
        var organization: Int?
        var countries: Set<Int> = []
        var depth = 0
        var k = s + 2
        let limit = segments[s].start + 30
        while k < segments.count, segments[k].start < limit {
            let items = segments[k].items
            if items.isEmpty {
                let t = tokens[segments[k].start]
                if t.isText(.openParenthesis) { depth += 1 } else if t.isText(.closeParenthesis) { depth = max(0, depth - 1) }
                // (a comma inside a list of countries goes on: "the Foreign Ministers of
                // Australia, India, Japan and the United States,")
                if depth == 0, t.isText(.comma), k + 1 >= segments.count || countryLike(segments[k + 1].items) == nil { break }
                if t.startsSentence || t.startsLine { return nil }
            } else if let o = organizationItem(items), lexicon.organizations[o].country != nil {
                organization = o
            } else if let (c, _) = countryLike(items) {
                countries.insert(c)
            } else if let c = adjectiveItem(items) {
                countries.insert(c)
            }
            k += 1
        }
        guard k < segments.count, segments[k].start < limit else { return nil }
        var m: ActorMention
        if let o = organization {
            let org = lexicon.organizations[o]
            m = ActorMention(text: "", start: 0, end: 0, country: org.country, sector: org.sector(on: day),
                             code: org.code(on: day), how: .dictionary)
            m.name = org.name
        } else if countries.count == 1, let c = countries.first {
            let iso = lexicon.countries[c].iso3
            m = ActorMention(text: "", start: 0, end: 0, country: iso, sector: "GOV",
                             code: ActorMention.code(country: iso, sector: "GOV"), how: .dictionary)
        } else {
            return nil
        }
        return DocumentFocus.Item(mention: m, isPerson: false, isPlural: true, gender: nil)
    }

    /// `the North` / `the South` (and `the northern side` / `the southern side`) in a document about Korea.
    func readContextualKorea(at s: Int) -> Int? {
        guard mentionsKorea, isWord(s), isToken(s, .the) || isToken(s, .capitalThe), s + 1 < segments.count,
              segments[s + 1].items.isEmpty else { return nil }
        let word = tokens[segments[s + 1].start]
        // `the southern side`, `the northern side`: the delegations of a talk between the Koreas.
        if word.isLower(.southern) || word.isLower(.northern), s + 2 < segments.count,
           tokens[segments[s + 2].start].isLower(.side), segments[s + 2].end == segments[s + 2].start + 1,
           // `the southern side of the river` is a place (`accused the southern side of delays` is not)
           !(s + 4 < segments.count && tokens[segments[s + 3].start].isLower(.of) && isClass(s + 4, .determiner)) {
            let iso = word.isLower(.northern) ? "PRK" : "KOR"
            let sp = span(s, s + 3)
            emit(ActorMention(text: sp.text, start: sp.start, end: sp.end, country: iso, sector: "GOV",
                              code: ActorMention.code(country: iso, sector: "GOV"), how: .learned),
                 isPerson: false, plural: false, gender: nil, segments: (s, s + 3))
            return s + 3
        }
        guard word.isText(.north) || word.isText(.south) else { return nil }
        if s + 2 < segments.count, tokens[segments[s + 2].start].isCapitalized { return nil }
        let iso = word.isText(.north) ? "PRK" : "KOR"
        let sp = span(s, s + 2)
        emit(ActorMention(text: sp.text, start: sp.start, end: sp.end, country: iso, code: iso, how: .learned),
             isPerson: false, plural: false, gender: nil, segments: (s, s + 2))
        return s + 2
    }

    /// "Allies have provided Ukraine with …" in a text that has named NATO: the capitalized
    /// "Allies" of NATO's own prose is NATO (not in a title-cased headline: "United States,
    /// Allies Strike …").
    func readAllies(at s: Int) -> Int? {
        let k = segments[s].start
        let t = tokens[k]
        guard t.isText(.allies), !titleCase[k],
              let nato = focus.items.last(where: { $0.mention.code == "IGOWSTNAT" || $0.mention.name == "NATO" }) else { return nil }
        var m = nato.mention
        let sp = span(s, s + 1)
        (m.text, m.start, m.end, m.how) = (sp.text, sp.start, sp.end, .role)
        (m.role, m.roleKind, m.sector, m.name) = (nil, nil, "MIL", "NATO")
        emit(m, isPerson: false, plural: true, gender: nil, segments: (s, s + 1))
        return s + 1
    }

    /// "a Tehran-based firm", "a Dubai-based trading company": a body based in a known capital,
    /// town or country is of that country. ("the Iran-backed group" is not Iran's: only "-based"
    /// says where a body is.)
    func readBasedIn(at s: Int) -> Int? {
        let t = tokens[segments[s].start]
        guard t.kind == .word, t.isCapitalized, segments[s].end == segments[s].start + 1,
              t.byteEnd - t.byteStart > 6, bytes[t.byteEnd - 6] == 0x2D, bytes[t.byteEnd - 1] | 0x20 == 0x64 else { return nil }  // "-…d"
        let text = tokenText(segments[s].start)
        guard text.lowercased().hasSuffix("-based") else { return nil }
        let prefix = String(text.dropLast(6))
        let items = lexicon.items(ofPhrase: prefix)
        // (a country, capital or seat as ``countryLike(_:)`` reads one, else a town)
        let country = countryLike(items).map { lexicon.countries[$0.0].iso3 }
            ?? items.lazy.compactMap { item -> String? in if case .place(let p) = item { self.lexicon.places.places[p].country } else { nil } }.first
        // (a firm or a group is registered where it is based; "Berlin-based reporters" may be
        // of any country)
        let after = segments[s].end
        guard let country, (after..<min(after + 3, tokens.count)).contains(where: { k in
            tokens[k].kind == .word && Self.basedBodies.contains(tokenText(k).lowercased())
        }) else { return nil }
        let sp = span(s, s + 1)
        emit(ActorMention(text: sp.text, start: sp.start, end: sp.end, country: country, sector: nil,
                          code: ActorMention.code(country: country, sector: nil), how: .dictionary),
             isPerson: false, plural: false, gender: nil, segments: (s, s + 1))
        return s + 1
    }

    /// "A Hwasong-18 ICBM flew …", "another Hwasong-18", "a Fattah missile": a weapon of a family
    /// only its maker fires (`Resources/actors/weapons.tsv`) is that country's military's.
    func readWeapon(at s: Int) -> Int? {
        let k = segments[s].start
        guard tokens[k].kind == .word, tokens[k].isCapitalized, segments[s].end == k + 1 else { return nil }
        // (bytes first: a hyphen before a digit, or a next word that may name a missile)
        let t = tokens[k]
        let hyphenDigit = (t.byteStart..<(t.byteEnd - 1)).contains { bytes[$0] == 0x2D && (0x30...0x39).contains(bytes[$0 + 1]) }
        guard hyphenDigit || k + 1 < tokens.count && tokens[k + 1].kind == .word
                && Self.missileInitials.contains(bytes[tokens[k + 1].byteStart] | 0x20) else { return nil }
        let text = tokenText(k)
        let family: Substring
        if let hyphen = text.firstIndex(of: "-") {
            // (the model: digits and at most a letter or two, "18", "41", "3B")
            let model = text[text.index(after: hyphen)...]
            guard let first = model.first, first.isNumber, model.count <= 4 else { return nil }
            family = text[..<hyphen]
        } else {
            guard k + 1 < tokens.count, tokens[k + 1].kind == .word,
                  Self.missileWords.contains(tokenText(k + 1).lowercased()) else { return nil }
            family = Substring(text)
        }
        guard let country = Self.weaponFamilies[String(family)] else { return nil }
        let sp = span(s, s + 1)
        var m = ActorMention(text: sp.text, start: sp.start, end: sp.end, country: country, sector: "MIL",
                             code: ActorMention.code(country: country, sector: "MIL"), how: .dictionary)
        m.role = "weapon"
        emit(m, isPerson: false, plural: false, gender: nil, segments: (s, s + 1))
        return s + 1
    }

    /// "The amphibious assault ship USS Boxer destroyed …", "HMS Montrose moved between …": a
    /// ship named with its navy's prefix (`Resources/actors/ships.tsv`) and one to three
    /// capitalized words is that country's military.
    func readShip(at s: Int) -> Int? {
        let k = segments[s].start
        guard segments[s].end == k + 1, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        // (bytes first: a prefix is two to five letters, the first two capitals)
        let t = tokens[k]
        guard (2...5).contains(t.byteEnd - t.byteStart), (0x41...0x5A).contains(bytes[t.byteStart + 1]),
              let country = Self.shipPrefixes[tokenText(k)] else { return nil }
        var e = s + 1
        while e < segments.count, segments[e].end - k <= 4,
              (segments[e].start..<segments[e].end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) {
            e += 1
        }
        guard e > s + 1 else { return nil }
        let sp = span(s, e)
        emit(ActorMention(text: sp.text, start: sp.start, end: sp.end, country: country, sector: "MIL",
                          code: ActorMention.code(country: country, sector: "MIL"), how: .dictionary),
             isPerson: false, plural: false, gender: nil, segments: (s, e))
        return e
    }

    /// Navies' ship prefixes and their countries (`Resources/actors/ships.tsv`).
    static let shipPrefixes = countryTable("ships", first: "prefix")

    /// Words for a missile or rocket after a weapon family's name ("a Fattah missile").
    static let missileWords: Set<String> = ["missile", "missiles", "rocket", "rockets", "icbm", "icbms", "irbm", "slbm"]
    /// The first bytes of ``missileWords``, lowercased: a quick test before a word's text is built.
    static let missileInitials: Set<UInt8> = Set(missileWords.compactMap(\.utf8.first))

    /// Weapon families and their countries (`Resources/actors/weapons.tsv`).
    static let weaponFamilies = countryTable("weapons", first: "family")

    /// A table of `Resources/actors/` whose rows map a word (the first field) to an ISO3
    /// country (the second). Loaded on first use; a missing or malformed table stops the
    /// program, as the other actor tables do.
    static func countryTable(_ name: String, first: String) -> [String: String] {
        do {
            let table = try ActorTable.load(name)
            var countries: [String: String] = [:]
            for (line, f) in table.rows {
                guard f.count >= 2, table.field(f, 1).utf8.count == 3 else { throw table.malformed(line, "expected \(first) and ISO3 country") }
                countries[table.field(f, 0)] = table.field(f, 1)
            }
            return countries
        } catch {
            fatalError("Chronicle actor resources do not load: \(error)")
        }
    }

    /// Nouns of bodies whose base names their country (``readBasedIn(at:)``).
    static let basedBodies: Set<String> = [
        "firm", "firms", "company", "companies", "entity", "entities", "bank", "banks", "supplier", "suppliers",
        "manufacturer", "manufacturers", "producer", "producers", "exporter", "exporters", "importer", "importers",
        "trader", "traders", "distributor", "distributors", "network", "networks", "group", "groups", "militants",
        "organization", "organisation", "organizations", "organisations", "business", "businesses", "front", "fronts",
        "charity", "charities", "subsidiary", "subsidiaries", "conglomerate", "conglomerates", "airline", "airlines",
        "shipper", "shippers", "operator", "operators", "intermediary", "intermediaries", "facilitator", "facilitators",
    ]

    /// "The commentary branded the drills …", "The statement warned …": a message that opens a
    /// sentence speaks for whoever issued it, the medium or government body last in focus (in
    /// this sentence or the one before), or a spokesperson named up to three sentences back.
    func readMessageSubject(at s: Int) -> Int? {
        guard isToken(s, .capitalThe), tokens[segments[s].start].startsSentence, s + 2 < segments.count, isWord(s + 1),
              segments[s + 1].end == segments[s + 1].start + 1,
              tokens[segments[s + 1].start].isLower(oneOf: TokenLiteral.messageNouns) else { return nil }
        let after = tokens[segments[s + 2].start]
        // (a spokesperson's statement three sentences on: "A spokesperson for the Foreign
        // Ministry slammed … The spokesperson said in a press statement … 'Quote,' the statement
        // warned … The statement also denounced Japan …")
        guard after.kind == .word, !after.isCapitalized, !after.isLower(.of), !after.isLower(.by),
              let item = recentIssuer(before: s, singular: false) ?? recentIssuer(before: s, singular: false, sentences: 3) else { return nil }
        let sp = span(s, s + 2)
        var m = item.mention
        m.text = sp.text
        m.start = sp.start
        m.end = sp.end
        m.how = .role
        emit(m, isPerson: false, plural: false, gender: nil, segments: (s, s + 2))
        return s + 2
    }

    /// A country, capital, seat or demonym standing alone, read in context.
    func readStandalone(at s: Int) -> Int? {
        var a = s
        if isClass(s, .determiner), s + 1 < segments.count, !segments[s + 1].items.isEmpty {
            a = s + 1
        }
        let items = segments[a].items
        guard let first = items.first else { return nil }
        var m: ActorMention?
        var plural = false
        switch first {
        case .country(let c):
            let cityState = items.contains { if case .capital(c) = $0 { return true }; return false }
            if cityState && isPlaceContext(a) { return a + 1 }
            if countryIsActor(c, at: a) {
                m = ActorMention(text: "", start: 0, end: 0, country: lexicon.countries[c].iso3, how: .dictionary)
            }
        case .seat(let c):
            if seatIsActor(at: a) {
                m = ActorMention(text: "", start: 0, end: 0, country: lexicon.countries[c].iso3, sector: "GOV",
                                 how: .metonymy)
            }
        case .capital(let c):
            if capitalIsActor(at: a) {
                m = ActorMention(text: "", start: 0, end: 0, country: lexicon.countries[c].iso3, sector: "GOV",
                                 how: .metonymy)
            }
        case .demonym(let c):
            m = ActorMention(text: "", start: 0, end: 0, country: lexicon.countries[c].iso3, sector: "CVL",
                             how: .dictionary)
            plural = true
        default:
            return a + 1
        }
        guard var mention = m else { return a + 1 }
        let from = a
        let sp = span(from, a + 1)
        mention.text = sp.text
        mention.start = sp.start
        mention.end = sp.end
        mention.code = ActorMention.code(country: mention.country, sector: mention.sector)
        emit(mention, isPerson: false, plural: plural, gender: nil, segments: (from, a + 1))
        return a + 1
    }

    /// A mention that opens a line and is followed by `:` (or `.` and more text) labels a
    /// transcript turn; a person alone on one of the first lines of a statement is its byline.
    func noteSpeaker(_ range: (Int, Int), isPerson: Bool, plural: Bool, gender: Character?) {
        let firstToken = segments[range.0].start
        let lastToken = segments[range.1 - 1].end - 1
        let bracketed = firstToken > 0 && tokens[firstToken - 1].isText(.openParenthesis)
        guard tokens[firstToken].startsLine || lineIndex[firstToken] == 0
            || (firstToken > 0 && tokens[firstToken - 1].startsLine) || bracketed, let item = focus.items.last else { return }
        let opensLine = tokens[firstToken].startsLine || (firstToken > 0 && tokens[firstToken - 1].startsLine
            && tokens[firstToken - 1].kind == .word && tokens[firstToken - 1].isText(oneOf: TokenLiteral.determiners))
        if opensLine, lastToken + 1 < tokens.count, !tokens[lastToken + 1].startsLine {
            let next = tokens[lastToken + 1]
            if (next.isText(.colon) && (isPerson || !labelsTitle(after: lastToken + 1)))
                || (next.isText(.period) && lastToken + 2 < tokens.count && !tokens[lastToken + 2].startsLine && isPerson) {
                focus.turnSpeaker = item
                if let k = mentions.lastIndex(where: { $0.start == item.mention.start }) { mentions[k].isTurn = true }
                return
            }
        }
        // A parliamentary record's turns: a name alone on its line before the speech, perhaps with
        // seat and party in brackets ("Tulip Siddiq (Hampstead and Kilburn) (Lab)"), or in brackets
        // after the office ("The Secretary of State for Foreign Affairs (Elizabeth Truss)").
        if isPerson, !plural, hansardLabel(firstToken, lastToken, opensLine: opensLine) {
            focus.turnSpeaker = item
            if let k = mentions.lastIndex(where: { $0.start == item.mention.start }) { mentions[k].isTurn = true }
            return
        }
        if bracketed && !opensLine { return }
        // A title naming the speaker: `President Obama's remarks on ...`, `Press Conference by
        // President Trump`.
        if isPerson, !plural, lineIndex[firstToken] == 0, focus.documentSpeaker == nil {
            var k = lastToken + 1
            let endsPossessive = tokens[lastToken].isText(.possessive)
            if endsPossessive { k = lastToken + 1 } else if k < tokens.count, tokens[k].isText(.possessive) { k += 1 }
            let titled = k < tokens.count && k > lastToken + (endsPossessive ? 0 : 1)
                && tokens[k].classes.contains(.speechNoun)
            let by = firstToken > 0 && tokens[firstToken - 1].isLower(.by) && !tokens[firstToken].startsLine
            if titled || by { focus.documentSpeaker = item }
        }
        if opensLine, isPerson, !plural {
            let lineEnds = lastToken + 1 >= tokens.count || tokens[lastToken + 1].startsLine
            if lineEnds, lineIndex[firstToken] < 12, focus.documentSpeaker == nil, focus.turnSpeaker == nil {
                focus.documentSpeaker = item
            }
        }
    }

    /// Whether the line that goes on after the colon at token `colon` is a title rather than
    /// speech: it ends without a period, a question or an exclamation mark ("Honduras:
    /// Statements by Secretary of State Clinton"; not "Egypt: The ministry condemned the raid.").
    func labelsTitle(after colon: Int) -> Bool {
        var k = colon + 1
        while k + 1 < tokens.count, !tokens[k + 1].startsLine { k += 1 }
        guard k > colon, k < tokens.count else { return false }
        return !tokens[k].isText(oneOf: TokenLiteral.sentenceEnds)
    }

    /// Whether the person from token `first` to `last` labels a turn of a parliamentary record
    /// (see ``noteSpeaker(_:isPerson:plural:gender:)``): its line holds nothing else but brackets,
    /// or it stands in the brackets that end a line, and a line of speech follows.
    func hansardLabel(_ first: Int, _ last: Int, opensLine: Bool) -> Bool {
        var end = last + 1
        while end < tokens.count, !tokens[end].startsLine { end += 1 }
        guard end < tokens.count else { return false }
        if first > 0, tokens[first - 1].isText(.openParenthesis), end == last + 2, tokens[last + 1].isText(.closeParenthesis) {
            var start = first - 1
            while start > 0, !tokens[start].startsLine { start -= 1 }
            return start < first - 1 && tokens[start].isCapitalized
        }
        guard opensLine else { return false }
        if end == last + 1 { return focus.turnSpeaker != nil }
        return tokens[last + 1].isText(.openParenthesis) && tokens[end - 1].isText(.closeParenthesis)
    }

    /// `X said:` or `X said, "…`: the person just put in focus speaks the quotation that
    /// follows.
    func noteQuoteSpeaker(after end: Int) {
        var k = segments[end - 1].end
        guard k < tokens.count, tokens[k].classes.contains(.quoteVerb) else { return }
        k += 1
        if k < tokens.count, tokens[k].isText(.comma) || tokens[k].isText(.colon) { k += 1 }
        guard k < tokens.count, tokens[k].isText(.quote) || tokens[k - 1].isText(.colon) else { return }
        focus.quoteSpeaker = focus.items.last
    }

    /// Whether the token at `k` opens its sentence's main clause after a short fronted phrase
    /// with no actor in it ("Separately, the Secretary spoke …", "On Monday, Kim met …").
    func opensAfterFrontedPhrase(_ k: Int, mentionStart: Int) -> Bool {
        // (a day without a comma too: "On Monday Foreign Minister Wang Yi told …")
        let day = k >= 2 && tokens[k - 1].isText(oneOf: TokenLiteral.weekdays)
            && tokens[k - 2].startsSentence && tokens[k - 2].isLower(oneOf: TokenLiteral.dayPrepositions)
        if day { return true }
        guard k >= 2, tokens[k - 1].isText(.comma) else { return false }
        var j = k - 2
        while j > 0, k - j <= 9, !tokens[j].startsSentence { j -= 1 }
        // (a phrase of place or occasion may run longer: "At an informal meeting in Bremen, EU
        // foreign ministers …")
        guard tokens[j].startsSentence, k - j <= 6 || tokens[j].isLower(oneOf: TokenLiteral.occasionPrepositions) else { return false }
        let sentence = tokens[j].start
        // (the sentence's mentions are the last ones: read back only through them)
        for m in mentions.reversed() {
            if m.start < sentence { break }
            if m.start < mentionStart { return false }
        }
        return true
    }

    /// Appends a mention, marks reporters, and puts it in focus.
    /// "…, Mr. President, …", "Madam Secretary": a title after an honorific with no name is
    /// the person addressed, the last person named with that role who is not the one speaking.
    func readVocative(at s: Int) -> Int? {
        guard isClass(s, .honorific), Self.vocativeHonorifics.contains(text(s)), s + 1 < segments.count,
              let (r, plural) = roleItem(segments[s + 1].items), !plural, tokens[segments[s + 1].start].isCapitalized,
              s + 2 >= segments.count || tokens[segments[s + 2].start].kind == .punctuation else { return nil }
        let word = Self.lastWord(lexicon.roles[r].role)
        let speaker = focus.turnSpeaker?.mention.personID
        guard let item = focus.items.last(where: { $0.isPerson && $0.mention.personID != nil && $0.mention.personID != speaker
                && ($0.mention.role?.contains(word) ?? false) }) else { return nil }
        var m = item.mention
        let sp = span(s, s + 2)
        (m.text, m.start, m.end, m.how) = (sp.text, sp.start, sp.end, .role)
        emit(m, isPerson: true, plural: false, gender: item.gender, segments: (s, s + 2))
        return s + 2
    }

    /// Nouns that make a capitalized "His", "Her" or "Your" a form of address.
    static let honorificNouns: Set<String> = ["Excellency", "Excellencies", "Majesty", "Highness", "Holiness", "Royal"]

    /// Honorifics that make a bare title a form of address.
    static let vocativeHonorifics: Set<String> = ["Mr.", "Mr", "Madam", "Madame", "Mister"]

    func emit(_ m: consuming ActorMention, isPerson: Bool, plural: Bool, gender: Character?, segments range: (Int, Int)) {
        // Fields are set only when they change: a mention shares its storage with copies.
        if !m.isMedia && m.sector == "MED" { m.isMedia = true }
        if m.isMedia {
            let reporter = isReporterContext(range.0, range.1)
            if reporter != m.isReporter { m.isReporter = reporter }
        }
        let first = tokens[segments[range.0].start]
        let k = segments[range.0].start
        // (or the subject of a question after its auxiliary: "Has the Secretary talked to Lavrov?")
        let questioned = k >= 1 && tokens[k - 1].isLower(oneOf: TokenLiteral.questionAuxiliaries)
            && (tokens[k - 1].startsSentence || k >= 2 && tokens[k - 2].isText(.colon))
        let subject = first.startsSentence || questioned || opensAfterFrontedPhrase(k, mentionStart: m.start)
        mentions.append(copy m)
        focus.push(m, isPerson: isPerson, isPlural: plural, gender: gender, isSubject: subject,
                   isPlace: !isPerson && namesPlace(range.0))
        noteSpeaker(range, isPerson: isPerson, plural: plural, gender: gender)
        if isPerson, !plural, !first.inQuote, m.country != nil { noteQuoteSpeaker(after: range.1) }
        if isPerson, let name = m.name, let id = m.personID {
            focus.remember(DocumentFocus.Person(
                name: name, id: id, country: m.country, sector: m.sector, role: m.role, roleKind: m.roleKind,
                gender: gender, learned: id.hasPrefix("learned:")))
        }
    }
}

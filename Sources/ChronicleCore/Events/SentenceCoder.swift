/// Codes the events of one sentence: clause frames matched to verb patterns, event nouns
/// matched to noun patterns, with complements, modes and symmetric acts resolved.
struct SentenceCoder: Sendable {
    let lexicon: PatternLexicon
    let ontology: CAMEOOntology
    let reader: ClauseReader
    let matcher: EventMatcher

    init(lexicon: PatternLexicon, ontology: CAMEOOntology) {
        self.lexicon = lexicon
        self.ontology = ontology
        self.reader = ClauseReader(lexicon: lexicon, lemmatizer: .shipped)
        self.matcher = EventMatcher(lexicon: lexicon, ontology: ontology)
    }

    /// Light verbs whose object or prepositional noun names the act (`held talks with`).
    static let lightVerbs: Set<String> = [
        "hold", "have", "attend", "conduct", "launch", "make", "stage", "host", "join", "begin",
        "continue", "resume", "carry", "wrap", "lead", "open", "start", "complete", "conclude",
        "take", "give", "deliver", "send", "pay", "extend", "express", "offer", "issue", "see",
        "announce", "agree", "end", "mark", "finish", "plan", "propose", "arrive",
        "travel", "go", "come", "return", "spend", "be", "sign", "reach", "secure", "witness", "respond", "retaliate", "reply",
        "kick",
    ]

    /// Possessive determiners that resolve to an actor ("his counterpart").
    static let possessiveDeterminers: Set<String> = ["his", "her", "their", "its", "our", "my"]

    /// The candidate events of a sentence.
    func candidates(_ s: EventSentence, cache: LemmaCache? = nil) -> [EventCandidate] {
        // Every event has a source among the sentence's actors (or its speaker, also an actor span).
        guard !s.actors.isEmpty else { return [] }
        // A question asserts nothing ("Has the Secretary spoken to the Egyptian minister?").
        if let last = s.tokens.last(where: { !$0.is(.quote) }), last.isWord(.questionMark) { return [] }
        let analysis = ClauseReader.Analysis(s, cache: cache ?? reader.lemmas.cache())
        let frames = reader.frames(of: s, analysis)
        var out: [EventCandidate] = []
        var consumed = Set<Int>()
        var matcher = self.matcher
        let actors = s.actors
        matcher.actorCountry = { actors[$0].country }
        matcher.actorIsPlace = { actors[$0].isPlace }
        matcher.actorIsWeapon = { actors[$0].record?.role == "weapon" }
        let tokens = s.tokens, times = s.times
        // ("called Taiwan the 'first red line' the U.S. must not cross": a name given between
        // two actors is no call either; the object must be actors, their joints and times)
        matcher.endsWithActor = { argument in
            guard let last = argument.actors.last else { return false }
            let end = actors[last].end
            return argument.tokens.allSatisfy { i in
                let t = tokens[i]
                return t.start < end && argument.actors.contains { actors[$0].start <= t.start && t.end <= actors[$0].end }
                    || t.start < end && t.is(.determiner)
                    || t.is(.punctuation) || t.is(.conjunction)
                    || times.contains { $0.start <= t.start && t.end <= $0.end }
            }
        }
        // Frames are read in place (by index): a frame holds a dozen arrays and sets.
        var hits = frames.indices.map { matcher.bestVerbPattern(frames[$0], frames: frames) }
        // "said the United States would suffer the greatest pain": a threat read from what is
        // said needs the said act to be still to come; "said Japan suffered losses", "said it
        // regretted Panama's choice" is no threat, and what is said is coded on its own.
        for fi in hits.indices {
            guard let h = hits[fi], h.pattern.code.hasPrefix("13"),
                  h.pattern.constraints.contains(where: { $0.kind == .ccomp && !$0.words.isEmpty }),
                  let k = frames[fi].complement, Set(frames[k].modals).isDisjoint(with: Self.futureModals) else { continue }
            hits[fi] = nil
        }
        // Governors of families that take an act as complement refine their code with it.
        var refined: [Int: String] = [:]
        for fi in frames.indices {
            guard let h = hits[fi], let k = frames[fi].complement else { continue }
            let root = String(h.pattern.code.prefix(2))
            guard ["02", "03", "10", "12", "13"].contains(root) else { continue }
            // ("ordered the military to strike Iran": the order is the act it commands, the
            // subject's own; no demand made of its own side)
            if root == "10", ClauseReader.commandsOwnSide(frames[fi], s) {
                consumed.insert(fi)
                continue
            }
            consumed.insert(k)
            // ("demanded that Thailand cease hostilities and pull its troops back": a verb
            // coordinated with the complement is part of what is asked or threatened; what one
            // agrees or plans to do is coded act by act, "agreed to keep the truce and to meet")
            if root != "03", root != "12" {
                for j in k + 1..<frames.count where frames[j].coordinated {
                    if let g = frames[j].governor, g >= k, consumed.contains(g) { consumed.insert(j) }
                }
            }
            if h.pattern.code.count == 3, h.pattern.code.hasSuffix("0"), let inner = hits[k] {
                // ("agreed to widen the bloc's sanctions on Iran": an intent to sanction or to use
                // force is a threat, family 13; not a protest or a custody planned, whose verbs are
                // mostly literal there: "proposed that the athletes march together", "agreed to
                // take custody of the mission")
                let conflict = root == "03" && Self.threatenedRoots.contains(inner.pattern.code.prefix(2))
                refined[fi] = lexicon.refine(family: conflict ? "13" : root, embedded: inner.pattern.code)
            }
        }
        // "declined to comment on the report": a refusal to speak is no act between the two.
        for fi in frames.indices {
            guard let k = frames[fi].complement, frames[k].lemmas.contains("comment"),
                  frames[fi].lemmas.contains(where: { lexicon.governors[$0] == "refuse" }) else { continue }
            consumed.insert(fi)
            consumed.insert(k)
        }
        var predicates = [Bool](repeating: false, count: s.tokens.count)
        for (fi, f) in frames.enumerated() {
            predicates[f.predicate] = true
            if let demand = shouldDemand(fi, frames, hits[fi], s) {
                out += demand
                continue
            }
            guard !consumed.contains(fi), let h = hits[fi] else { continue }
            // ("Biden and Harris spoke with Griner": a pair of one country is no pair)
            if h.pattern.pairedSubject, Set((f.subject?.actors ?? []).compactMap { s.actors[$0].country }).count < 2 { continue }
            // "Hamada said the PLA drills posed a grave threat to Japan's security": a threat the
            // threatened side says another poses is its criticism of that other (111).
            if h.pattern.code.hasPrefix("13"), f.lemmas.contains("pose"), f.kind == .ccomp, let g = f.governor,
               frames[g].lemmas.first.map({ lexicon.governors[$0] == "report" }) ?? false,
               let sayers = frames[g].subject?.actors.filter({ !s.actors[$0].isMedia && !s.actors[$0].isPlace }), !sayers.isEmpty,
               case let sides = Set(sayers.compactMap { s.actors[$0].country }), !h.targets.isEmpty,
               h.targets.allSatisfy({ s.actors[$0].country.map(sides.contains) ?? false }),
               let doers = f.subject?.actors.filter({ a in !s.actors[a].isPlace && s.actors[a].country.map { !sides.contains($0) } ?? false }),
               !doers.isEmpty {
                for a in sayers {
                    for b in doers {
                        out.append(EventCandidate(sentence: s.index, pattern: h.pattern.id, rule: "verb+characterized", code: "111",
                                                  mode: .asserted, source: a, target: b, trigger: frames[g].predicate...frames[g].predicate,
                                                  clause: frames[g].span, confidence: 0.7))
                    }
                }
                continue
            }
            // "would reconsider its ban on supplying weapons to Ukraine": what a restriction is
            // on is what it stops, no act.
            if s.tokens[f.verbGroup.lowerBound].is(.endsING), Self.isRestrictionOn(f.verbGroup.lowerBound - 1, s.tokens) { continue }
            // "signed a law declaring the memorandum void", "signed a decree": a verb read without
            // constraints does not code an object that is a country's own instrument.
            if h.pattern.constraints.isEmpty, let o = f.object, !o.headLemmas.isDisjoint(with: Self.domesticInstruments) { continue }
            // "announced the end of the exercises", "the suspension of the talks": what an object
            // headed by an ending names is stopped, not done (unless the pattern asks for the ending).
            if let o = f.object, !o.headLemmas.isDisjoint(with: Self.endingNouns),
               !h.pattern.constraints.contains(where: { $0.slot == "obj" && !$0.words.isDisjoint(with: Self.endingNouns) }),
               h.pattern.constraints.contains(where: { $0.slot == "obj" && !$0.words.isEmpty }) { continue }
            // "Japan gave up little", "Pyongyang offered nothing": an act with a null object is
            // one not done.
            if hasNullObject(f, s) { continue }
            // ("the Court held that Myanmar must take all measures": a material act has no object
            // that "that" opens; the words are a complement's)
            if (Int(h.pattern.code.prefix(2)) ?? 0) >= 14, let o = f.object, s.tokens[o.tokens.lowerBound].isWord(.that),
               frames.contains(where: { $0.governor == fi && $0.kind == .ccomp }) { continue }
            // ("adopted a package of sanctions against Russia, targeting vessels of the shadow
            // fleet": what sanctions target is their scope, no use of force)
            if f.subjectInherited, let g = f.governor, f.lemmas.contains("target"), let gh = hits[g], gh.pattern.code.hasPrefix("16") { continue }
            // "a record of what each government said and did": a saying named by a free relative
            // after a preposition is a topic, not a statement.
            if f.subordinator == "what", f.object?.actors.isEmpty ?? true, f.lemmas.contains(where: { lexicon.governors[$0] == "report" }) { continue }
            // ("would never tolerate such acts": a `neg` pattern reads the negation as the act)
            var read = frames
            if h.pattern.negated { read[fi].negated = false }
            guard let (mode0, family) = matcher.mode(of: fi, frames: read, sentence: s) else { continue }
            var mode = mode0
            var code = refined[fi] ?? h.pattern.code
            let root = Int(code.prefix(2)) ?? 0
            if h.pattern.negated {
                // "would never tolerate", "will not accept": the refusal is said now.
                mode = .asserted
            } else if mode == .intended, [1, 2, 9, 10, 11, 12, 13].contains(root) || code.hasPrefix("051") {
                // ("plans to deepen ties" stays a plan: 05 beyond praise is cooperation to come)
                // "want to thank", "would like to congratulate": the saying is the act.
                mode = .asserted
            } else if mode == .future, root == 16 {
                // "announced it would limit exports to X": a measure announced for later is the
                // decision itself (16x, mode future), not a threat; threats are conditional or
                // of force ("would take resolute action against X" stays 13x).
            } else {
                code = matcher.recode(code, family: family)
                if code.isEmpty { continue }
            }
            if code.hasPrefix("03"), mode == .asserted { mode = .intended }
            // ("he called on the Chief Adviser and the Foreign Adviser": a call on people that asks
            // nothing of them is a courtesy call, a visit)
            if code == "020", f.lemmas.contains("call"), f.complement == nil, !h.targets.isEmpty,
               h.targets.allSatisfy({ s.actors[$0].personName != nil }),
               !f.obliques.contains(where: { $0.preposition == "for" }),
               !(f.verbGroup.upperBound..<min(f.span.upperBound + 1, s.tokens.count)).contains(where: { s.tokens[$0].isWord(.to) }) {
                code = "042"
            }
            // ("called the strike one of the largest": a definite strike that is called something
            // is named, not called; a strike is called with "a")
            if let first = f.object?.tokens.first, code.hasPrefix("14"), f.lemmas.contains("call"),
               Self.definiteWords.contains(s.tokens[first].lower) { continue }
            var targets = h.targets
            // The countries of the clause's own subject: no party to its act.
            let ownSide = Set((f.subject?.actors ?? []).compactMap { s.actors[$0].country })
            if let label = labelWord(h.pattern, f, s), let o = f.object {
                // "called the launches a violation of Security Council resolutions": what the act
                // is called names no party to it, but the doer it names does ("called the drills
                // a provocation by China")
                targets.removeAll { a in o.actors.contains(a) && s.actors[a].start > s.tokens[label].start }
                if let by = f.obliques.first(where: { $0.preposition == "by" && $0.tokens.lowerBound <= o.tokens.upperBound + 2 }) {
                    let doers = by.actors.filter { s.actors[$0].country.map { !ownSide.contains($0) } ?? false }
                    if !doers.isEmpty { targets = doers }
                }
            }
            if targets.isEmpty, let k = f.complement, consumed.contains(k) {
                // "agreed to hold a summit with X", "demanded that X withdraw".
                targets = hits[k]?.targets ?? []
                // ("threatened to impose tariffs and cut gas supplies to Moldova": or a verb
                // coordinated with it names the party)
                if targets.isEmpty, let j = (k + 1..<frames.count).first(where: { frames[$0].coordinated && frames[$0].governor == k
                    && consumed.contains($0) && !(hits[$0]?.targets.isEmpty ?? true) }) {
                    targets = hits[j]?.targets ?? []
                }
                var said = frames[k].kind == .ccomp && !frames[k].subjectInherited ? (frames[k].subject?.actors ?? []) : []
                if code.hasPrefix("13") {
                    // ("warned that any cooperation between Moscow and Pyongyang would breach the
                    // resolutions": a warning is aimed at whoever would do the act, not at what
                    // the act would harm; the speaker's own side is no target)
                    said.removeAll { a in s.actors[a].isPlace || s.actors[a].country.map(ownSide.contains) ?? true }
                }
                // ("demanded that Stockholm crack down on Kurdish militants": a demand or appeal
                // is made of whoever is to act)
                if targets.isEmpty || ["10", "02", "13"].contains(String(code.prefix(2))) && !said.isEmpty { targets = said.isEmpty ? targets : said }
            }
            if root == 13, let k = f.complement ?? frames.firstIndex(where: { $0.governor == fi && $0.kind == .ccomp }),
               frames[k].kind == .ccomp, targets.allSatisfy({ s.actors[$0].country.map(ownSide.contains) ?? true }) {
                // "warned that it would respond with measures that would cause the United States
                // the greatest pain": a threat is aimed at whom the threatened response names (the
                // speaker's own "it" is no target).
                let named = ([frames[k]] + frames[(k + 1)...].prefix { $0.kind == .relative }).flatMap { g in
                    (g.object?.actors ?? []) + g.obliques.flatMap(\.actors)
                }
                let other = named.filter { a in !s.actors[a].isPlace && s.actors[a].country.map { !ownSide.contains($0) } ?? false }
                if let first = other.first { targets = [first] }
            }
            // (through a coordinated act that named no party: "blamed Islamabad, withdrew the
            // status … and recalled its envoy")
            var up = f.governor
            while let u = up, u < fi, hits[u]?.targets.isEmpty ?? true, frames[u].coordinated, let v = frames[u].governor, v < u,
                  hits[u].map({ Int($0.pattern.code.prefix(2)) == root }) ?? false { up = v }
            // ("recalled its high commissioner": its own side is no party either)
            if targets.allSatisfy({ s.actors[$0].country.map(ownSide.contains) ?? false }), f.coordinated, let g = up, g < fi,
               let gh = hits[g], !gh.targets.isEmpty,
               (4...14).contains(root) && (gh.pattern.code.prefix(2) == code.prefix(2)
                // ("Tehran blamed Israel and vowed revenge": a threat after an accusation or a
                // criticism is aimed at the one accused, unless it names whom it is against)
                || root == 13 && ["11", "12"].contains(String(gh.pattern.code.prefix(2)))
                    && !f.obliques.contains(where: { ["against", "on", "toward", "towards", "to"].contains($0.preposition ?? "") }))
                // ("India blamed Islamabad, withdrew the trade status … and recalled its high
                // commissioner": a measure after a blame or another measure is taken against the one blamed)
                || root == 16 && ["11", "12", "16"].contains(String(gh.pattern.code.prefix(2)))
                // ("summons the Iranian ambassador and demands the return of the personnel": a
                // demand after a summons, a protest or a meeting is made of whom it reached)
                || root == 10 && ["04", "11", "14"].contains(String(gh.pattern.code.prefix(2))) {
                // "called in the Japanese envoy and lodged a strong protest": a diplomatic act
                // coordinated with one of its kind that named its party is aimed at that party.
                // (not across other kinds: "spoke with Trump and welcomed the plan")
                targets = gh.targets
            }
            if targets.isEmpty, root == 2 || root == 10, f.kind == .xcomp, let g = f.governor, g < fi,
               hits[g].map({ $0.pattern.code.hasPrefix("04") }) ?? false, let met = frames[g].object?.actors,
               case let others = met.filter({ a in !s.actors[a].isPlace && s.actors[a].country.map { !ownSide.contains($0) } ?? false }),
               !others.isEmpty {
                // "phoned Vucic the same day to press for immediate de-escalation": an appeal that
                // is the purpose of a call or a meeting is made of whom it reached.
                targets = others
            }
            if targets.isEmpty, !f.passive, let o = f.object,
               let k = frames.firstIndex(where: { $0.passive && $0.verbGroup.lowerBound == o.tokens.upperBound + 1 && $0.verbGroup.count == 1 }),
               let agent = frames[k].agent, !agent.actors.isEmpty {
                // "protested the drills conducted by China": the one who did what the object
                // names is whom the act answers.
                targets = agent.actors
            }
            if targets.isEmpty, ["11", "12"].contains(String(code.prefix(2))), !f.passive, let o = f.object,
               o.tokens.upperBound + 2 < s.tokens.count, ["that", "which"].contains(s.tokens[o.tokens.upperBound + 1].lower),
               let k = frames.firstIndex(where: { g in g.subject?.tokens.lowerBound == o.tokens.upperBound + 2 && !g.subjectInherited }),
               // (an act the others did, not one they accepted: "a proposal that Serbia had accepted")
               frames[k].lemmas.contains(where: Self.doingVerbs.contains) || (hits[k].map { Int($0.pattern.code.prefix(2)) ?? 0 } ?? 0) >= 13,
               let doers = frames[k].subject?.actors.filter({ a in !s.actors[a].isPlace && !s.actors[a].isMedia }), !doers.isEmpty,
               doers.allSatisfy({ s.actors[$0].country.map { !ownSide.contains($0) } ?? false }) {
                // "denounced the Freedom Shield exercise that U.S. and South Korean forces opened":
                // a reaction to what a relative clause says others did is aimed at them.
                targets = doers
            }
            if targets.isEmpty, f.kind == .relative, ["11", "12"].contains(String(code.prefix(2))) || f.lemmas.first == "welcome",
               let subject = f.subject, !subject.actors.isEmpty, f.object?.actors.isEmpty ?? true,
               subject.tokens.lowerBound >= 2, s.tokens[subject.tokens.lowerBound - 1].lower == "which",
               s.tokens[subject.tokens.lowerBound - 2].isWord(.comma),
               let doers = frames.last(where: { $0.kind == .main && $0.predicate < f.predicate && !$0.passive })?.subject?.actors
                   ?? Self.openingSubject(before: subject.tokens.lowerBound - 2, s).map({ [$0] }), !doers.isEmpty,
               doers.allSatisfy({ s.actors[$0].country.map { !ownSide.contains($0) } ?? false }) {
                // "Ethiopia completed the first filling, which Egypt condemned": what ", which"
                // answers is the act of the clause before it.
                targets = doers
            }
            if targets.isEmpty, code.hasPrefix("16"), !f.passive, let o = f.object,
               let k = Self.frame(after: o, within: 3, frames, where: { $0.kind == .relative }),
               frames[k].lemmas.contains(where: { Self.grantingVerbs.contains($0) }), let given = frames[k].object, !given.actors.isEmpty {
                // "withdrew the trade status it had granted Pakistan": what is withdrawn is
                // withdrawn from whoever it was granted to.
                targets = given.actors
            }
            if targets.isEmpty, code.hasPrefix("16") || code.hasPrefix("17"), !f.passive, let o = f.object,
               let k = Self.frame(after: o, within: 2, frames, where: { $0.lemmas.contains(where: Self.seatVerbs.contains) }),
               let seat = frames[k].obliques.first(where: { $0.preposition == "in" && !$0.actors.isEmpty }) {
                // "designating Kratol Aviation, an aviation company registered in the United Arab
                // Emirates": a body sanctioned is its seat's.
                targets = seat.actors
            }
            if targets.isEmpty, code.hasPrefix("08"), !f.passive, let o = f.object,
               let k = Self.frame(after: o, within: 4, frames, where: { g in
                   !(o.tokens.upperBound + 1..<g.verbGroup.lowerBound).contains { s.tokens[$0].is(.conjunction) || s.tokens[$0].isWord(.comma) } }),
               let on = frames[k].obliques.first(where: { ["on", "against"].contains($0.preposition ?? "") && !$0.actors.isEmpty }) {
                // "lifted the sanctions (it had) imposed on North Korea": what is eased is eased for
                // whoever the measure named.
                targets = on.actors
            }
            if targets.isEmpty, Self.reactionRoots.contains(String(code.prefix(2))), !f.passive, let o = f.object,
               let k = Self.frame(after: o, within: 2, frames, where: { g in s.tokens[g.predicate].is(.endsED) && g.predicate == g.verbGroup.lowerBound }),
               let by = frames[k].agent ?? frames[k].obliques.first(where: { $0.preposition == "by" }),
               case let authors = by.actors.filter({ !s.actors[$0].isPlace && !s.actors[$0].isMedia }), !authors.isEmpty {
                // "welcomes the joint statement issued today by the presidents of Brazil and
                // Colombia": a reaction to what someone issued or made is aimed at its author.
                targets = authors
            }
            // "agreed to hold summits with Kim to discuss …": a mutual act whose party the pattern
            // would take from a slot left empty, in a clause that borrows its subject, is a purpose,
            // not the borrowed subjects' act toward each other.
            if h.pattern.symmetric, h.targets.isEmpty, f.subjectInherited,
               h.pattern.constraints.contains(where: { $0.actor && $0.optional }) { continue }
            var sources = f.passive && h.pattern.passive == nil ? (f.agent?.actors ?? []) : (f.subject?.actors ?? [])
            sources = sources.filter { !s.actors[$0].isMedia && !s.actors[$0].isPlace }
            // ("His counterpart Yoshimasa Hayashi welcomed it": the owner of a counterpart named
            // one word after it is no source)
            let named = sources
            if named.count >= 2 { sources.removeAll { a in
                Self.possessiveDeterminers.contains(s.actors[a].text.lowercased()) && named.contains { b in
                    s.actors[b].start > s.actors[a].end
                        && s.tokens.lazy.filter { $0.start >= s.actors[a].end && $0.end <= s.actors[b].start }.count <= 1
                }
            } }
            // ("Moscow, Belgrade's closest ally among the big powers, blamed …": the possessor of a
            // common noun in an apposition to the subject is no source)
            if sources.count >= 2 { sources.removeAll { a in
                guard let k = s.tokens.firstIndex(where: { $0.start >= s.actors[a].end }), k + 1 < s.tokens.count,
                      s.tokens[k].isWord(.possessive) || s.tokens[k].isWord(.curlyApostropheS),
                      s.tokens[k + 1].form.first?.isLowercase ?? false else { return false }
                return named.contains { b in
                    s.actors[b].end <= s.actors[a].start
                        && s.tokens.contains { $0.isWord(.comma) && $0.start >= s.actors[b].end && $0.end <= s.actors[a].start }
                }
            } }
            if let said = coordinatedSayers(f, frames, s) { sources = said }
            // "Armenia and Azerbaijan have taken a decisive step … after their leaders signed a joint
            // declaration": "their" after two countries that were the sentence's subject is both.
            if sources.count == 1, s.actors[sources[0]].text.lowercased() == "their", targets.isEmpty, !f.subjectInherited,
               let pair = frames[..<fi].first(where: { $0.kind == .main })?.subject?.actors.filter({ !s.actors[$0].isPlace }),
               Set(pair.compactMap { s.actors[$0].country }).count == 2 {
                sources = pair
            }
            // "Argentina and Britain traded accusations over the Falklands": a mutual act of
            // coordinated countries is between them; a name the pattern did not ask for (and no
            // complement gave) is its topic.
            if h.pattern.symmetric, !h.targets.isEmpty, targets == h.targets, !h.pattern.constraints.contains(where: \.actor),
               !f.subjectInherited, Set(sources.compactMap { s.actors[$0].country }).count >= 2 {
                targets = []
            }
            var rule = f.passive ? "verb+passive" : "verb"
            if sources.isEmpty, f.passive, f.agent == nil, h.pattern.passive == nil,
               let (implied, patients, how) = impliedAgent(f, code: code, s: s) {
                sources = implied
                // (A place read as the target gives way to the person or country acted on.)
                if let patients { targets = patients }
                rule += how
            }
            if refined[fi] != nil { rule += "+complement" }
            // ("Erdogan invited the President of Russia to visit Türkiye": an appeal to meet or
            // visit the appealing side itself is an offer to meet it, 036; CAMEO keeps 026 for
            // third parties)
            if code == "026", let k = f.complement, !ownSide.isEmpty,
               ((frames[k].object?.actors ?? []) + frames[k].obliques.flatMap(\.actors)).contains(where: { !s.actors[$0].isPlace && s.actors[$0].country.map(ownSide.contains) ?? false }) {
                code = "036"
            }
            if mode != .asserted { rule += "+" + mode.rawValue }
            if f.kind == .ccomp { rule += "+reported" }
            if f.subjectInherited { rule += "+inherited" }
            let conf = 0.55 + (targets.isEmpty ? 0 : 0.15) + (f.subjectInherited ? 0 : 0.1)
                + min(0.1, Double(h.pattern.specificity) * 0.02) - (mode == .asserted ? 0 : 0.1)
            // ("protested against the remark", "expressed regret over the statement": or the act
            // a chunk of reaction names, when there is no object)
            // ("condemned the strikes on Eritrea": the act's victim names its author by the act)
            let victim = !targets.isEmpty && ["11", "12"].contains(String(code.prefix(2))) && f.object.map { o in
                targets.allSatisfy { t in
                    f.obliques.contains { ob in
                        ["on", "against"].contains(ob.preposition ?? "") && ob.tokens.lowerBound == o.tokens.upperBound + 2 && ob.actors.contains(t)
                    }
                }
            } ?? false
            var (anaphor, anaphorLemmas) = targets.isEmpty
                ? anaphoricAct(f.object ?? f.obliques.first { Self.reactionPrepositions.contains($0.preposition ?? "") }, s)
                : victim ? anaphoricAct(f.object, s) : ([], [])
            // ("Within hours of Saturday's launch, … the three ministers issued a statement
            // condemning it": a pronoun that names no actor, faulted or rejected after a use of
            // force named earlier in its sentence, is that act)
            if targets.isEmpty, anaphor.isEmpty, ["11", "12"].contains(String(code.prefix(2))), let o = f.object, o.actors.isEmpty,
               o.tokens.count == 1, s.tokens[o.tokens.lowerBound].isWord(.it), namesForce(before: o.tokens.lowerBound, s) {
                anaphor = EventCoder.provocationRoots
            }
            // "President Macron and I have asked our ministers to keep negotiating …": two
            // countries named together as the subject of a cooperative act with no other party
            // act toward each other.
            let together = targets.isEmpty && !f.subjectInherited && Set(sources.compactMap { s.actors[$0].country }).count == 2
                && (["03", "05", "06", "07", "08"].contains(String(code.prefix(2))) || ["040", "041", "046"].contains(code))
            // (a local function, not a closure value: passed to ``pair`` it is not copied to the heap)
            func make(_ src: Int, _ tgt: Int?) -> EventCandidate {
                var c = EventCandidate(sentence: s.index, pattern: h.pattern.id, rule: rule, code: code, mode: mode,
                                       source: src, target: tgt, trigger: f.predicate...f.predicate,
                                       clause: f.span, confidence: conf)
                c.anaphor = anaphor
                c.anaphorLemmas = anaphorLemmas
                c.victimTarget = victim && !anaphor.isEmpty
                return c
            }
            // ("hosted the two foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan": a group
            // named right after by its members is those members, not the story's pair)
            func byMembers(_ list: [Int]) -> [Int] {
                list.filter { g in !(s.actors[g].isGroup && list.contains { t in
                    t != g && s.actors[t].start > s.actors[g].end && s.actors[t].start <= s.actors[g].end + 3 }) }
            }
            targets = byMembers(targets)
            sources = byMembers(sources)
            out += pair(sources: sources, targets: targets, symmetric: h.pattern.symmetric || together, s: s, code: code,
                        oneByOne: f.lemmas.contains(where: Self.oneByOneVerbs.contains), make: make)
            // "Pashinyan and Aliyev met in Prague with Macron and Michel": two sides who meet a
            // third together meet each other too.
            if code.hasPrefix("04"), code != "042", !targets.isEmpty, !f.subjectInherited,
               case let sides = Set(sources.compactMap { s.actors[$0].country }), sides.count == 2,
               !targets.contains(where: { s.actors[$0].country.map(sides.contains) ?? true }) {
                out += pair(sources: sources, targets: [], symmetric: true, s: s, code: code, make: make)
            }
            // "Michel hosted Aliyev and Pashinyan in Brussels": two sides a third hosts together
            // meet each other (040), as its guests.
            if code == "043", !f.subjectInherited, mode == .asserted,
               case let guests = Set(targets.compactMap { s.actors[$0].country }), guests.count == 2,
               case let hosts = Set(sources.compactMap { s.actors[$0].country }), !hosts.isEmpty, hosts.isDisjoint(with: guests) {
                func met(_ a: Int, _ b: Int?) -> EventCandidate {
                    var c = make(a, b)
                    c.code = "040"
                    c.rule += "+guests"
                    return c
                }
                out += pair(sources: targets.filter { !s.actors[$0].isPlace }, targets: [], symmetric: true, s: s, code: "040", make: met)
            }
        }
        out += nounCandidates(s, frames: frames, predicates: predicates, analysis: analysis)
        out += courtesies(s, actorAt: analysis.actorAt)
        out += praises(s, actorAt: analysis.actorAt)
        out += evaluations(s, frames: frames, predicates: predicates, actorAt: analysis.actorAt)
        out += warnings(s, actorAt: analysis.actorAt)
        if let defied = defiedActor(s, analysis.actorAt) {
            for k in out.indices where out[k].target == nil && out[k].source != defied
                && s.actors[out[k].source].country != s.actors[defied].country {
                out[k].target = defied
                out[k].rule += "+defiance"
            }
        }
        out = out.flatMap { chargedDefiance($0, frames: frames, s: s) }
        // "State media attacked Tokyo": a medium's attack is made of words (111), not force.
        for k in out.indices where s.actors[out[k].source].sector == "MED" && ["18", "19", "20"].contains(String(out[k].code.prefix(2))) {
            out[k].code = "111"
            out[k].rule += "+verbal"
        }
        // "In a phone call on Tuesday Trump told Moon that …": what one leader tells another on
        // the telephone is a telephone conversation (041), not a bare statement.
        if out.contains(where: { $0.code == "010" }), let phone = Self.telephoneWord(in: s) {
            for k in out.indices where out[k].code == "010" && out[k].target != nil
                && (phone < out[k].trigger.lowerBound || phone <= out[k].trigger.upperBound + 4) {
                out[k].code = "041"
                out[k].rule += "+telephone"
            }
        }
        return deduplicated(out.flatMap { hopedFor($0, frames: frames, s: s) }, s)
    }

    /// The sentence's first actor before token `k` that is no place, when it is the sentence's
    /// first word or the first after its first comma ("In July, Ethiopia completed …").
    static func openingSubject(before k: Int, _ s: EventSentence) -> Int? {
        guard let a = s.actors.indices.first(where: { s.actors[$0].start < s.tokens[k].start && !s.actors[$0].isPlace }),
              let i = s.tokens.firstIndex(where: { $0.start == s.actors[a].start }) else { return nil }
        return i == 0 || s.tokens[i - 1].isWord(.comma) && !s.tokens[..<(i - 1)].contains(where: { $0.isWord(.comma) }) ? a : nil
    }

    /// Verbs that give a status or a benefit (`the status it had granted Pakistan`).
    static let grantingVerbs: Set<String> = ["grant", "give", "extend", "accord", "offer", "award"]

    /// Roots of reactions in words (comments, appeals, praise, demands, disapproval, rejection)
    /// whose object, when it is a thing someone made, names its maker as the target.
    static let reactionRoots: Set<String> = ["01", "02", "05", "10", "11", "12"]

    /// Prepositions of a chunk that names what a reaction answers.
    static let reactionPrepositions: Set<String> = ["against", "over", "at", "about"]

    /// Verbs of carrying out a measure or a show of force ("the exercise that U.S. forces opened").
    static let doingVerbs: Set<String> = ["open", "stage", "hold", "conduct", "launch", "begin", "start", "carry", "fire",
                                          "impose", "deploy", "send", "build", "station", "install", "test"]
    /// Heads of an object that names an act's ending ("announced the end of the exercises").
    static let endingNouns: Set<String> = ["end", "halt", "suspension", "cancellation", "postponement", "conclusion", "cessation"]
    /// A country's own instruments: signing or approving one is no act toward another country.
    static let domesticInstruments: Set<String> = ["law", "decree", "bill", "legislation", "ordinance", "budget", "amendment", "constitution"]

    /// The position of a telephone word that names a call ("in a phone call", "a telephone
    /// conversation", "by phone", "over the telephone"), if the sentence has one.
    static func telephoneWord(in s: EventSentence) -> Int? {
        let toks = s.tokens
        for k in toks.indices where toks[k].lower == "phone" || toks[k].lower == "telephone" {
            let next = k + 1 < toks.count ? toks[k + 1].lower : ""
            let previous = k > 0 ? toks[k - 1].lower : ""
            if ["call", "conversation", "talks"].contains(next) || previous == "by" || previous == "the" && k > 1 && toks[k - 2].lower == "over" {
                return k
            }
        }
        return nil
    }

    /// Who did a passive act that names no agent, when the sentence tells it anyway:
    /// - the state where a person was arrested, sentenced or from which one was freed
    ///   ("an American contractor was arrested in Cuba", "the student was freed from North
    ///   Korea"), when the person is of another country;
    /// - the speaker of a sanction or its easing ("the United States said new sanctions would
    ///   be imposed on Iran").
    /// - the envoy's own government for a recall, and the host for an expulsion or a summons
    ///   ("Japan's ambassador to South Korea was recalled", "Russia's envoy to Britain was
    ///   expelled", "the Chinese ambassador to Australia was summoned").
    /// Returns the sources, the targets when they replace the pattern's, and the rule's suffix.
    func impliedAgent(_ f: ClauseFrame, code: String, s: EventSentence) -> ([Int], [Int]?, String)? {
        let patientActors = f.subject?.actors ?? []
        let patient = Set(patientActors.compactMap { s.actors[$0].country })
        if code.hasPrefix("17") || code.hasPrefix("08") || code.hasPrefix("116"), !patient.isEmpty {
            // (or a place it was done at: "was detained at a Moscow airport")
            for o in f.obliques where o.preposition == "in" || o.preposition == "from" || o.preposition == "at" {
                if let a = o.actors.first(where: { a in
                    (o.preposition != "at" || s.actors[a].isPlace) && s.actors[a].country.map { !patient.contains($0) } ?? false
                }) {
                    return ([a], patientActors.filter { s.actors[$0].country != s.actors[a].country }, "+place-agent")
                }
            }
        }
        if code.hasPrefix("160") || code.hasPrefix("161") || code.hasPrefix("174") || code.hasPrefix("114"), let subj = f.subject,
           !subj.lemmas.isDisjoint(with: Self.envoys), !patientActors.isEmpty {
            // The host: a country named inside the subject ("to South Korea"), not the envoy's own.
            let lo = s.tokens[subj.tokens.lowerBound].start, hi = s.tokens[subj.tokens.upperBound].end
            let hosts = s.actors.indices.filter { a in
                s.actors[a].start >= lo && s.actors[a].end <= hi && s.actors[a].country.map { !patient.contains($0) } ?? false
            }
            if !hosts.isEmpty {
                return code.hasPrefix("160") ? (patientActors, hosts, "+own-envoy") : (hosts, patientActors, "+host")
            }
        }
        if ["18", "19", "20"].contains(String(code.prefix(2))), !patient.isEmpty,
           let k = f.obliques.firstIndex(where: { $0.preposition == "with" }), k > 0,
           ["in", "during", "amid"].contains(f.obliques[k - 1].preposition ?? ""), !f.obliques[k - 1].lemmas.isDisjoint(with: Self.fightNouns),
           case let foes = f.obliques[k].actors.filter({ s.actors[$0].country.map { !patient.contains($0) } ?? false }), !foes.isEmpty {
            // "Twenty Indian soldiers were killed in a clash with Chinese troops": who fought them.
            return (foes, nil, "+fight-agent")
        }
        if code.hasPrefix("16") || code.hasPrefix("08"), let speaker = f.reportingSubject {
            let own = speaker.actors.filter { !s.actors[$0].isMedia && !s.actors[$0].isPlace && s.actors[$0].country != nil }
            if !own.isEmpty { return (own, nil, "+speaker-agent") }
        }
        return nil
    }

    /// The first frame whose verb group starts within `n` tokens after object `o` and that
    /// passes `test`: what the object's own clause says of it ("the status it had granted",
    /// "a company registered in …", "the statement issued today by …").
    static func frame(after o: FrameArgument, within n: Int, _ frames: [ClauseFrame], where test: (ClauseFrame) -> Bool) -> Int? {
        frames.firstIndex { g in (o.tokens.upperBound + 1...o.tokens.upperBound + n).contains(g.verbGroup.lowerBound) && test(g) }
    }

    /// Roots of acts whose intent is a threat (13): sanctions and cuts, force postures, assaults,
    /// fights; not protests or coercion, whose verbs are mostly literal in a plan.
    static let threatenedRoots: Set<Substring> = ["15", "16", "18", "19", "20"]

    /// Participles that name a body's seat ("a company registered in …").
    static let seatVerbs: Set<String> = ["register", "base", "headquarter", "incorporate", "locate"]

    /// Nouns of a fight whose `with` party is the other side ("killed in clashes with X").
    static let fightNouns: Set<String> = ["fighting", "clash", "clashes", "battle", "battles", "skirmish", "skirmishes",
                                          "firefight", "gunfight", "brawl", "fight", "confrontation", "exchange", "shootout"]

    /// Nouns naming a country's envoys.
    static let envoys: Set<String> = ["ambassador", "envoy", "diplomat", "diplomats", "consul", "charge"]

    /// Modals that put a said act still to come.
    static let futureModals = EventMatcher.willModals.union(EventMatcher.wouldModals)

    /// "China hoped that North Korea would return to the talks": what one side hopes, wants or
    /// expects another to do is its appeal to them (02x), not the other's act or intention.
    /// Other candidates come back unchanged.
    func hopedFor(_ c: EventCandidate, frames: [ClauseFrame], s: EventSentence) -> [EventCandidate] {
        guard let f = frames.first(where: { $0.span == c.clause || $0.predicate == c.trigger.lowerBound }),
              f.kind == .ccomp, !f.subjectInherited, !f.negated, let g = f.governor,
              frames[g].lemmas.contains(where: { lexicon.governors[$0] == "intent" }),
              let hopers = frames[g].subject?.actors.filter({ !s.actors[$0].isMedia && !s.actors[$0].isPlace }), !hopers.isEmpty,
              // ("The two leaders agreed that the foreign ministers will hold talks": what a pair
              // agrees its own ministers will do is its intention, not an appeal)
              !hopers.contains(where: { s.actors[$0].isGroup }),
              let doer = s.actors[c.source].country,
              !hopers.contains(where: { s.actors[$0].country == doer }) else { return [c] }
        return hopers.map { h in
            var appeal = c
            appeal.source = h
            appeal.target = c.source
            appeal.resolvedTarget = nil
            appeal.code = lexicon.refine(family: "02", embedded: c.code)
            appeal.mode = .asserted
            appeal.rule += "+hoped"
            return appeal
        }
    }

    /// Words that name a rule broken (`in defiance of X`, `in violation of X`).
    static let defianceNouns: Set<String> = ["defiance", "violation", "violations", "breach", "contravention"]

    /// The actor whose resolutions or demands an act defies: `In defiance of UN Security Council
    /// resolutions, North Korea launched ...` makes the Security Council the act's target.
    func defiedActor(_ s: EventSentence, _ actorAt: [Int?]) -> Int? {
        let toks = s.tokens
        // Keys read in place: the scan copies no token.
        let candidates = toks.withUnsafeBufferPointer { t in
            t.indices.dropFirst().dropLast().filter { t[$0 + 1].isWord(.of) && t[$0 - 1].isWord(.`in`) }
        }
        for i in candidates {
            guard Self.defianceNouns.contains(toks[i].lower) else { continue }
            var k = i + 2
            while k < toks.count, k <= i + 6, !toks[k].isPunctuation {
                if let a = actorAt[k], s.actors[a].country != nil, !s.actors[a].isMedia { return a }
                k += 1
            }
        }
        return nil
    }

    /// "He said that Russia is acting in defiance of international law", "we determined that
    /// Russia was in violation of the Treaty": a breach of norms (128) that one side says
    /// another commits is what the event record can vouch for, the first side's accusation of
    /// the other (112), told when it is said. The breach stays its doer's own when the sayer
    /// is of the doer's country, a medium, or no actor at all.
    func chargedDefiance(_ c: EventCandidate, frames: [ClauseFrame], s: EventSentence) -> [EventCandidate] {
        guard c.code.hasPrefix("128"), s.actors[c.source].country != nil,
              var fi = frames.indices.filter({ frames[$0].span.contains(c.trigger.lowerBound) })
                  .min(by: { frames[$0].span.count < frames[$1].span.count }) else { return [c] }
        func reports(_ f: ClauseFrame) -> Bool {
            !f.negated && f.lemmas.first.map { lexicon.governors[$0] == "report" } == true
        }
        // The saying verb: the clause itself when the breach is told after its verb ("said Russia
        // was in violation of the Treaty"), else the one whose complement tells it.
        while !(reports(frames[fi]) && frames[fi].predicate < c.trigger.lowerBound) {
            guard frames[fi].kind == .ccomp, let g = frames[fi].governor else { return [c] }
            fi = g
        }
        let f = frames[fi]
        let subject = f.subject?.actors ?? []
        var doer = c.source
        if subject.contains(c.source) {
            // (the noun read the sayer as its doer: the doer is the one named between the saying
            // and the breach)
            let sides = Set(subject.compactMap { s.actors[$0].country })
            guard let named = s.actors.indices.last(where: { a in
                let x = s.actors[a]
                guard !x.isMedia, !x.isPlace, let country = x.country, !sides.contains(country),
                      let r = s.tokenRange(start: x.start, end: x.end) else { return false }
                return r.lowerBound > f.predicate && r.upperBound < c.trigger.lowerBound
            }) else { return [c] }
            doer = named
        }
        let sayers = subject.filter { a in
            !s.actors[a].isMedia && !s.actors[a].isPlace && s.actors[a].country.map { $0 != s.actors[doer].country } ?? false
        }
        guard !sayers.isEmpty else { return [c] }
        return sayers.map { a in
            var charge = c
            charge.code = "112"
            charge.rule += "+charged"
            charge.mode = .asserted
            charge.source = a
            charge.target = doer
            charge.trigger = f.predicate...f.predicate
            charge.clause = f.span
            return charge
        }
    }

    /// "The regime should release all detainees", said by a government about another country's
    /// actor, is that government's demand (CAMEO 10x, refined by the act demanded).
    func shouldDemand(_ fi: Int, _ frames: [ClauseFrame], _ hit: EventMatcher.Hit?, _ s: EventSentence) -> [EventCandidate]? {
        let f = frames[fi]
        guard let sp = s.speaker, let own = s.actors[sp].country, !f.negated, !f.passive,
              f.modals.contains(where: { $0 == "should" || $0 == "must" }),
              !s.tokens.contains(where: { $0.isWord(.`if`) || $0.isWord(.questionMark) }),
              let subject = f.subject?.actors, !subject.isEmpty,
              subject.allSatisfy({ s.actors[$0].country != nil && s.actors[$0].country != own && !s.actors[$0].isPlace })
        else { return nil }
        // ("measures to raise the cost to Russia should it fail to change course": a modal before
        // its subject opens a condition, as "if" would)
        if let subjectStart = f.subject?.tokens.lowerBound,
           let modal = s.tokens[..<f.predicate].lastIndex(where: { $0.lower == "should" || $0.lower == "must" }), modal < subjectStart {
            return nil
        }
        let code = hit.map { lexicon.refine(family: "10", embedded: $0.pattern.code) } ?? "100"
        return subject.map {
            EventCandidate(sentence: s.index, pattern: hit?.pattern.id ?? "-", rule: "demand+should", code: code,
                           mode: .asserted, source: sp, target: $0, trigger: f.predicate...f.predicate, clause: f.span,
                           confidence: 0.55)
        }
    }

    /// Words that make the noun after them name a known act ("the launches", "this test").
    static let definiteWords: Set<String> = ["the", "this", "these", "that", "those", "such", "latest", "recent"]
    /// Words that name whatever act was just reported ("welcomed the result", "rejected the
    /// offer"): `Resources/events/act_words.tsv`.
    static let genericActWords: Set<String> = {
        let text = EventResources.text("act_words", "tsv") ?? ""
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0 != "word" }.map {
            String($0).trimmingCharacters(in: .whitespaces)
        })
    }()
    /// The twenty CAMEO roots, "01" to "20".
    static let allRoots: Set<String> = Set((1...20).map { $0 < 10 ? "0\($0)" : "\($0)" })

    /// Objects that say nothing was done (`gave up little`).
    static let nullObjects: Set<String> = ["nothing", "little", "none"]

    /// Whether the word after the verb (and its particle: "gave up little") is a null object
    /// that ends its phrase.
    func hasNullObject(_ f: ClauseFrame, _ s: EventSentence) -> Bool {
        var k = f.verbGroup.upperBound + 1
        if k < s.tokens.count, Self.particles.contains(s.tokens[k].lower) { k += 1 }
        guard k < s.tokens.count, Self.nullObjects.contains(s.tokens[k].lower) else { return false }
        return k + 1 == s.tokens.count || s.tokens[k + 1].isPunctuation
    }

    static let particles: Set<String> = ["up", "down", "away", "out", "off", "back", "in"]

    /// In a clause that calls its object something ("called the launches a violation"), the
    /// token of the second object that a pattern with two object slots matched; nil otherwise.
    func labelWord(_ p: EventPattern, _ f: ClauseFrame, _ s: EventSentence) -> Int? {
        // (counted without building an array: this runs for every hit)
        var slots = 0
        var anyObject = false
        var words: Set<String>?
        for c in p.constraints where c.kind == .object {
            slots += 1
            if c.words.isEmpty { anyObject = true } else if words == nil { words = c.words }
        }
        guard slots >= 2, anyObject, let words, let o = f.object else { return nil }
        return o.tokens.dropFirst().first { !words.isDisjoint(with: reader.lemmatizer.candidates(s.tokens[$0].lower)) }
    }

    /// The roots of an act named by a definite noun in an object ("condemned the launches",
    /// "opposed this test"): material acts whose author the coder looks up in earlier sentences;
    /// and the noun's lemmas.
    func anaphoricAct(_ object: FrameArgument?, _ s: EventSentence) -> (roots: Set<String>, lemmas: Set<String>) {
        guard let o = object else { return ([], []) }
        var sawDefinite = false
        for i in o.tokens {
            let l = s.tokens[i].lower
            if Self.definiteWords.contains(l) { sawDefinite = true; continue }
            guard sawDefinite else { continue }
            // ("welcomed the reopening": the act told with "reopened", if any, else the latest)
            if Self.genericActWords.contains(l) { return (Self.allRoots, Set(reader.lemmatizer.candidates(l))) }
            let lemmas = reader.lemmatizer.candidates(l)
            for lemma in lemmas {
                guard let patterns = lexicon.nouns[lemma] else { continue }
                var roots = Set(patterns.map { String($0.code.prefix(2)) }.filter { (Int($0) ?? 0) >= 14 })
                // ("a coast guard ship fired water cannon at a fishing boat … condemned the
                // attack": coercion by force is what the story may call an attack)
                if roots.contains("18") || roots.contains("19") { roots.insert("17") }
                if !roots.isEmpty { return (roots, Set(lemmas)) }
            }
            if s.tokens[i].isWord(.comma) || s.tokens[i].is(.preposition) { break }
        }
        return ([], [])
    }

    /// Whether a noun of a use of force ("launch", "strike") comes before token `end`.
    func namesForce(before end: Int, _ s: EventSentence) -> Bool {
        s.tokens[..<end].contains { t in
            t.is(.alphabetic) && reader.lemmatizer.candidates(t.lower).contains { lemma in
                lexicon.nouns[lemma]?.contains { EventCoder.provocationRoots.contains(String($0.code.prefix(2))) } ?? false
            }
        }
    }

    /// "Iran and Saudi Arabia announced that they would restore relations": the plural pronoun
    /// subject of what two or more coordinated countries say is all of them, not the one the actor
    /// layer read it as (the last named). Nil for any other clause.
    func coordinatedSayers(_ f: ClauseFrame, _ frames: [ClauseFrame], _ s: EventSentence) -> [Int]? {
        guard f.kind == .ccomp, !f.subjectInherited, let subject = f.subject, subject.tokens.count == 1,
              s.tokens[subject.tokens.lowerBound].isWord(.they) || s.tokens[subject.tokens.lowerBound].isWord(.we),
              let g = f.governor, let said = frames[g].subject?.actors.filter({ !s.actors[$0].isMedia && !s.actors[$0].isPlace }),
              // ("the two countries said they would respect …": a group phrase the story's pair resolves)
              Set(said.compactMap { s.actors[$0].country }).count >= 2 || said.count == 1 && s.actors[said[0]].isGroup else { return nil }
        return said
    }

    /// Source × target pairs; a symmetric act without a target pairs its coordinated sources.
    func pair(sources: [Int], targets: [Int], symmetric: Bool, s: EventSentence, code: String = "", oneByOne: Bool = false,
              make: (Int, Int?) -> EventCandidate) -> [EventCandidate] {
        // ("Yoon, Kishida and Biden pledged to consult one another": three or more parties to a
        // reciprocal act are paired once each, as in a mutual act)
        if targets == sources, sources.count >= 3 {
            return pair(sources: sources, targets: [], symmetric: true, s: s, code: code, make: make)
        }
        var out: [EventCandidate] = []
        // A medium is no addressee ("told reporters"), but a journalist can be detained or freed.
        let material = ["08", "17", "18", "19", "20"].contains(String(code.prefix(2)))
        var tgts = material ? targets : targets.filter { !s.actors[$0].isMedia }
        // "Kang and Kono met in Beijing": where two parties meet is no party to the meeting.
        if symmetric, tgts.allSatisfy({ s.actors[$0].isPlace }),
           Set(sources.compactMap { s.actors[$0].country }).count >= 2 {
            tgts = []
        }
        if tgts.isEmpty {
            if symmetric && countryCount(sources, s) >= 4 {
                // A multilateral meeting is one interaction: the first two parties stand for it.
                if let j = sources.dropFirst().firstIndex(where: { s.actors[$0].country != s.actors[sources[0]].country }) {
                    return [make(sources[0], sources[j])]
                }
            }
            if symmetric && sources.count >= 2 {
                for i in 0..<sources.count {
                    for j in (i + 1)..<sources.count where s.actors[sources[i]].country != s.actors[sources[j]].country {
                        var c = make(sources[i], sources[j])
                        c.mutual = true
                        out.append(c)
                    }
                }
                if !out.isEmpty { return out }
            }
            return sources.map { make($0, nil) }
        }
        // The source's own side is no counterpart ("with our partners, the European Union, ...").
        let own = Set(sources.compactMap { s.actors[$0].country })
        let foreign = tgts.filter { s.actors[$0].country.map { !own.contains($0) } ?? true }
        let pool = foreign.isEmpty ? tgts : foreign
        // A long list of the other parties to a mutual act is one multilateral act: its first
        // member stands for it. (A directed act toward each of them is one act each: "applauds
        // Britain, Canada, Australia and New Zealand".)
        // (countries, not mentions: "with President Macron of France and Chancellor Scholz of
        // Germany" is two)
        // (not calls: "I have spoken this morning with Foreign Minister Aso of Japan, Foreign
        // Minister Ban of the Republic of Korea, … and Foreign Minister Lavrov of Russia" is a
        // call with each)
        let counterparts = symmetric && !oneByOne && countryCount(pool, s) >= 4 ? [pool[0]] : pool
        for src in sources {
            // (a group that acts on itself is its pair toward each other: "the two sides accused
            // each other")
            for t in counterparts where t != src || s.actors[src].isGroup { out.append(make(src, t)) }
        }
        return out
    }

    /// Verbs of talking whose list of counterparts is talked with one by one, not met at one
    /// table.
    static let oneByOneVerbs: Set<String> = ["speak", "talk", "call", "telephone", "phone", "consult", "confer"]

    /// How many different countries (or, for actors of none, mentions) the actors name.
    func countryCount(_ actors: [Int], _ s: EventSentence) -> Int {
        var seen: [String] = []
        var unknown = 0
        for a in actors {
            guard let c = s.actors[a].country else { unknown += 1; continue }
            if !seen.contains(c) { seen.append(c) }
        }
        return seen.count + unknown
    }

    /// One event per source, target and root, the most confident.
    func deduplicated(_ c: [EventCandidate], _ s: EventSentence) -> [EventCandidate] {
        var best: [String: EventCandidate] = [:]
        var order: [String] = []
        for e in c {
            let src = s.actors[e.source]
            let tgt = e.target.map { s.actors[$0] }
            // (a rebel group is a party of its own beside its country's government)
            func party(_ a: ActorSpan) -> String { (a.country ?? a.text) + EventCoder.nonStateSector(a.sector) }
            let base = party(src) + "|" + (tgt.map(party) ?? "-")
                + "|" + String(e.code.prefix(2))
                // "Abe condemned the launch, and Japan lodged a protest": an act whose target is
                // still to be looked up ("the launch") is not the same as one with none.
                + (e.target == nil && !e.anaphor.isEmpty ? "|anaphor" : "")
            var key = base
            // Two verbs are two acts ("flew to Vladivostok and met Putin today"); a verb and the
            // noun of its object ("held talks") are one.
            if let old = best[base], old.rule.hasPrefix("verb"), e.rule.hasPrefix("verb"), old.trigger != e.trigger {
                key = base + "|\(e.trigger.lowerBound)"
            }
            // ("Welcomed the steps enabled by the US–Afghanistan declaration": a noun whose parties
            // the noun phrase names, not the clause, is another act than the verb's.)
            if let old = best[base], old.rule.hasPrefix("verb") != e.rule.hasPrefix("verb"),
               !(old.rule.hasPrefix("noun") ? old : e).rule.contains("+clause") {
                key = base + "|noun"
            }
            if let old = best[key] {
                // ("Member of the Political Bureau of the CPC Central Committee and Foreign
                // Minister Wang Yi held a call": of two sources of one country, the person in
                // office speaks for it rather than the body he belongs to)
                let person = { (c: EventCandidate) in s.actors[c.source].record?.role != nil && s.actors[c.source].name != nil }
                if e.confidence > old.confidence || (e.confidence == old.confidence && person(e) && !person(old)) { best[key] = e }
            } else {
                best[key] = e
                order.append(key)
            }
        }
        // "arrived in Beijing for a three-day visit": the noun without a target retells the
        // verb's act, which names one.
        let kept = order.compactMap { best[$0] }
        return kept.filter { e in
            guard e.target == nil, e.anaphor.isEmpty, e.rule.hasPrefix("noun") else { return true }
            let country = s.actors[e.source].country
            return !kept.contains { o in
                o.target != nil && o.rule.hasPrefix("verb") && o.code.prefix(2) == e.code.prefix(2)
                    && s.actors[o.source].country == country
            }
        }
    }
}

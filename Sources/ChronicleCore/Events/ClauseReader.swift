/// Reads the clauses of a sentence into ``ClauseFrame``s: predicates, verb groups, subjects,
/// objects, prepositional chunks, passive agents and complements.
///
/// It works on words, lemma candidates, actor spans and (when a tagger ran) parts of speech. A
/// word is a predicate when a known verb lemma fits it and its context reads as a verb (not
/// after a determiner or a preposition). Subjects are the actors left of the verb group up to
/// the clause boundary, outside prepositional phrases; coordinated subjects are all kept.
/// Complements inherit their subject from the governing clause: the governor's object for
/// appeal verbs (`urged X to …`), its subject otherwise.
struct ClauseReader: Sendable {
    let lexicon: PatternLexicon
    let lemmatizer: LemmaCandidates
    /// Lemma entries shared by the documents this reader reads.
    let lemmas: LemmaTable

    init(lexicon: PatternLexicon, lemmatizer: LemmaCandidates) {
        self.lexicon = lexicon
        self.lemmatizer = lemmatizer
        self.lemmas = LemmaTable(lemmatizer, lexicon: lexicon)
    }

    /// Nouns for one's opposite numbers abroad ("my counterparts from France and China").
    static let counterpartNouns: Set<String> = ["counterpart", "counterparts", "colleague", "colleagues"]

    /// Possessive pronouns, which the actor layer resolves to their possessor.
    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]

    /// "its DPRK counterparts", "our Swedish hosts": a possessive pronoun right before another
    /// actor is the possessor, not a party of its own.
    static func dropPossessors(_ actors: inout [Int], s: EventSentence, actorAt: [Int?]) {
        guard actors.count > 1 else { return }
        actors.removeAll { a in
            let p = s.actors[a]
            guard possessives.contains(p.text.lowercased()),
                  let next = s.tokens.firstIndex(where: { $0.start >= p.end }) else { return false }
            return actorAt[next].map { $0 != a && s.actors[$0].country != nil } ?? false
        }
    }

    /// Verbs that take a bare or -ing verb right after them ("began talking", "stop testing").
    static let catenative: Set<String> = ["begin", "start", "stop", "keep", "continue", "finish", "resume", "avoid", "consider", "suggest", "recommend", "quit"]

    /// The frames of a sentence, in order of their predicates.
    /// Per-sentence facts every reader shares: which actor covers each token and the lemma
    /// candidates of each token, computed once.
    struct Analysis {
        var actorAt: [Int?]
        /// Each token's lemma entry: its candidates (the form or the tagger's lemma first),
        /// the verb lemmas the patterns or the governor table know, the first noun lemma the
        /// noun patterns know and the lemmas patterns name in arguments.
        var entries: [LemmaEntry]

        init(_ s: EventSentence, cache: LemmaCache) {
            let n = s.tokens.count
            actorAt = [Int?](repeating: nil, count: n)
            var t = 0
            for (a, actor) in s.actors.enumerated() where actor.end > actor.start {
                // Actors are sorted by offset: walk the tokens once.
                while t > 0 && s.tokens[t - 1].end > actor.start { t -= 1 }
                while t < n && s.tokens[t].end <= actor.start { t += 1 }
                var k = t
                while k < n && s.tokens[k].start < actor.end {
                    if actorAt[k] == nil { actorAt[k] = a }
                    k += 1
                }
            }
            var entries: [LemmaEntry] = []
            entries.reserveCapacity(n)
            for i in 0..<n {
                var entry = cache.entry(s.tokens[i].lower, key: s.tokens[i].key)
                if let l = s.tokens[i].lemma, !entry.candidates.contains(l) {
                    // The tagger's lemma goes first: the known words are looked up again.
                    entry = cache.entry(candidates: [l] + entry.candidates)
                }
                entries.append(entry)
            }
            // ("following the summit", "what they did": a verb known only for telling the act before
            // again is a verb only right before the words those patterns ask for)
            // (the look-up is the cached entry's: nothing is hashed for other words)
            for i in 0..<n {
                guard let words = entries[i].boundWords,
                      !s.tokens[(i + 1)..<min(n, i + 3)].contains(where: { words.contains($0.lower) }) else { continue }
                let e = entries[i]
                entries[i] = LemmaEntry(candidates: e.candidates, verbs: [], noun: e.noun, argumentLemmas: e.argumentLemmas)
            }
            self.entries = entries
        }

        /// Token `i`'s candidates that patterns name in arguments.
        func argumentLemmas(_ i: Int) -> [String] { entries[i].argumentLemmas }
        /// Token `i`'s first candidate the noun patterns know.
        func noun(_ i: Int) -> String? { entries[i].noun }
    }

    func frames(of s: EventSentence) -> [ClauseFrame] {
        frames(of: s, Analysis(s, cache: lemmas.cache()))
    }

    func frames(of s: EventSentence, _ analysis: Analysis) -> [ClauseFrame] {
        // The tokens are read in place: no token is copied (a copy retains its strings).
        s.tokens.withUnsafeBufferPointer { frames(of: s, analysis, toks: $0) }
    }

    private func frames(of s: EventSentence, _ analysis: Analysis, toks: UnsafeBufferPointer<EventToken>) -> [ClauseFrame] {
        let n = toks.count
        guard n > 0 else { return [] }
        let actorAt = analysis.actorAt
        let entries = analysis.entries
        func knownVerb(_ i: Int) -> String? { entries[i].verbs.first }
        // 1. Which words are verbs.
        var isVerb = [Bool](repeating: false, count: n)
        // ("11. Calls upon the Government of Sudan to …": an item of a list whose subject the line
        // before gave opens with its verb, perhaps after an adverb, whatever else the word can be)
        let itemVerb = s.impliedSubject.isEmpty ? nil : Self.openingVerb(toks)
        for i in 0..<n where actorAt[i] == nil {
            let t = toks[i]
            if i == itemVerb, knownVerb(i) != nil {
                isVerb[i] = true
                continue
            }
            if let upos = t.upos {
                isVerb[i] = (upos == "VERB" || (upos == "AUX" && t.is(.have) == false
                    && t.is(.be) == false && t.is(.modal) == false
                    && !t.is(.do))) && knownVerb(i) != nil
                continue
            }
            // After a modal comes a verb, known or not ("should relinquish power").
            var m = i - 1
            while m >= 0, toks[m].is(.adverb) || toks[m].is(.negation) { m -= 1 }
            if m >= 0, toks[m].is(.modal), !t.isPunctuation, !t.isCapitalized,
               !t.is(.adverb), !t.is(.negation),
               !t.is(.be), !t.is(.have),
               t.is(.alphabetic) {
                isVerb[i] = true
                continue
            }
            guard knownVerb(i) != nil, !t.isPunctuation else { continue }
            if i > 0 && t.isCapitalized && !(toks[i - 1].isPunctuation) { continue }
            // "BEIJING, March 10 -": a capitalized month before a number is a date, not a verb
            if t.isCapitalized, t.lower == "march" || t.lower == "may", i + 1 < n, toks[i + 1].lower.first?.isNumber ?? false { continue }
            if i > 0 {
                let before = toks[i - 1]
                // ("a commentary that called Abe a dwarf": "that" before a past form with an object
                // is a relative pronoun)
                let relativeThat = before.isWord(.that) && isPastForm(t) && i + 1 < n
                    && (actorAt[i + 1] != nil || toks[i + 1].is([.determiner, .pronoun]) || toks[i + 1].isCapitalized)
                // ("Washington first remove Cuba": "first" right after a name is an adverb)
                let adverbAfterName = before.is(.adverb) && i >= 2 && toks[i - 2].isCapitalized && !toks[i - 2].isPunctuation
                // ("have each called for restraint", "Germany, France and Poland each expelled four":
                // "each" floats after an auxiliary or a name)
                let floating = before.isWord(.each) && i >= 2 && (toks[i - 2].is(.auxiliary) || actorAt[i - 2] != nil)
                if before.is(.determiner) && !before.isWord(.all) && !before.isWord(.both) && !relativeThat && !adverbAfterName && !floating { continue }
                // ("the foreign ministers' meeting", "Japan's ruling": a word after a possessive is a noun)
                if let c = before.form.utf8.first, c == 0x27 || c == 0xE2,
                   before.form == "'" || before.form == "\u{2019}" || before.lower == "'s" || before.lower == "\u{2019}s" { continue }
                // ("Yemen's internationally recognised government", "a hastily arranged meeting": a
                // participle between a determiner's adverb and a noun modifies the noun)
                if t.is(.endsED), before.is(.adverb), i >= 2, toks[i - 2].is(.determiner), i + 1 < n, toks[i + 1].is(.alphabetic),
                   !toks[i + 1].is([.determiner, .preposition, .pronoun, .conjunction, .auxiliary]) { continue }
                if before.is(.preposition) && !before.isWord(.to) && !t.is(.endsING) { continue }
                if actorAt[i - 1] != nil, toks[i - 1].isWord(.possessive) || toks[i - 1].isWord(.curlyApostropheS) { continue }
                // A plural-looking noun/verb form ("talks", "visits") needs a subject-like word before it.
                // Right after a main verb, a verb-like word is its object ("rallied support").
                // (after "help" comes a bare infinitive: "helped detain a tanker")
                if isVerb[i - 1], !before.is(.auxiliary), !["help", "let", "make", "see", "hear", "watch", "get", "go", "come"].contains(entries[i - 1].candidates.last ?? ""),
                   !(entries[i - 1].candidates.contains("help") && !t.is([.endsED, .endsS, .endsING])),
                   !Self.catenative.contains(where: { entries[i - 1].candidates.contains($0) }) { continue }
                // After determiner + modifiers ("the ballistic missile launch", "Russia's missile test").
                // (nor, there, does "first" right after a name open a noun phrase)
                var k = adverbAfterName && before.is(.determiner) ? i - 2 : i - 1
                var nounPhrase = false
                // (a past that is no participle is no noun: "The test came nine days after …"; an
                // -ing word before "to" or "that" opens a clause: "a statement threatening to …")
                // ("a stern warning to Israel" stays a noun: after "to" comes no verb)
                let participleClause = t.is(.endsING) && i + 2 < n && (toks[i + 1].isWord(.that)
                    || (toks[i + 1].isWord(.to) && actorAt[i + 2] == nil && !toks[i + 2].isCapitalized
                        && !toks[i + 2].is([.determiner, .pronoun, .punctuation]) && toks[i + 2].is(.alphabetic)
                        // ("a stern warning to separatists": after "to" comes no verb)
                        && (knownVerb(i + 2) != nil || !toks[i + 2].is(.endsS)))
                    // ("a statement urging Japan to withdraw the claim": an -ing verb of asking, its
                    // object and an infinitive)
                    || Self.asksSomeoneTo(i, toks: toks, entries: entries, actorAt: actorAt)
                    // ("issued a joint statement condemning it", "a letter protesting the arrest":
                    // an -ing verb right after a message noun, with its object after it)
                    // (not "a declaration committing them to establish relations": an object and
                    // an infinitive of a verb that asks nothing of it)
                    // (nor the message of a chunk: "joined South Korea in a statement condemning
                    // …" is read as one act with its `in` chunk)
                    || i + 1 < n && Self.messageNouns.contains(before.lower) && !entries[i].verbs.isEmpty
                        && (actorAt[i + 1] != nil || toks[i + 1].is([.determiner, .pronoun]))
                        && !toks[(i + 2)..<min(n, i + 4)].contains { $0.isWord(.to) }
                        && !toks[max(0, i - 4)..<(i - 1)].contains { $0.is(.preposition) })
                // ("A Pakistani jet shot down an Indian MiG": an irregular past before its particle
                // is a verb)
                let phrasalPast = i + 1 < n && Self.pastParticleKeys.contains(toks[i + 1].key) && lemmatizer.irregular[t.lower] != nil
                // ("The ministry said it would …", "The minister met the envoy": an irregular past
                // before a subject or an object's first word is a verb; "the summit held in Hanoi"
                // stays a noun phrase)
                // (the word tests first: they are bits)
                let pastBeforeArgument = i + 1 < n && !t.is(.endsED)
                    && (toks[i + 1].is([.pronoun, .determiner]) || toks[i + 1].isWord(.that) || actorAt[i + 1] != nil
                        || toks[i + 1].isCapitalized && !toks[i + 1].isPunctuation)
                    && lemmatizer.isPast(t.lower)
                while k >= 0, i - k <= 4, !t.is(.endsED), !lemmatizer.irregularPastOnly.contains(t.lower), !participleClause, !phrasalPast,
                      !pastBeforeArgument,
                      // ("The ministers held talks", "The sanctions hit Russian banks": a past form
                      // right after a plural is its verb)
                      !(k == i - 1 && toks[k].is(.endsS) && !toks[k].is(.endsSS)
                        && lemmatizer.irregular[t.lower] != nil) {
                    let w = toks[k]
                    // ("insisted that Washington remove Cuba from the list": "that" after a verb
                    // opens its clause; a capital not yet read as an actor is the subject)
                    if w.isWord(.that), k > 0, isVerb[k - 1], k + 1 < i, toks[k + 1].isCapitalized { break }
                    if w.is(.determiner) { nounPhrase = true; break }
                    if actorAt[k] != nil {
                        // "a North Korean coal ship": an actor word after an article modifies the noun.
                        let first = Self.actorStart(k, actorAt)
                        // (or after a possessive: "our Swedish hosts", "their American counterparts")
                        let article = { (j: Int) in toks[j].isWord(.a) || toks[j].isWord(.an) || Self.possessives.contains(toks[j].lower) }
                        if article(first) || (first > 0 && article(first - 1)) { nounPhrase = true }
                        // ("the Iranian consular building in Damascus": after "the", a name and a
                        // plain modifier, an -ing word that takes no object is a noun)
                        if t.is(.endsING), k < i - 1, toks[first].isWord(.the) || first > 0 && toks[first - 1].isWord(.the),
                           i + 1 == n || toks[i + 1].isPunctuation || toks[i + 1].is(.preposition) && !toks[i + 1].isWord(.to) {
                            nounPhrase = true
                        }
                        break
                    }
                    // "killed in hand-to-hand fighting", "after heavy shelling": an -ing word after a
                    // preposition and a plain modifier is a noun ("by forcibly removing" stays a verb).
                    // (not after a verb's particle, nor after a plural: "shoot down missiles heading for Guam")
                    if t.is(.endsING), k < i - 1, w.is(.preposition), !w.isWord(.to),
                       k == 0 || !isVerb[k - 1] || !["down", "up", "off", "out", "away", "over"].contains(w.lower), actorAt[k + 1] == nil,
                       !toks[i - 1].is(.endsS), !toks[k + 1].is([.adverb, .pronoun, .determiner, .punctuation]),
                       toks[k + 1].is(.alphabetic) || toks[k + 1].lower.contains("-") {
                        nounPhrase = true
                        break
                    }
                    if (isVerb[k] && !w.is(.endsED))
                        || w.is([.auxiliary, .adverb, .pronoun, .punctuation, .preposition, .conjunction, .relative, .subordinator]) { break }
                    k -= 1
                }
                if nounPhrase { continue }
                // "the … Consultative Group meeting", "the Sunday meeting": an -ing word after a
                // capitalized word that names no actor (and does not open the sentence) is the head
                // of a name's noun phrase.
                if t.is(.endsING), before.isCapitalized, actorAt[i - 1] == nil, i >= 2, !toks[i - 2].isPunctuation { continue }
                // "offered humanitarian aid", "provided security guarantees": a verb, one plain
                // word that is no verb, then this word: the head of the object (a reporting verb
                // takes a clause instead: "said prices rose").
                // ("sent rescue teams": a plural after a bare form that could be a verb too, unless
                // the verb takes a bare infinitive: "helped rescue survivors")
                if i >= 2, isVerb[i - 2], !t.is(.endsED), actorAt[i - 1] == nil, !before.isCapitalized, before.is(.alphabetic),
                   !before.is([.determiner, .preposition, .pronoun, .auxiliary, .adverb, .conjunction, .subordinator, .relative, .negation]),
                   knownVerb(i - 1) == nil || t.is(.endsS) && !t.is(.endsSS) && !before.is([.endsED, .endsING, .endsS])
                    && !Self.bareInfinitiveVerbs.contains(entries[i - 2].candidates.last ?? ""),
                   !entries[i - 2].candidates.contains(where: { lexicon.governors[$0] == "report" }) { continue }
                if t.is(.endsS), analysis.noun(i) != nil {
                    let subjectLike = actorAt[i - 1] != nil || before.is([.pronoun, .relative, .adverb]) || before.isWord(.that)
                    if !subjectLike { continue }
                    // "the U.S.-North Korea talks resumed": an act noun after a name and before a
                    // past-tense verb is the head of the subject.
                    if actorAt[i - 1] != nil, i + 1 < n, actorAt[i + 1] == nil, let next = knownVerb(i + 1),
                       toks[i + 1].is(.endsED) || (next != toks[i + 1].lower && !toks[i + 1].is([.endsS, .endsING])) { continue }
                }
                // Adjective-like position: "a meeting", "this visit", "the signed document".
                // ("Washington and Brussels both urged Pristina": "both" after the subject is no article)
                if t.is(.endsED), i + 1 < n, knownVerb(i + 1) == nil, before.is(.determiner), !before.isWord(.both), !before.isWord(.all),
                   !relativeThat, !floating { continue }
                // "sent rescue teams and aid within hours": a bare form after "and" and a plural
                // noun, before a preposition or the end of the phrase, is the list's last noun
                if i >= 2, before.isWord(.and) || before.isWord(.or), !isVerb[i - 2], actorAt[i - 2] == nil,
                   toks[i - 2].is(.endsS), !toks[i - 2].is(.endsSS), !t.is([.endsED, .endsING, .endsS]),
                   i + 1 == n || toks[i + 1].isPunctuation || toks[i + 1].is(.preposition) && !toks[i + 1].isWord(.to) { continue }
                // "halt further steps", "new sanctions", "more talks": a plural after a word of
                // quantity or novelty is a noun
                if t.is(.endsS), !t.is(.endsSS), Self.nounModifierKeys.contains(before.key) { continue }
                // ("pledged 650 million euros in military aid on Thursday", "economic support": a
                // bare form after an adjective of kind is a noun)
                if Self.kindAdjectiveKeys.contains(before.key), !t.is([.endsS, .endsED, .endsING]), !lemmatizer.isPast(t.lower) { continue }
            }
            if t.is(.endsING), i + 1 < n, toks[i + 1].isWord(.of) { continue }
            // "the American patrols", "the Chinese drills": a plural after "the" and a
            // nationality adjective is a noun ("the United States patrols" stays a verb).
            // (so is an -ing word there: "on the sidelines of the G20 meeting", and a base form:
            // "welcomed the Russian veto and thanked Moscow")
            let baseForm = !t.is([.endsS, .endsING, .endsED]) && !lemmatizer.isPast(t.lower)
            if t.is(.endsS) && !t.is(.endsSS) || t.is(.endsING) || baseForm, !t.isCapitalized, i >= 2, actorAt[i - 1] != nil, toks[i - 1].isCapitalized,
               !toks[i - 1].lower.hasSuffix("s"), t.is(.endsING) || toks[i - 1].form != toks[i - 1].form.uppercased(),
               case let first = Self.actorStart(i - 1, actorAt), toks[first].lower == "the",
               // ("The People's Liberation Army sends 39 aircraft", "The Eastern Theater Command
               // announces drills": a body's name is no nationality word)
               i - 1 - first <= 2, !Self.bodyNouns.contains(toks[i - 1].lower),
               !(first..<i).contains(where: { toks[$0].isWord(.possessive) || toks[$0].isWord(.curlyApostropheS) }) { continue }
            // "shelled Ukrainian positions near Kharkiv", "with American officials": a plural after
            // a verb or preposition and a name is that name's noun.
            if t.is(.endsS), !t.is(.endsSS), !t.isCapitalized, i >= 2, actorAt[i - 1] != nil, toks[i - 1].isCapitalized {
                let st = Self.actorStart(i - 1, actorAt)
                // (not after a verb of saying or thinking: "said North Korea needs talks")
                let reports = st > 0 && entries[st - 1].candidates.contains { lexicon.governors[$0] == "report" }
                if st > 0, !reports, isVerb[st - 1] || (toks[st - 1].is(.preposition) && !toks[st - 1].isWord(.to)) { continue }
            }
            // "Japan gave Turkey support", "offered Kyiv help": a bare word after a verb of giving
            // and its first object is the second object (the name took no verb of its own).
            if baseForm, !t.isCapitalized, t.is(.alphabetic), !t.is([.auxiliary, .negation, .conjunction, .preposition, .determiner, .pronoun, .adverb]),
               i >= 2, actorAt[i - 1] != nil, toks[i - 1].isCapitalized,
               case let st = Self.actorStart(i - 1, actorAt), st > 0, isVerb[st - 1],
               entries[st - 1].candidates.contains(where: Self.givingVerbs.contains) { continue }
            // "Chinese coast guard ships fired water cannon": a plural between a name and a past
            // verb is the subject's head.
            if t.is(.endsS), !t.is(.endsSS), !t.isCapitalized, i > 0, actorAt[i - 1] != nil, i + 1 < n, actorAt[i + 1] == nil,
               toks[i + 1].is(.endsED) || lemmatizer.irregularPastOnly.contains(toks[i + 1].lower) { continue }
            // ("Tigrayan forces fired rockets at Asmara": so is one between a capitalized word the
            // actor layer did not read and a past verb)
            if t.is(.endsS), !t.is(.endsSS), !t.isCapitalized, i > 0, toks[i - 1].isCapitalized, !toks[i - 1].isPunctuation,
               actorAt[i - 1] == nil, i + 1 < n, actorAt[i + 1] == nil, !toks[i + 1].isCapitalized,
               toks[i + 1].is(.endsED) || lemmatizer.irregularPastOnly.contains(toks[i + 1].lower) { continue }
            // ("the PLA drills around Taiwan last week posed a grave threat": so is one whose
            // prepositional phrase runs on to a past verb)
            if t.is(.endsS), !t.is(.endsSS), !t.isCapitalized, i > 0, actorAt[i - 1] != nil, i + 2 < n,
               toks[i + 1].is(.preposition), !toks[i + 1].isWord(.to), !toks[i + 1].isWord(.of),
               let j = (i + 2..<min(n, i + 8)).first(where: { k in
                   actorAt[k] == nil && (toks[k].is(.endsED) || lemmatizer.irregularPastOnly.contains(toks[k].lower)) && !toks[k].isCapitalized
               }),
               !(i + 2..<j).contains(where: { toks[$0].isPunctuation || toks[$0].is([.conjunction, .relative, .subordinator, .auxiliary, .pronoun]) }) { continue }
            // ("The IAEA board found Iran in breach": so is a bare word between a name and a past
            // verb with an object)
            if !t.is([.endsS, .endsED, .endsING]), !t.isCapitalized, t.is(.alphabetic), i > 0, actorAt[i - 1] != nil,
               toks[i - 1].isCapitalized, i + 2 < n, actorAt[i + 1] == nil,
               toks[i + 1].is(.endsED) || lemmatizer.irregularPast.contains(toks[i + 1].lower),
               actorAt[i + 2] != nil || toks[i + 2].is([.determiner, .pronoun]) { continue }
            // "North Korean shipping firms", "Chinese fishing boats": an -ing word between an
            // actor word and a lowercase plural modifies that plural.
            // ("in exchange for Morocco normalizing relations": after "for", "despite" or "without"
            // the name is the subject of a gerund)
            if t.is(.endsING), i > 0, actorAt[i - 1] != nil, i + 1 < n, actorAt[i + 1] == nil,
               toks[i + 1].is(.endsS), !toks[i + 1].is(.endsSS), !toks[i + 1].isCapitalized, toks[i + 1].is(.alphabetic),
               !(Self.actorStart(i - 1, actorAt) > 0 && ["for", "despite", "without"].contains(toks[Self.actorStart(i - 1, actorAt) - 1].lower)) { continue }
            // "the list of state sponsors of terrorism": a plural after a preposition and one
            // plain word is a noun.
            // ("of state sponsors": "state" after "of" was read as no verb)
            if t.is(.endsS), !t.is(.endsSS), i >= 2, toks[i - 2].is(.preposition), !toks[i - 2].isWord(.to), actorAt[i - 1] == nil,
               knownVerb(i - 1) == nil || !isVerb[i - 1], !toks[i - 1].isCapitalized, toks[i - 1].is(.alphabetic),
               !toks[i - 1].is([.determiner, .pronoun, .adverb, .conjunction, .relative, .subordinator]) { continue }
            // "fired rockets and artillery shells at …": a third-person form after "and" and one
            // plain word, with a plural before "and", would have a coordinated subject, which no
            // -s verb takes; it is the head of the second plural.
            if t.is(.endsS), !t.is(.endsSS), i >= 3, toks[i - 2].isWord(.and), actorAt[i - 1] == nil,
               !toks[i - 1].isCapitalized, toks[i - 1].is(.alphabetic),
               !toks[i - 1].is([.determiner, .pronoun, .adverb, .conjunction, .relative, .subordinator, .preposition]),
               toks[i - 3].is(.endsS), !toks[i - 3].is(.endsSS), !toks[i - 3].isCapitalized, !isVerb[i - 3] { continue }
            // "put Cuba back on its list", "flew back to Seoul": `back` before a preposition is
            // an adverb ("backed the plan", "will back Kyiv" stay verbs).
            if t.lower == "back", i + 1 < n, toks[i + 1].is(.preposition) { continue }
            // "Going forward, ..." is a discourse marker, not a clause.
            if t.isWord(.going), i + 1 < n, toks[i + 1].isWord(.forward) { continue }
            // A third-person verb does not follow a comma, a conjunction or a preposition ("partners, allies").
            if i > 0, t.is(.endsS), !t.is(.endsSS), !t.isWord(.was), !t.isWord(.has), !t.isWord(.`is`) {
                let before = toks[i - 1]
                // ("… and looks forward to more exchanges", "… and calls on Israel to …": a verb's
                // own next word shows it is one)
                let verbal = before.is(.conjunction) && i + 1 < n && Self.verbFollowers.contains(toks[i + 1].lower)
                // ("Guterres, through a spokesman, urges both governments to …": after an aside
                // closed by a comma, the first verb of a sentence that opened with an actor, before
                // an object, is its predicate)
                let afterAside = before.isWord(.comma) && i + 1 < n && knownVerb(i) != nil
                    && !(0..<i).contains(where: { isVerb[$0] }) && (0..<i).contains(where: { actorAt[$0] != nil })
                    && (0..<(i - 1)).lazy.filter({ toks[$0].isWord(.comma) }).count == 1
                    && (actorAt[i + 1] != nil || toks[i + 1].is([.determiner, .pronoun]) || Self.verbFollowers.contains(toks[i + 1].lower))
                // ("The United States condemns it and urges Beijing to …": after "and", a form like
                // an earlier third-person verb of the sentence, before an object's first word, goes
                // on with that verb's subject)
                let parallel = before.isWord(.and) && i + 1 < n
                    && (actorAt[i + 1] != nil || toks[i + 1].is([.determiner, .pronoun]))
                    && (0..<(i - 1)).contains(where: { isVerb[$0] && toks[$0].is(.endsS) && !toks[$0].is(.endsSS) })
                    && !((0..<(i - 1)).contains(where: { toks[$0].is(.clauseBreak) }))
                if (before.isWord(.comma) || before.is([.conjunction, .preposition])) && !verbal && !afterAside && !parallel { continue }
            }
            isVerb[i] = true
        }
        // "launched what it called an anti-terrorist operation": the naming verb of a free
        // relative is part of the object, not a clause of its own (the act is the launch).
        var namingWhat = Set<Int>()
        for i in 2..<max(2, n) where isVerb[i] && entries[i].candidates.contains(where: Self.namingVerbs.contains) {
            var k = i - 1
            while k > 0, i - k <= 3, !toks[k].isPunctuation, !toks[k].isWord(.what), !isVerb[k] { k -= 1 }
            if k < i - 1, toks[k].isWord(.what) {
                isVerb[i] = false
                namingWhat.insert(k)
            }
        }
        // ("struck more than 60 targets at 16 locations": a plural after a count is counted,
        // whatever the tagger says; "Resolution 2397 calls on …" names its number after a
        // capital and keeps its verb)
        // (so is one after a count and one or two plain modifiers: "bombed five military
        // targets in Libya", "expelled two senior consular officers")
        for i in 1..<max(1, n) where isVerb[i] && Self.endsInS(toks[i]) {
            var j = i - 1
            // (the modifiers may be joined: "five military and terrorist-support targets")
            while j > 0, i - j <= 4, !isVerb[j], actorAt[j] == nil, !toks[j].isCapitalized,
                  toks[j].is(.alphabetic) || toks[j].lower.contains("-") && toks[j].lower.first?.isLetter == true,
                  !toks[j].is([.determiner, .preposition, .pronoun, .auxiliary, .adverb, .subordinator, .relative, .negation]),
                  !toks[j].is(.conjunction) || (toks[j].isWord(.and) || toks[j].isWord(.or)) && j < i - 1 && j > 1,
                  !Self.countWords.contains(toks[j].lower) {
                j -= 1
            }
            // ("struck air defence sites across Yugoslavia": nor is one after a verb and one to
            // three plain modifiers, before a preposition or a stop, a verb of its own)
            if isVerb[j], j < i - 1, i - j <= 4, i + 1 == n || toks[i + 1].is(.preposition) || toks[i + 1].isPunctuation {
                isVerb[i] = false
                continue
            }
            let digits = toks[j].lower.first?.isNumber ?? false
            guard digits || Self.countWords.contains(toks[j].lower) else { continue }
            if digits, j >= 1, toks[j - 1].isCapitalized, !toks[j - 1].isPunctuation { continue }
            isVerb[i] = false
        }
        // Auxiliaries that precede another verb are part of its group, not predicates.
        var frames: [ClauseFrame] = []
        var groupOf = [Int?](repeating: nil, count: n)
        var predicates: [Int] = []
        for i in 0..<n where isVerb[i] {
            // "have" or "be" used as auxiliaries of a following verb are not predicates themselves.
            if toks[i].is(.auxiliary) {
                var j = i + 1
                while j < n, toks[j].is(.negation) || toks[j].is(.adverb) { j += 1 }
                if j < n, isVerb[j] { continue }
                // "has been experiencing": a perfect or progressive auxiliary before an unknown verb.
                if j < n, toks[j].isWord(.been) || toks[j].isWord(.being) { continue }
            }
            predicates.append(i)
        }
        // 2. Verb groups.
        for p in predicates {
            var g = p
            var modals: [String] = []
            var negated = false
            var hasBe = false
            var hasTo = false
            while g - 1 >= 0 {
                let w = toks[g - 1]
                let (to, going, get) = (w.isWord(.to), w.isWord(.going), w.isWord(.get) || w.isWord(.got))
                if w.is([.auxiliary, .negation, .adverb]) || to || going || get {
                    if groupOf[g - 1] != nil || actorAt[g - 1] != nil { break }
                    if to {
                        hasTo = true
                        g -= 1
                        // "decided not to attend", "saw no reason not to meet": a negated infinitive
                        if g - 1 >= 0, toks[g - 1].is(.negation), groupOf[g - 1] == nil, actorAt[g - 1] == nil {
                            negated = true
                            g -= 1
                        }
                        break
                    }
                    if w.is(.modal) { modals.append(w.lower) }
                    if going { modals.append("going") }
                    if w.is(.negation) { negated = true }
                    if w.is(.be) || get { hasBe = true }
                    g -= 1
                } else { break }
            }
            // "helped detain a tanker": after "help" a bare infinitive is its complement
            if !hasTo, g == p, g > 0, isVerb[g - 1], entries[g - 1].candidates.contains("help"),
               !toks[p].is([.endsED, .endsS, .endsING]) { hasTo = true }
            for k in g...p { groupOf[k] = frames.count }
            let known = entries[p].verbs
            var f = ClauseFrame(predicate: p, lemmas: known.isEmpty ? [toks[p].lower] : known,
                                verbGroup: g...p, span: g...p)
            f.modals = modals.reversed()
            f.negated = negated || Self.deniedInfinitive(before: g, toks: toks)
            let head = toks[p]
            let participle = head.is([.endsED, .endsEN]) || (!head.is(.be) && lemmatizer.irregular[head.lower] != nil)
            f.passive = hasBe && participle && !head.is(.endsING)
            if hasTo { f.kind = .xcomp }
            frames.append(f)
        }
        // "reinstated the sanctions it had lifted": a subject pronoun right after a noun that
        // follows another verb opens a relative clause without "that"; the noun ends the object.
        var zeroRelative = Set<Int>()      // the pronoun's index
        for fi in frames.indices {
            let g = frames[fi].verbGroup.lowerBound
            guard g >= 3, toks[g - 1].is(.pronoun), Self.subjectPronouns.contains(toks[g - 1].lower), actorAt[g - 2] == nil, groupOf[g - 2] == nil,
                  toks[g - 2].is(.alphabetic), !toks[g - 2].is([.preposition, .conjunction, .determiner, .pronoun, .relative,
                                                                  .subordinator, .adverb, .auxiliary, .negation]),
                  !toks[g - 2].isWord(.that), !toks[g - 2].isCapitalized || toks[g - 2].lower == toks[g - 2].form,
                  case let before = (0..<(g - 2)).reversed().prefix(while: { !toks[$0].is(.clauseBreak) && !toks[$0].isWord(.comma) }),
                  let verb = before.first(where: { groupOf[$0] != nil }), !before.prefix(while: { $0 > verb }).contains(where: { toks[$0].is(.preposition) })
            else { continue }
            zeroRelative.insert(g - 1)
        }
        // 3. Arguments.
        for fi in frames.indices {
            var f = frames[fi]
            let g = f.verbGroup.lowerBound
            let zero = zeroRelative.contains(g - 1)
            // Left boundary.
            var b = zero ? g - 2 : g - 1
            while b >= 0 && !zero {
                // "The Office of Foreign Assets Control (OFAC) today designated …": a short
                // parenthesis right after a name restates the name and belongs to the subject.
                // (only right before the verb: "the Council (OAS) first heard … carried out" is no
                // subject of "carried")
                if b + 2 >= g, let open = Self.parenthesisAfterName(closing: b, toks: toks, groupOf: groupOf, actorAt: actorAt) {
                    b = open - 1
                    continue
                }
                if groupOf[b] != nil || toks[b].is(.clauseBreak) { break }
                if b >= 2, toks[b].isWord(.and) || toks[b].isWord(.but), toks[b - 1].isWord(.comma),
                   Self.followsVerbPhrase(b - 2, toks: toks, groupOf: groupOf, actorAt: actorAt) {
                    // "Poland criticized Belarus, and Lithuania condemned it": ", and" after a verb's
                    // object starts a new clause; the object is no part of the next subject.
                    break
                }
                // ("Germany expelled four, Canada expelled two and Spain expelled one": a comma or
                // "and" after a verb's object, before a lone name right before this verb, starts a
                // new clause whose subject is that name)
                // (not after a name: "said Israel and Iran had agreed" coordinates two subjects)
                if b >= 1, toks[b].isWord(.comma) || toks[b].isWord(.and), actorAt[b] == nil, actorAt[b - 1] == nil,
                   Self.nameBeforeVerb(after: b, toks: toks, groupOf: groupOf, actorAt: actorAt) == g,
                   Self.followsVerbPhrase(b - 1, toks: toks, groupOf: groupOf, actorAt: actorAt),
                   // (not after a fronted participle, whose subject follows it: "Meeting Hayashi in
                   // Jakarta on July 14, Wang Yi told him …")
                   let before = (0..<b).last(where: { groupOf[$0] != nil }), !toks[before].is(.endsING) {
                    break
                }
                if actorAt[b] == nil && (toks[b].is([.subordinator, .relative]) || toks[b].lower == "what" && !namingWhat.contains(b)),
                   // ("That October, Aliyev pulled out …": "that" before a time is a demonstrative)
                   !Self.demonstrativeThat(b, toks) {
                    // "that" after a noun or an actor is a relative pronoun, after a verb a complementizer.
                    break
                }
                b -= 1
            }
            let regionStart = b + 1
            if b >= 0, groupOf[b] == nil, actorAt[b] == nil, !Self.demonstrativeThat(b, toks) {
                if toks[b].is(.relative) || (toks[b].isWord(.that) && b > 0 && groupOf[b - 1] == nil
                                                           && regionStart == g) {
                    if f.kind != .xcomp { f.kind = .relative }
                } else if toks[b].isWord(.that), b > 0, groupOf[b - 1] == nil, actorAt[b - 1] == nil, toks[b - 1].is(.alphabetic),
                          !toks[b - 1].isCapitalized, !toks[b - 1].is([.determiner, .preposition, .pronoun, .adverb, .conjunction, .auxiliary]),
                          regionStart < g, (regionStart..<g).contains(where: { actorAt[$0] != nil }), !f.passive, f.modals.isEmpty,
                          (regionStart..<g).allSatisfy({ actorAt[$0] != nil || toks[$0].is([.determiner, .auxiliary, .adverb, .negation]) }),
                          f.predicate + 1 == n || toks[f.predicate + 1].isPunctuation || toks[f.predicate + 1].is(.preposition) {
                    // ("rejected a proposal that Serbia had accepted": "that" after a noun, with a
                    // subject and a verb told without a modal whose object is missing, opens a
                    // relative clause; its object is the noun. "the assurance that North Korea
                    // would stop" is the noun's content)
                    if f.kind != .xcomp { f.kind = .relative }
                    f.subordinator = "that"
                } else if toks[b].lower == "what", b > 0, toks[b - 1].is(.preposition), !namingWhat.contains(b) {
                    // ("of what each government said": a free relative, whose verb names a topic)
                    f.subordinator = "what"
                } else if toks[b].is(.subordinator) {
                    f.subordinator = toks[b].lower
                    if f.kind != .xcomp {
                        f.kind = (toks[b].isWord(.that) || toks[b].isWord(.whether)) ? .ccomp : .adverbial
                    }
                }
            }
            // "stopped in Tokyo, where he met Abe": after "where" or "when" the clause has a
            // subject of its own; the antecedent is a place or a time, not the actor.
            // (so has a free relative: "on what Kim had told him")
            // (and so has one after a preposition: "incidents in which Chinese vessels fired …")
            let adverbial = b >= 0 && (toks[b].lower == "where" || toks[b].lower == "when" || toks[b].lower == "what"
                || b > 0 && toks[b].is(.relative) && toks[b - 1].is(.preposition)) && regionStart < g
            // "joint exercises with the United States, which Beijing denounced as provocative": a
            // name between the relative word and the verb is the clause's own subject; the
            // antecedent is its object.
            // ("a joint statement in which North Korea committed …", "whose leader …": not so)
            // ("in Tokyo, where both sides pledged …": a place or a time is no object)
            let objectRelative = f.kind == .relative && b >= 0 && (toks[b].is(.relative) || f.subordinator == "that") && regionStart < g && !adverbial
                && toks[b].lower != "whose" && !(b > 0 && toks[b - 1].is(.preposition))
                && (regionStart..<g).contains(where: { actorAt[$0] != nil })
            if f.kind == .relative, adverbial || objectRelative {
                f.subject = argument(regionStart...(g - 1), preposition: nil, s: s, actorAt: actorAt, words: analysis.entries, subject: true)
                // ("explosions were heard near Isfahan, where Israel struck a radar": the place
                // "where" stands for is where the clause's act happened)
                if toks[b].lower == "where" {
                    var k = b - 1
                    if k >= 0, toks[k].isWord(.comma) { k -= 1 }
                    if k >= 0, let a = actorAt[k], s.actors[a].isPlace || s.actors[a].sector == nil {
                        f.obliques.append(FrameArgument(preposition: "in", tokens: k...k, lemmas: [], actors: [a]))
                    }
                }
                if objectRelative {
                    // (the antecedent: the words before the relative word back to a preposition,
                    // a verb or punctuation: "a missile", "the United States")
                    var end = b - 1
                    if end >= 0, toks[end].isWord(.comma) { end -= 1 }
                    var start = end
                    while start > 0, groupOf[start - 1] == nil, !toks[start - 1].isPunctuation,
                          !toks[start - 1].is([.preposition, .relative, .subordinator, .conjunction]) { start -= 1 }
                    if end >= 0, start <= end, groupOf[end] == nil, !toks[end].isPunctuation {
                        f.object = argument(start...end, preposition: nil, s: s, actorAt: actorAt, words: analysis.entries, subject: false)
                    }
                }
            } else if f.kind == .relative {
                // Antecedent: the nearest actor before the relative word.
                var k = b - 1
                // ("release those who have been detained": a pronoun right before the relative
                // word is the antecedent, whoever is named before it)
                let pronounAntecedent = b >= 1 && actorAt[b - 1] == nil && Self.antecedentPronouns.contains(toks[b - 1].lower)
                while k >= 0, actorAt[k] == nil, k > b - 4 { k -= 1 }
                if !pronounAntecedent, k >= 0, let a = actorAt[k] {
                    f.subject = FrameArgument(tokens: k...k, lemmas: [], actors: [a])
                } else if b >= 1, Self.messageNouns.contains(toks[b - 1].lower),
                          let owner = frames[..<fi].last(where: { $0.kind == .main && $0.predicate < b }), let subject = owner.subject,
                          !subject.actors.isEmpty {
                    // ("KCNA answered with a commentary that called Abe a dwarf": a statement's
                    // words are its issuer's, the subject of the clause that issued it)
                    f.subject = subject
                }
            } else if regionStart < g {
                var from = regionStart
                // "Following Indian actions on February 26, I spoke …": the subject follows the fronted phrase.
                // ("In August, Japan, the United States and South Korea condemned …": the first
                // comma after which a name opens the rest, so that a list of names stays whole)
                func opensName(_ c: Int) -> Bool {
                    guard toks[c].isWord(.comma), actorAt[c] == nil, c + 1 < g else { return false }
                    if actorAt[c + 1] != nil { return true }
                    return c + 2 < g && toks[c + 1].is(.determiner) && actorAt[c + 2] != nil
                }
                let lastComma = (regionStart..<g).last { toks[$0].isWord(.comma) && actorAt[$0] == nil }
                // ("According to Japanese and South Korean sources, Kitamura met …": so does an
                // attribution)
                // ("On Monday Kuwait, Oman and Qatar condemned …": not a comma of a list whose first
                // name follows the phrase of time with no comma)
                func inListAfterTime(_ c: Int) -> Bool {
                    guard c > 0, let a = actorAt[c - 1] else { return false }
                    let first = Self.actorStart(c - 1, actorAt)
                    return first > regionStart && actorAt[first] == a && s.inTime(first - 1)
                }
                if toks[regionStart].is([.preposition, .subordinator]) || toks[regionStart].isWord(.according),
                   let comma = (regionStart..<g).first(where: opensName) ?? lastComma, !inListAfterTime(comma),
                   (comma + 1..<g).contains(where: { actorAt[$0] != nil }) {
                    from = comma + 1
                }
                // "… its hostile policy, a day after the first talks in seven months broke down": a
                // noun phrase after the last comma with no name in it is the subject; the names
                // before the comma belong to another clause.
                if let comma = (from..<g).last(where: { toks[$0].isWord(.comma) && actorAt[$0] == nil }), comma + 1 < g,
                   !(comma + 1..<g).contains(where: { actorAt[$0] != nil }),
                   (comma + 1..<g).contains(where: { toks[$0].is(.determiner) }),
                   !(comma + 1..<g).contains(where: { toks[$0].is([.relative, .subordinator, .pronoun]) }) {
                    from = comma + 1
                }
                // ("Ethiopia completed the second filling, and the Security Council met": after ", and"
                // or ", but", a clause with words of its own before it is another's, and its names
                // are no subject of this verb; a list of names keeps them: "Japan, South Korea, and
                // the United States met")
                if let comma = (from..<g).last(where: { toks[$0].isWord(.comma) && actorAt[$0] == nil }), comma + 2 < g,
                   toks[comma + 1].isWord(.and) || toks[comma + 1].isWord(.but), (comma + 2..<g).contains(where: { actorAt[$0] != nil }),
                   (from..<comma).contains(where: { actorAt[$0] == nil && toks[$0].is(.alphabetic) && !toks[$0].isCapitalized
                       && !toks[$0].is([.determiner, .conjunction, .preposition]) }) {
                    from = comma + 2
                }
                // ("seized seven rifles and punctured the hulls, military chief Gen. Romeo Brawner
                // Jr. said": a short sayer after the last comma whose verb closes the sentence)
                if let comma = (from..<g).last(where: { toks[$0].isWord(.comma) }), comma > from,
                   Self.closesWithSayer(after: comma, toks: toks, groupOf: groupOf, frames: frames, lexicon: lexicon) {
                    from = comma + 1
                }
                // "summoned the ambassador on Tuesday after a missile crossed into its airspace":
                // after a preposition that can open a clause, with no comma before the verb, the
                // clause has its own subject.
                if let p = (from..<g).last(where: { Self.clauseOpeningPrepositions.contains(toks[$0].lower) && actorAt[$0] == nil }),
                   p > from, p + 1 < g, !(p + 1..<g).contains(where: { toks[$0].isWord(.comma) }) {
                    from = p + 1
                    f.kind = .adverbial
                    f.subordinator = toks[p].lower
                }
                f.subject = argument(from...(g - 1), preposition: nil, s: s, actorAt: actorAt, words: analysis.entries, subject: true)
                // "coast guard personnel armed with knives and axes boarded two boats": a lone
                // participle right after its noun, with a preposition after it, modifies the noun;
                // the verb after its phrase is the noun's.
                // (or in the present of a chronology: "a delegation led by Mullen lands in Taipei")
                if f.kind == .main, !f.passive, f.subject?.actors.isEmpty ?? true, from == regionStart, b >= 0, let pi = groupOf[b], pi < fi,
                   isPastForm(toks[f.predicate])
                    || f.verbGroup.count == 1 && !toks[f.predicate].is(.endsING),
                   frames[pi].verbGroup.count == 1, toks[frames[pi].predicate].is(.endsED),
                   toks[regionStart].is(.preposition), !toks[regionStart].isWord(.to),
                   let ps = frames[pi].subject, !ps.actors.isEmpty, !frames[pi].passive,
                   frames[pi].predicate > 0, ps.tokens.upperBound == frames[pi].predicate - 1 {
                    f.subject = ps
                    f.kind = frames[pi].kind
                    f.subordinator = frames[pi].subordinator
                }
            }
            // "Pompeo, who had been sworn in two weeks earlier, met Kim": after a relative aside
            // between commas, the verb's subject is the aside's antecedent.
            var afterAside = false
            if f.kind != .xcomp, let antecedent = Self.asideAntecedent(before: g, toks: toks, actorAt: actorAt) {
                var named: [Int] = []
                for k in antecedent { if let a = actorAt[k], !named.contains(a) { named.append(a) } }
                f.subject = FrameArgument(tokens: antecedent, lemmas: [], actors: named)
                f.kind = .main
                f.subordinator = nil
                afterAside = true
            }
            // Governor for complements and coordination (not the aside's verb).
            if !afterAside, b >= 0, var prev = groupOf[b] {
                // "reinstated the sanctions it had lifted and added a ban": a verb with an object of
                // its own cannot continue a relative whose object is its antecedent; it continues
                // the clause the antecedent belongs to.
                if zeroRelative.contains(frames[prev].verbGroup.lowerBound - 1), f.predicate + 1 < n,
                   toks[f.predicate + 1].is(.determiner) || actorAt[f.predicate + 1] != nil,
                   let outer = frames[..<prev].lastIndex(where: { $0.kind != .relative }) {
                    prev = outer
                }
                let between = regionStart < g ? Array(toks[regionStart..<g]) : []
                var onlyConj = between.allSatisfy { $0.is(.conjunction) || $0.isWord(.comma) }
                // ("struck Kataib Hezbollah two days later and, on January 3, killed Soleimani": a
                // phrase between commas after "and" leaves the coordination whole)
                if !onlyConj, g >= 4, toks[g - 1].isWord(.comma),
                   let open = (regionStart..<(g - 1)).last(where: { toks[$0].isWord(.comma) }), open >= 1, open + 1 < g - 1,
                   toks[open - 1].isWord(.and) || toks[open - 1].isWord(.but), toks[open + 1].is(.preposition),
                   !(open + 1..<(g - 1)).contains(where: { actorAt[$0] != nil || groupOf[$0] != nil }) {
                    onlyConj = true
                    // (the phrase is the second verb's: "on January 3" dates the killing, not the strike)
                    f.obliques.append(contentsOf: frames[prev].obliques.filter { $0.tokens.lowerBound > open })
                    frames[prev].obliques.removeAll { $0.tokens.lowerBound > open }
                    let span = frames[prev].span
                    if span.upperBound > open, span.lowerBound < open { frames[prev].span = span.lowerBound...(open - 1) }
                }
                // ("praised Ghana and on Friday thanked Senegal": so does a time, perhaps after a
                // preposition, between "and" and the verb, with no comma)
                if !onlyConj, g >= 3, regionStart < g - 1, let a = (regionStart..<(g - 1)).last(where: { toks[$0].isWord(.and) || toks[$0].isWord(.but) }),
                   g - a <= 7, a == regionStart || !toks[a - 1].isWord(.comma), frames[prev].kind != .relative,
                   let t = s.times.first(where: { $0.end == toks[g - 1].end }),
                   (a + 1..<g).allSatisfy({ k in toks[k].start >= t.start || k == a + 1 && toks[k].is(.preposition) }) {
                    onlyConj = true
                    f.obliques.append(contentsOf: frames[prev].obliques.filter { $0.tokens.lowerBound > a })
                    frames[prev].obliques.removeAll { $0.tokens.lowerBound > a }
                    let span = frames[prev].span
                    if span.upperBound >= a, span.lowerBound < a { frames[prev].span = span.lowerBound...(a - 1) }
                }
                // "offer support and condemn …", "stand with Ukraine and hold …": a conjunction
                // right before the verb joins it to the previous verb phrase.
                // ("called in the envoy, the deputy chief of mission, and lodged a protest": so
                // does ", and" after a main clause with a named subject; the names between are
                // the first verb's, not a subject)
                if g >= 2, (toks[g - 1].isWord(.and) || toks[g - 1].isWord(.or) || toks[g - 1].isWord(.but)),
                   !toks[g - 2].isWord(.comma) || frames[prev].kind == .main && !(frames[prev].subject?.actors.isEmpty ?? true),
                   frames[prev].kind != .relative
                    // ("a commentary that called Abe a dwarf and accused Japan": a relative whose
                    // subject is named goes on after "and")
                    // (or one whose subject is a plain noun: "cities where demonstrators burned
                    // portraits of Xi and demanded a boycott")
                    || frames[prev].kind == .relative && !toks[g - 2].isWord(.comma)
                        && frames[prev].subject.map({ !$0.actors.isEmpty || !toks[$0.tokens.lowerBound].is(.relative) }) ?? false
                        && !between.contains(where: { $0.is([.relative, .subordinator]) }) {
                    onlyConj = true
                }
                // ("withdrew the trade status it had granted Pakistan in 1996 and raised duties": after
                // a relative clause whose subject is a pronoun, "and" and a verb go on with the
                // clause the relative hangs from)
                if g >= 2, toks[g - 1].isWord(.and), !toks[g - 2].isWord(.comma), frames[prev].kind == .relative,
                   let ps = frames[prev].subject, ps.tokens.count == 1, Self.subjectPronouns.contains(toks[ps.tokens.lowerBound].lower),
                   let outer = frames[..<prev].lastIndex(where: { $0.kind != .relative }), !(frames[outer].subject?.actors.isEmpty ?? true),
                   !between.contains(where: { $0.is([.relative, .subordinator]) }) {
                    prev = outer
                    onlyConj = true
                }
                if f.kind == .xcomp {
                    f.governor = prev
                    // ("called on Iran to release those who were detained for exercising their
                    // rights, to end the harassment …, and to allow …": infinitives in a series
                    // after commas share the first one's governor)
                    if let first = Self.seriesHead(before: g, fi, frames: frames, toks: toks), first != prev {
                        f.governor = first
                        f.coordinated = true
                    }
                    // "to brief Moon and to meet Kono": a second infinitive shares the first one's
                    // subject; the first one's object does not control it.
                    if frames[prev].kind == .xcomp, g >= 1, toks[g - 1].isWord(.and) || toks[g - 1].isWord(.or) {
                        f.coordinated = true
                    }
                } else if f.kind == .main, toks[f.predicate].is(.endsING), f.predicate == g, g >= 1, toks[g - 1].isWord(.comma),
                          frames[prev].kind == .main, let subject = frames[prev].subject,
                          !subject.actors.isEmpty || f.subject.map({ !$0.actors.isEmpty }) ?? false,
                          !toks[regionStart].is([.subordinator, .relative]) {
                    // "launched exercises around Taiwan on Saturday, calling them a warning": a
                    // participle after the comma that closes a clause is that clause's subject's act
                    // (not of a name inside its object).
                    // ("an air strike destroyed the Iranian consular building, killing …": even a
                    // subject with no name; the building's country is no killer)
                    f.governor = prev
                    f.subject = frames[prev].subject
                    f.subjectInherited = true
                } else if onlyConj && !between.isEmpty
                            // "flew to Pyongyang with doctors, saw the student and …": a verb right
                            // after the comma that ends the previous verb's phrase continues its list
                            || (f.kind == .main && g >= 1 && toks[g - 1].isWord(.comma) && !toks[regionStart].is([.subordinator, .relative])
                                // ("… a meeting in Granada, Spain, accusing France …": a place is no subject)
                                && ((f.subject?.actors.allSatisfy { s.actors[$0].isPlace } ?? true)
                                    || seriesObject(regionStart..<(g - 1), of: frames[prev], before: f, toks: toks, actorAt: actorAt)
                                    || plainSeries(regionStart..<(g - 1), of: frames[prev], before: f, toks: toks, actorAt: actorAt))) {
                    // "urged Manila to stop its provocations and accused the Philippines of …": a
                    // past form cannot continue an infinitive; it joins the infinitive's governor.
                    var joined = prev
                    // (nor a gerund: "thanked Russia for defending its sovereignty and rejected the draft")
                    let gerund = frames[prev].predicate == frames[prev].verbGroup.lowerBound && toks[frames[prev].predicate].is(.endsING)
                        && frames[prev].predicate > 0 && toks[frames[prev].predicate - 1].is(.preposition)
                    if frames[prev].kind == .xcomp || gerund, let up = frames[prev].governor, f.predicate == g,
                       toks[g].is(.endsED) || lemmatizer.irregularPastOnly.contains(toks[g].lower),
                       !isPastForm(toks[frames[prev].predicate]), isPastForm(toks[frames[up].predicate]) {
                        joined = up
                    }
                    // ("said five fighters had been killed and vowed that …": a verb of saying or
                    // promising after what was said continues the speaker's clause, unless the
                    // said clause has an actor subject of its own)
                    if frames[prev].kind == .ccomp, let up = frames[prev].governor, f.predicate == g,
                       let lemma = f.lemmas.first, ["report", "intent"].contains(lexicon.governors[lemma] ?? ""),
                       frames[prev].subject?.actors.isEmpty ?? true, !(frames[up].subject?.actors.isEmpty ?? true) {
                        joined = up
                    }
                    // ("said Italy would defend its territory and lodged a protest with …": a past form
                    // cannot go on under the said clause's modal; it continues the saying clause)
                    if f.verbGroup.count == 1, let up = governorPastModal(frames[prev], f, at: g, toks: toks),
                       isPastForm(toks[frames[up].predicate]) {
                        joined = up
                    }
                    // ("Zebari says the Britons were seized in Iraqi waters and asks Tehran to release
                    // them": a present -s verb after a said clause in the past goes on with the
                    // saying verb of its own form)
                    if frames[prev].kind == .ccomp, let up = frames[prev].governor, f.predicate == g, f.verbGroup.count == 1,
                       Self.endsInS(toks[g]), !lemmatizer.isPast(toks[g].lower),
                       isPastForm(toks[frames[prev].predicate]),
                       frames[up].verbGroup.count == 1, Self.endsInS(toks[frames[up].predicate]),
                       frames[up].lemmas.first.map({ lexicon.governors[$0] == "report" }) ?? false {
                        joined = up
                    }
                    // ("said North Korea would reject any contact with Japan, accusing Tokyo of …": a
                    // participle after the comma that ends what was said is the speaker's act, told
                    // when the saying was)
                    // (so is one after an infinitive's phrase: "gave the ambassador 48 hours to leave the
                    // country, accusing Paris of …" is the rulers' accusation, not the ambassador's)
                    if frames[prev].kind == .ccomp || frames[prev].kind == .xcomp, f.predicate == g, toks[g].is(.endsING),
                       g >= 1, toks[g - 1].isWord(.comma) {
                        var up = frames[prev].governor
                        while let u = up, frames[u].kind != .main { up = frames[u].governor }
                        if let u = up, !(frames[u].subject?.actors.isEmpty ?? true),
                           frames[prev].kind == .xcomp || frames[u].lemmas.first.map({ lexicon.governors[$0] == "report" }) ?? false {
                            joined = u
                        }
                    }
                    f.governor = joined
                    f.kind = frames[joined].kind
                    f.subject = frames[joined].subject
                    f.subjectInherited = true
                    f.coordinated = true

                    if f.modals.isEmpty { f.modals = frames[joined].modals }
                } else if f.kind == .main, toks[f.predicate].is(.endsING), f.predicate == g, g > 0,
                          toks[g - 1].is(.preposition) {
                    // "in condemning …", "by designating …": the gerund's subject is the clause's;
                    // "thanked Kim for releasing …", "accused X of helping …": the object's.
                    f.governor = prev
                    if toks[g - 1].isWord(.`for`) || toks[g - 1].isWord(.of), let o = frames[prev].object, !o.actors.isEmpty {
                        f.subject = o
                    } else if let owner = Self.roleOwner(before: g - 1, toks: toks, actorAt: actorAt) {
                        // "commends Egypt's role in mediating the ceasefire": the role's owner acts.
                        f.subject = FrameArgument(tokens: owner...owner, lemmas: [], actors: [actorAt[owner]!])
                    } else {
                        f.subject = frames[prev].subject
                    }
                    f.subjectInherited = true
                } else if f.kind == .main, toks[f.predicate].is(.endsING), f.predicate == g, g >= 1,
                          (f.subject?.actors.isEmpty ?? true), (regionStart..<g).contains(where: { Self.messageNouns.contains(toks[$0].lower) }) {
                    // "issued a statement threatening to …", "sent a letter demanding …": what the
                    // message says, its sender says.
                    f.governor = prev
                    f.subject = frames[prev].subject
                    f.subjectInherited = true
                } else if f.kind == .main, (f.subject?.actors.isEmpty ?? true), regionStart == g {
                    f.governor = prev
                    f.kind = .ccomp
                } else if f.kind == .main || f.kind == .ccomp, between.count <= 8,
                          let gl = frames[prev].lemmas.first, lexicon.governors[gl] == "report" {
                    f.governor = prev
                    f.kind = .ccomp
                }
            } else if f.kind == .xcomp {
                // A governing adjective or noun ("ready to meet", "readiness to talk").
                f.governor = frames.indices.last { $0 < fi && frames[$0].predicate < g }
                if let first = Self.seriesHead(before: g, fi, frames: frames, toks: toks), first != f.governor {
                    f.governor = first
                    f.coordinated = true
                }
            }
            // "that divides Korea … and shook hands": a conjunction right before the verb joins
            // it to the previous clause even across an unknown verb.
            // ("We remain concerned for his health, and reiterate our call": after ", and" too,
            // when no word stands between the conjunction and the verb)
            if f.governor == nil, fi > 0, f.kind != .xcomp, f.kind != .adverbial, g >= 2,
               (toks[g - 1].isWord(.and) || toks[g - 1].isWord(.but)), !toks[g - 2].isWord(.comma) || regionStart == g,
               !(f.subject.map { !$0.actors.isEmpty && f.kind == .main } ?? false) {
                // (", but" after a clause of condition or time goes back to the clause it hangs on:
                // "offered to investigate if India shared evidence, but warned that …")
                let afterComma = toks[g - 2].isWord(.comma)
                var prev = (afterComma ? frames[..<fi].lastIndex { $0.kind != .relative && $0.kind != .adverbial } : nil)
                    ?? frames[..<fi].lastIndex { $0.kind != .relative } ?? (fi - 1)
                // ("warned that the system would harm trust, and told Yun that …": a past form
                // cannot go on under a modal; it continues the clause that governs the modal's)
                if let up = governorPastModal(frames[prev], f, at: g, toks: toks) {
                    prev = up
                }
                f.governor = prev
                f.kind = frames[prev].kind
                f.subject = frames[prev].subject
                f.subjectInherited = true
                f.coordinated = true
                if f.modals.isEmpty { f.modals = frames[prev].modals }
            }
            if f.kind == .ccomp, f.governor == nil {
                f.governor = frames.indices.last { $0 < fi && frames[$0].predicate < g }
                // "saying that North Korea would never put … and that it would take …": a second
                // "that" clause after "and" shares the first one's governor (its sibling's
                // negation is not its own).
                if let prev = f.governor, frames[prev].kind == .ccomp, let pg = frames[prev].governor,
                   b >= 1, toks[b].isWord(.that), toks[b - 1].isWord(.and) || toks[b - 1].isWord(.but) || toks[b - 1].isWord(.or) {
                    f.governor = pg
                }
            }
            if zero { f.kind = .relative }
            // Right region: chunks until the next group or a clause break.
            var e = f.predicate + 1
            var chunks: [(String?, Int, Int)] = []
            var chunkStart = e
            var prep: String?
            func close(_ end: Int) {
                if chunkStart < end { chunks.append((prep, chunkStart, end - 1)) }
                else if prep != nil { chunks.append((prep, end - 1, end - 1)) }
            }
            while e < n {
                let t = toks[e]
                // (after a verb of naming, a short quotation after the object still belongs to it:
                // `called the launch "absolutely unacceptable"`)
                let naming = e > f.predicate + 1 && f.lemmas.contains { Self.namingVerbs.contains($0) }
                if t.is(.clauseBreak), prep == nil, let closing = Self.quotedName(at: e, toks: toks, afterVerb: e == f.predicate + 1 || naming) {
                    // `called Trump a "dotard"`: a quoted name after an article belongs to the object.
                    e = closing + 1
                    continue
                }
                if groupOf[e] != nil || t.is(.clauseBreak) || zeroRelative.contains(e) { break }
                if t.isWord(.that), actorAt[e] == nil, e + 1 < n, !toks[e + 1].isPunctuation {
                    // "closed up that border", "closed that border": a determiner; "said that": a complementizer.
                    let afterVerb = e == f.predicate + 1 && !f.lemmas.contains { lexicon.governors[$0] != nil }
                    // ("warned later that month that …": before a unit of time it is a determiner)
                    let beforeTime = Self.timeUnits.contains(toks[e + 1].lower) || Self.periodNouns.contains(toks[e + 1].lower)
                    // ("rejected that claim.", "denied that charge on Friday": one word before the
                    // end or a preposition is no clause)
                    let loneNoun = groupOf[e + 1] == nil && actorAt[e + 1] == nil && toks[e + 1].is(.alphabetic)
                        && (e + 2 >= n || toks[e + 2].isPunctuation || toks[e + 2].is(.preposition) && groupOf[e + 2] == nil)
                    if (toks[e - 1].is(.preposition) && groupOf[e - 1] == nil) || afterVerb || beforeTime || loneNoun {
                        e += 1
                        continue
                    }
                }
                if actorAt[e] == nil && (t.is(.relative)
                    || (t.is(.subordinator) && !t.isWord(.`as`) && !t.isWord(.since) && !t.isWord(.once))) { break }
                if t.isWord(.according) { break }
                // ("condemns in the strongest terms North Korea's attack", "condemned, in the
                // strongest possible terms, the launch": a manner phrase of "in … terms" is an
                // adverbial chunk of its own, and the object follows it)
                if chunks.isEmpty, chunkStart == e, let end = Self.mannerTerms(at: t.isWord(.comma) ? e + 1 : e, toks: toks, actorAt: actorAt) {
                    close(e)
                    chunks.append(("in", (t.isWord(.comma) ? e + 2 : e + 1), end))
                    e = end + 1
                    if e < n, toks[e].isWord(.comma) { e += 1 }
                    prep = nil
                    chunkStart = e
                    continue
                }
                // (the same comma or "and" ends this verb's object: "expelled four, Canada …")
                if e > f.predicate + 1, t.isWord(.comma) || t.isWord(.and), actorAt[e] == nil, actorAt[e - 1] == nil,
                   !toks[f.predicate].is(.endsING),
                   Self.nameBeforeVerb(after: e, toks: toks, groupOf: groupOf, actorAt: actorAt) != nil { break }
                // "lodged a strong protest, the foreign ministry said.": a comma before a short
                // name and a verb of saying that ends the sentence closes the object; the
                // name is the sayer's.
                if t.isWord(.comma), Self.closesWithSayer(after: e, toks: toks, groupOf: groupOf, frames: frames, lexicon: lexicon) { break }
                // ", and three of them came down …": a comma and a conjunction start a new clause.
                if t.isWord(.comma), e + 1 < n, [TokenLiteral.and, .but, .`while`, .or].contains(where: toks[e + 1].isWord) { break }
                if actorAt[e] == nil, t.is(.preposition) {
                    close(e)
                    prep = t.lower
                    chunkStart = e + 1
                } else if t.isWord(.comma), prep != nil || (e > chunkStart && Self.timeAside(after: e, toks: toks)), e + 1 < n,
                          actorAt[e + 1] == nil || !(chunkStart..<e).contains(where: { actorAt[$0] != nil }) {
                    // "over Hokkaido early on Friday, its second such overflight": a comma that
                    // does not continue a list of names ends the chunk; what follows is an
                    // aside (a chunk no pattern reads), not part of the time or place.
                    close(e)
                    prep = ","
                    chunkStart = e + 1
                }
                e += 1
            }
            close(e)
            // A coordinated verb's clause starts at its verb: "flew to Vladivostok on Tuesday and
            // met Putin on Wednesday" dates the meeting by Wednesday.
            f.span = (f.coordinated ? g : min(regionStart, g))...max(f.predicate, e - 1)
            var previous: FrameArgument?
            // (inside "on the sidelines of …" every chunk belongs to the occasion)
            var occasion = false
            for (p, a, z) in chunks where a <= z {
                var arg = argument(a...z, preposition: p, s: s, actorAt: actorAt, words: analysis.entries, subject: false)
                if occasion && p != "of" && p != "with" { occasion = false }
                if toks[a...z].contains(where: { SentenceCoder.occasionNouns.contains($0.lower) }) { occasion = true }
                arg.isOccasion = occasion
                arg.narrows = p == "including" || p == "in" && toks[a].lower == "particular"
                if p == nil {
                    // "Netanyahu warned that Israel would strike …": "that" and the speaker's own
                    // side before another verb open the complement; the name is its subject, not
                    // this verb's object.
                    if toks[a].isWord(.that), z + 1 < toks.count, groupOf[z + 1] != nil,
                       let own = f.subject?.actors.compactMap({ s.actors[$0].country }), !own.isEmpty,
                       !arg.actors.isEmpty, arg.actors.allSatisfy({ s.actors[$0].country.map(own.contains) ?? false }) { continue }
                    f.object = arg
                    previous = arg
                } else if p == "by" && f.passive && f.agent == nil {
                    f.agent = arg
                } else {
                    if p == "of", var prevArg = previous, !toks[prevArg.tokens].contains(where: { ClauseWords.depictions.contains($0.lower) }) {
                        // "the release of X": the of-chunk also continues the preceding noun phrase.
                        prevArg.actors += arg.actors
                        prevArg.lemmas.formUnion(arg.lemmas)
                        if prevArg.preposition == nil { f.object = prevArg } else if let k = f.obliques.lastIndex(of: previous!) { f.obliques[k] = prevArg }
                        previous = prevArg
                    } else if p == "from", var prevArg = previous, prevArg.preposition == nil, !arg.actors.isEmpty,
                              toks[prevArg.tokens].contains(where: { Self.counterpartNouns.contains($0.lower) }) {
                        // "thanked my counterparts from the United Kingdom, France …": the
                        // counterparts are those countries', not the speaker's own side
                        prevArg.actors = prevArg.actors.filter { !Self.possessives.contains(s.actors[$0].text.lowercased()) } + arg.actors
                        f.object = prevArg
                        previous = prevArg
                    } else {
                        previous = arg
                    }
                    f.obliques.append(arg)
                }
            }
            // "approved a deal brokered by the United States and France": a lone participle right
            // after a noun, with a by-phrase and no object, is a passive that modifies the noun.
            let head = toks[f.predicate]
            if !f.passive, f.verbGroup.count == 1, f.object == nil, g > 0,
               head.is(.endsED) || actorAt[g - 1] != nil && lemmatizer.irregular[head.lower] != nil && !lemmatizer.irregularPastOnly.contains(head.lower),
               toks[g - 1].is(.alphabetic), !toks[g - 1].isCapitalized, groupOf[g - 1] == nil,
               !toks[g - 1].is([.conjunction, .preposition, .determiner, .pronoun, .auxiliary, .adverb, .subordinator, .relative]),
               let by = f.obliques.first, by.preposition == "by", !by.actors.isEmpty {
                // (after a noun the actor layer read as a party, "the citizens abducted by
                // agents", "a delegation led by Ihara", the clause stays as it was read: a
                // background, not an act)
                let afterParty = actorAt[g - 1] != nil
                if !afterParty {
                    f.passive = true
                    f.agent = by
                    f.obliques.removeFirst()
                    // ("pressed for the return of the land occupied by the U.S. base": inside a
                    // prepositional phrase the noun the participle follows is its patient; the
                    // clause's subject has no part in it)
                    if let p = (regionStart..<g).last(where: { toks[$0].is(.preposition) && actorAt[$0] == nil }), p + 1 < g {
                        f.subject = argument((p + 1)...(g - 1), preposition: nil, s: s, actorAt: actorAt, words: analysis.entries, subject: false)
                        f.subjectInherited = false
                    }
                }
                // ("sent a delegation led by Ihara to Pyongyang": where it went after the agent
                // is where the verb whose object the participle modifies sent it)
                let next = afterParty ? 1 : 0
                if f.obliques.count > next, f.obliques[next].preposition == "to",
                   let pi = frames[..<fi].lastIndex(where: { $0.object?.tokens.upperBound == g - 1 }) {
                    frames[pi].obliques.append(f.obliques.remove(at: next))
                }
            }
            // "1. Welcomed the steps …" under "The Ministers:": the list's subject.
            if fi == 0, !s.impliedSubject.isEmpty, f.subject?.actors.isEmpty ?? true, f.kind == .main,
               !(0..<g).contains(where: { toks[$0].is(.alphabetic) && !(toks[$0].lower.hasSuffix("ly") && $0 + 1 == g) }) {
                f.subject = FrameArgument(tokens: g...g, lemmas: [], actors: s.impliedSubject)
            }
            frames[fi] = f
        }
        // "Meeting Hayashi in Jakarta on July 14, Wang Yi told him …": an -ing clause that opens
        // the sentence is done by the main clause's subject, the name after its comma.
        if frames.count >= 2, frames[0].subject?.actors.isEmpty ?? true, toks[frames[0].predicate].is(.endsING),
           frames[0].verbGroup.lowerBound == (0..<n).first(where: { toks[$0].is(.alphabetic) }),
           frames[1].kind == .main, let subject = frames[1].subject,
           let comma = (subject.tokens.lowerBound..<frames[1].verbGroup.lowerBound).last(where: { toks[$0].isWord(.comma) }),
           let a = subject.actors.last, s.actors[a].start >= toks[comma].end,
           let first = (comma + 1..<frames[1].verbGroup.lowerBound).first(where: { actorAt[$0] == a }) {
            let last = (first..<frames[1].verbGroup.lowerBound).last { actorAt[$0] == a } ?? first
            frames[0].subject = FrameArgument(tokens: first...last, lemmas: [], actors: [a])
            frames[0].subjectInherited = true
            frames[0].obliques.removeAll { $0.actors.contains(a) }
        }
        // "European Union foreign ministers meeting in Brussels that day imposed travel bans …": an
        // -ing verb right after its subject, with no auxiliary, before a past verb whose subject
        // would be a chunk of the -ing clause, is a participle on that subject; the past verb is
        // the subject's own.
        for fi in frames.indices.dropLast() where frames[fi].kind == .main && frames[fi + 1].kind == .main {
            let a = frames[fi], b = frames[fi + 1]
            guard a.verbGroup.count == 1, toks[a.predicate].is(.endsING), let subject = a.subject, !subject.actors.isEmpty,
                  subject.tokens.upperBound == a.predicate - 1, b.verbGroup.count == 1, toks[b.predicate].is(.endsED),
                  let other = b.subject, other.tokens.lowerBound > a.predicate, other.tokens.upperBound < b.predicate,
                  !(a.predicate..<b.predicate).contains(where: { toks[$0].isPunctuation || toks[$0].is(.conjunction) }) else { continue }
            frames[fi].kind = .relative
            frames[fi + 1].subject = subject
        }
        // "The President and the Chancellor agreed …, and they urged Moscow to accept it": a bare
        // "they" that names no one, subject of a later main clause, is the earlier main clause's
        // subject of two countries or more.
        for fi in frames.indices where frames[fi].kind == .main {
            guard let own = frames[fi].subject, own.actors.isEmpty, own.tokens.count == 1, toks[own.tokens.lowerBound].isWord(.they),
                  let earlier = frames[..<fi].last(where: { $0.kind == .main && !($0.subject?.actors.isEmpty ?? true) })?.subject,
                  Set(earlier.actors.compactMap { s.actors[$0].country }).count >= 2 else { continue }
            frames[fi].subject?.actors = earlier.actors
        }
        // 4. Inheritance: complements and clauses without an actor subject.
        for fi in frames.indices {
            guard let gi = frames[fi].governor, gi < fi else { continue }
            if frames[fi].coordinated {
                frames[fi].subject = frames[gi].subject
                continue
            }
            frames[gi].complement = frames[gi].complement ?? (frames[fi].kind == .xcomp || frames[fi].kind == .ccomp ? fi : nil)
            let hasOwn = !(frames[fi].subject?.actors.isEmpty ?? true)
            if frames[fi].kind == .xcomp {
                let gov = frames[gi]
                let purpose = gov.lemmas.first.map { lexicon.governors[$0] == "purpose" } ?? false
                // ("accepted the invitation of our Swedish hosts to return": an act noun's
                // infinitive is the subject's, whoever the noun's of-phrase names)
                let actNoun = gov.object.map { o in o.headLemmas.contains { lexicon.nouns[$0] != nil } } ?? false
                // ("urged both parties to allow access": after a verb of asking, whoever its object
                // names, even with no name in it, is the one asked to act)
                let asked = gov.object != nil && !actNoun && gov.lemmas.contains { Self.askingVerbs.contains($0) }
                // ("appreciates Türkiye's adherence … and is ready to work with Türkiye": an
                // adjective of readiness after "and is" is the clause subject's)
                let p = frames[fi].predicate
                let to = (max(0, p - 3)..<p).last { toks[$0].isWord(.to) }
                let ready = to.map { k in k >= 3 && Self.readinessAdjectives.contains(toks[k - 1].lower)
                    && toks[k - 2].is(.be) && toks[k - 3].is(.conjunction) } ?? false
                let objectControl = !purpose && !ready && ((!(gov.object?.actors.isEmpty ?? true) && !actNoun) || asked
                    || gov.obliques.contains { $0.preposition == "on" && !$0.actors.isEmpty })
                if objectControl, !Self.commandsOwnSide(gov, s) {
                    frames[fi].subject = gov.object?.actors.isEmpty == false ? gov.object
                        : gov.obliques.first { $0.preposition == "on" && !$0.actors.isEmpty } ?? gov.object
                } else {
                    frames[fi].subject = gov.subject
                }
                frames[fi].subjectInherited = true
            } else if frames[fi].passive, frames[fi].agent == nil, frames[fi].kind == .ccomp,
                      let own = frames[fi].subject, !own.lemmas.isEmpty {
                // "said that new sanctions would be imposed on Iran": the passive subject stays the
                // patient; the speaker is kept apart as a possible agent.
                frames[fi].reportingSubject = frames[gi].subject
            } else if !hasOwn {
                frames[fi].subject = frames[gi].subject
                frames[fi].subjectInherited = true
            }
        }
        // "Armenia and Azerbaijan accused each other", "each side blamed the other": a reciprocal
        // object names the subject's parties, each the other's target.
        // (a bare time after it stays the clause's: "accused each other Sunday of …")
        for fi in frames.indices {
            guard var o = frames[fi].object?.tokens else { continue }
            while o.count > 2, s.inTime(o.upperBound) { o = o.lowerBound...(o.upperBound - 1) }
            guard let subject = frames[fi].subject, !subject.actors.isEmpty,
                  Self.isReciprocal(o, subject: subject.tokens, toks) else { continue }
            frames[fi].object?.actors = subject.actors
        }
        // "struck what India described as a training camp": what a naming free relative names is
        // the object's noun, and the subject's own side naming it is no party ("condemned what
        // Washington called a routine patrol" names the patrol's author).
        for fi in frames.indices {
            guard let o = frames[fi].object, o.tokens.count >= 2, toks[o.tokens.lowerBound].lower == "what",
                  let a = actorAt[o.tokens.lowerBound + 1], Self.namesAfter(o.tokens.lowerBound + 1, a, actorAt, analysis.entries),
                  let own = frames[fi].subject?.actors.compactMap({ s.actors[$0].country }), s.actors[a].country.map(own.contains) ?? false,
                  let named = frames[fi].obliques.first(where: { $0.preposition == "as" }) else { continue }
            frames[fi].object?.actors.removeAll { $0 == a }
            frames[fi].object?.lemmas.formUnion(named.lemmas)
        }
        return frames
    }

    /// Whether an object is "each other", "one another", or "the other" after a subject that
    /// opens with "each" ("each side blamed the other").
    static func isReciprocal(_ r: ClosedRange<Int>, subject: ClosedRange<Int>, _ toks: UnsafeBufferPointer<EventToken>) -> Bool {
        guard r.count == 2 else { return false }
        let (a, b) = (toks[r.lowerBound].lower, toks[r.upperBound].lower)
        if (a == "each" && b == "other") || (a == "one" && b == "another") { return true }
        return a == "the" && b == "other" && subject.contains { toks[$0].lower == "each" }
    }

    /// Whether the words after the comma at `comma` are a short subject and a verb of saying
    /// that ends the sentence (", the foreign ministry said.", ", officials told reporters."),
    /// after words that hold a verb.
    static func closesWithSayer(after comma: Int, toks: UnsafeBufferPointer<EventToken>, groupOf: [Int?],
                                frames: [ClauseFrame], lexicon: PatternLexicon) -> Bool {
        var j = comma + 1
        while j < toks.count, j - comma <= 7, groupOf[j] == nil, !toks[j].isPunctuation { j += 1 }
        guard j > comma + 1, j < toks.count, let gi = groupOf[j] else { return false }
        // (what is said has a verb: "Kuwait, Oman and Qatar recalled their envoys" is a list of subjects)
        guard (0..<comma).contains(where: { groupOf[$0] != nil }) else { return false }
        var k = frames[gi].verbGroup.upperBound + 1
        // (", the ministry said in a statement.", ", he told reporters.")
        while k < toks.count, groupOf[k] == nil, !toks[k].isPunctuation, k - j <= 6 { k += 1 }
        // (", the general said, calling the act piracy.": or a participle of the sayer's)
        let closes = k == toks.count || toks[k].is(.clauseBreak)
            || k + 1 < toks.count && toks[k].isWord(.comma) && toks[k + 1].is(.endsING) && groupOf[k + 1] != nil
        // (the verb's lemma last: the positions rule out most commas without a lookup)
        return closes && frames[gi].lemmas.contains { lexicon.governors[$0] == "report" }
    }

    /// The opening parenthesis of a short aside that closes at `b` and follows a name right away
    /// ("the Office of Foreign Assets Control (OFAC)", "the agency (IAEA)"): at most three words,
    /// no verb, no other break inside.
    static func parenthesisAfterName(closing b: Int, toks: UnsafeBufferPointer<EventToken>, groupOf: [Int?], actorAt: [Int?]) -> Int? {
        guard b >= 3, toks[b].lower == ")" else { return nil }
        var k = b - 1
        while k > 0, b - k <= 4, toks[k].lower != "(" {
            if groupOf[k] != nil || toks[k].is(.clauseBreak) || toks[k].isWord(.comma) { return nil }
            k -= 1
        }
        guard k >= 1, k < b - 1, toks[k].lower == "(", actorAt[k - 1] != nil else { return nil }
        return k
    }

    /// The token where a list item's verb stands: its first word, or the word after an opening
    /// adverb in "-ly" ("Strongly condemns …").
    static func openingVerb<C: RandomAccessCollection>(_ toks: C) -> Int? where C.Element == EventToken, C.Index == Int {
        guard let k = toks.indices.first(where: { toks[$0].is(.alphabetic) }) else { return nil }
        return toks[k].lower.hasSuffix("ly") && k + 1 < toks.endIndex ? k + 1 : k
    }

    /// The first token of the actor mention that covers token `k`.
    static func actorStart(_ k: Int, _ actorAt: [Int?]) -> Int {
        var first = k
        while first > 0, actorAt[first - 1] != nil, actorAt[first - 1] == actorAt[k] { first -= 1 }
        return first
    }

    /// Whether the verb group at `g` is an infinitive a denied noun governs, perhaps as the
    /// second of two coordinated verbs: "has no room to compromise or concede", "had no
    /// intention to attack"; or one a denied readiness governs: "are not ready to surrender"; or
    /// one after "nothing": "had nothing more to discuss".
    static func deniedInfinitive(before g: Int, toks: UnsafeBufferPointer<EventToken>) -> Bool {
        var k = toks[g].isWord(.to) ? g : g - 1
        while k >= 2, g - k <= 4 {
            let t = toks[k]
            if t.isPunctuation || t.is(.clauseBreak) { return false }
            if t.isWord(.to) {
                // ("are not ready to surrender", "will never be willing to accept": a denied
                // readiness denies the act too)
                if Self.readinessAdjectives.contains(toks[k - 1].lower) {
                    return toks[k - 2].is(.negation) || (k >= 3 && toks[k - 2].is(.be) && toks[k - 3].is(.negation))
                }
                // ("had nothing more to discuss with Seoul": nothing to do is no act)
                if toks[k - 1].lower == "nothing" || (toks[k - 2].lower == "nothing" && ["more", "else", "further", "left"].contains(toks[k - 1].lower)) {
                    return true
                }
                return toks[k - 1].is(.alphabetic) && !toks[k - 1].is([.determiner, .pronoun]) && toks[k - 2].lower == "no"
            }
            k -= 1
        }
        return false
    }

    /// The tokens of the antecedent before ", who …," when the verb group at `g` follows the
    /// aside's closing comma: "Pompeo, who had been sworn in two weeks earlier, met Kim". The
    /// antecedent is an actor, or a capitalized word that names none (the verb then has no
    /// actor for subject).
    static func asideAntecedent(before g: Int, toks: UnsafeBufferPointer<EventToken>, actorAt: [Int?]) -> ClosedRange<Int>? {
        guard g >= 4, toks[g - 1].isWord(.comma) else { return nil }
        var k = g - 2
        while k >= 2, g - k <= 30 {
            let t = toks[k]
            if t.is(.clauseBreak) { return nil }
            if t.is(.relative), t.lower != "where", actorAt[k] == nil {
                guard toks[k - 1].isWord(.comma) else { return nil }
                // ("the Polisario Front, which Algeria supports, declared …": an antecedent that
                // names no actor still owns the verb; the aside's names do not)
                if actorAt[k - 2] == nil { return toks[k - 2].is(.alphabetic) && toks[k - 2].isCapitalized ? (k - 2)...(k - 2) : nil }
                return actorStart(k - 2, actorAt)...(k - 2)
            }
            // (or a participle: "Abe, standing beside Trump, called the launches regrettable")
            if t.is(.endsING), actorAt[k] == nil, toks[k - 1].isWord(.comma), actorAt[k - 2] != nil,
               !(k + 1..<(g - 1)).contains(where: { toks[$0].isWord(.comma) }) {
                return actorStart(k - 2, actorAt)...(k - 2)
            }
            // (or a participle and "by": "Macron, Merz and Starmer, joined by other European
            // leaders, welcomed …", every name of a list before it)
            if t.is(.endsED), actorAt[k] == nil, k + 1 < g, toks[k + 1].lower == "by", toks[k - 1].isWord(.comma), actorAt[k - 2] != nil,
               !(k + 1..<(g - 1)).contains(where: { toks[$0].isWord(.comma) }) {
                var first = actorStart(k - 2, actorAt)
                while first >= 2, toks[first - 1].isWord(.comma) || toks[first - 1].isWord(.and), actorAt[first - 2] != nil {
                    first = actorStart(first - 2, actorAt)
                }
                return first...(k - 2)
            }
            // (or a phrase a preposition opens, with a participle of its own: "The State Department,
            // in a statement issued Saturday, congratulated Barrow")
            if t.is(.preposition), actorAt[k] == nil, toks[k - 1].isWord(.comma), actorAt[k - 2] != nil,
               (k + 1..<(g - 1)).contains(where: { toks[$0].is(.endsED) }),
               !(k + 1..<(g - 1)).contains(where: { toks[$0].isWord(.comma) }) {
                return actorStart(k - 2, actorAt)...(k - 2)
            }
            // (or a preposition and a gerund: "Li, without naming the North, asked all parties …";
            // a capitalized word that names no actor owns the verb too)
            if t.is(.endsING), actorAt[k] == nil, k >= 3, toks[k - 1].is([.preposition, .subordinator]), toks[k - 2].isWord(.comma),
               !(k + 1..<(g - 1)).contains(where: { toks[$0].isWord(.comma) }) {
                if actorAt[k - 3] != nil { return actorStart(k - 3, actorAt)...(k - 3) }
                return toks[k - 3].is(.alphabetic) && toks[k - 3].isCapitalized ? (k - 3)...(k - 3) : nil
            }
            k -= 1
        }
        return nil
    }

    /// Whether the words after the comma at `k` start a time aside ("…, a day after the talks",
    /// "…, two weeks later", "…, hours before"), which ends an object (an apposition such as
    /// "the Wise Honest, a North Korean cargo ship" does not).
    static func timeAside(after k: Int, toks: UnsafeBufferPointer<EventToken>) -> Bool {
        guard k + 2 < toks.count else { return false }
        return timeUnits.contains(toks[k + 1].lower) || timeUnits.contains(toks[k + 2].lower)
    }

    /// Parts of a day or a year, after which (as after ``timeUnits``) "that" is a determiner
    /// ("later that evening", "that summer").
    static let periodNouns: Set<String> = ["morning", "afternoon", "evening", "night", "weekend", "spring", "summer", "autumn", "winter"]

    /// The first infinitive of a series that the infinitive at `g` continues after a comma (or
    /// a comma and a conjunction): "to release those …, to end the harassment …, and to allow …".
    static func seriesHead(before g: Int, _ fi: Int, frames: [ClauseFrame], toks: UnsafeBufferPointer<EventToken>) -> Int? {
        guard g >= 2, toks[g].isWord(.to), toks[g - 1].isWord(.comma) || (toks[g - 1].is(.conjunction) && toks[g - 2].isWord(.comma)),
              let first = frames[..<fi].lastIndex(where: { x in
                  x.kind == .xcomp && toks[x.verbGroup.lowerBound].isWord(.to) && !x.coordinated
                      && x.governor.map { frames[$0].kind != .xcomp } ?? false
              }),
              frames[first].governor.map({ $0 < first }) ?? false else { return nil }
        return first
    }

    /// Pronouns that stand for the antecedent of a relative clause ("those who …").
    static let antecedentPronouns: Set<String> = ["those", "anyone", "someone", "everyone", "others", "people", "all"]

    /// Units that open a time aside after a number or article.
    static let timeUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "minutes"]

    /// Verbs whose object is asked to do what their infinitive says (`urged both parties to …`).
    static let askingVerbs: Set<String> = ["urge", "ask", "press", "encourage", "implore", "beg", "order", "instruct", "persuade", "request", "invite", "exhort"]

    /// Verbs by which a leader has his own officials or forces act (`ordered the military to strike`).
    static let commandVerbs: Set<String> = ["order", "instruct", "direct", "command", "authorize", "authorise", "task"]

    /// Whether `f` commands its subject's own side to act: a verb of `commandVerbs` whose object
    /// names only actors of its subject's countries ("Petro ordered his trade minister to raise
    /// tariffs", "Trump ordered the military to strike"). The act commanded is then the subject's.
    static func commandsOwnSide(_ f: ClauseFrame, _ s: EventSentence) -> Bool {
        guard f.lemmas.contains(where: commandVerbs.contains), let o = f.object, !o.actors.isEmpty,
              let subject = f.subject, !subject.actors.isEmpty else { return false }
        let own = Set(subject.actors.compactMap { s.actors[$0].country })
        return !own.isEmpty && o.actors.allSatisfy { a in !s.actors[a].isPlace && s.actors[a].country.map(own.contains) ?? false }
    }

    /// Whether the -ing word at `i` is a verb of asking followed by a short object and an
    /// infinitive (`urging Japan to withdraw`, `asking the two sides to talk`).
    static func asksSomeoneTo(_ i: Int, toks: UnsafeBufferPointer<EventToken>, entries: [LemmaEntry], actorAt: [Int?]) -> Bool {
        guard toks[i].is(.endsING), entries[i].candidates.contains(where: askingVerbs.contains), i + 3 < toks.count,
              actorAt[i + 1] != nil || toks[i + 1].is(.determiner) else { return false }
        var k = i + 1
        while k < toks.count, k - i <= 6, !toks[k].isWord(.to) {
            if toks[k].isPunctuation || toks[k].is([.relative, .subordinator, .preposition]) { return false }
            k += 1
        }
        guard k + 1 < toks.count, toks[k].isWord(.to) else { return false }
        var v = k + 1
        if toks[v].is(.adverb), v + 1 < toks.count { v += 1 }
        return !entries[v].verbs.isEmpty && !toks[v].isCapitalized && !toks[v].is(.determiner)
    }

    /// Nouns of a message whose -ing clause or relative clause is its sender's act (`a statement
    /// threatening …`, `a commentary that accused Japan`).
    static let messageNouns: Set<String> = ["statement", "letter", "message", "communique", "note", "declaration", "report", "cable", "editorial", "commentary", "article", "resolution"]

    /// Prepositions that may open a clause of their own (`after a missile crossed …`).
    static let clauseOpeningPrepositions: Set<String> = ["after", "before", "until", "since", "once"]

    /// Nouns of a part someone plays ("Egypt's role in mediating").
    static let roleNouns: Set<String> = ["role", "efforts", "effort", "part", "contribution", "contributions", "leadership", "work"]

    /// The token of the possessor of a role noun right before preposition `p` ("Egypt's crucial
    /// role in …"), if an actor owns it.
    static func roleOwner(before p: Int, toks: UnsafeBufferPointer<EventToken>, actorAt: [Int?]) -> Int? {
        guard p >= 2, roleNouns.contains(toks[p - 1].lower) else { return nil }
        var k = p - 2
        while k >= 0, p - k <= 5, actorAt[k] == nil, !toks[k].isPunctuation, !toks[k].is(.determiner) || toks[k].isWord(.possessive) || toks[k].isWord(.curlyApostropheS) { k -= 1 }
        guard k >= 0, actorAt[k] != nil, k + 1 < p, toks[k + 1].isWord(.possessive) || toks[k + 1].isWord(.curlyApostropheS) else { return nil }
        return k
    }

    /// Adjectives of readiness that take an infinitive of their clause's subject ("is ready to").
    static let readinessAdjectives: Set<String> = ["ready", "willing", "prepared", "determined", "eager", "keen", "committed"]

    /// Words after a third-person form that show it is a verb after "and" ("and looks forward",
    /// "and calls on"; a determiner does not: "… removes guard posts and disarms the area" in a
    /// relative clause stays the agreement's).
    /// Verbs that take two objects ("gave Turkey support"): a bare word after the first object
    /// is the second, not a verb.
    static let givingVerbs: Set<String> = ["give", "offer", "grant", "lend", "send", "promise", "owe", "deny"]
    static let verbFollowers: Set<String> = ["forward", "on", "upon"]

    /// Particles that make an irregular past a phrasal verb (`shot down`, `broke off`), as token keys.
    static let pastParticleKeys = Set(["down", "up", "off", "out"].map { TokenLiteral($0).hash })

    /// Pronouns that open a relative clause without "that" after a noun ("the sanctions it had lifted").
    /// Head nouns of the names of bodies ("the Eastern Theater Command", "the U.S. Navy"): a
    /// name that ends in one is no nationality adjective.
    static let bodyNouns: Set<String> = [
        "army", "navy", "command", "ministry", "government", "council", "guard", "force", "department",
        "office", "agency", "house", "court", "parliament", "assembly", "union", "commission", "committee",
        "cabinet", "military", "police", "delegation", "embassy", "administration", "coalition", "alliance",
    ]
    /// Whether token `k` is "that" before a word of time ("That October, Aliyev pulled out …"):
    /// a demonstrative, not a complementizer or a relative pronoun.
    static func demonstrativeThat(_ k: Int, _ toks: UnsafeBufferPointer<EventToken>) -> Bool {
        toks[k].isWord(.that) && k + 1 < toks.count && timeNouns.contains(toks[k + 1].lower)
    }

    /// Words of time after which "that" is a demonstrative ("that October", "that same day").
    static let timeNouns: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "same", "time", "weekend",
    ]
    static let subjectPronouns: Set<String> = ["it", "they", "he", "she", "we", "i", "you"]

    /// Verbs that name their object as something (`called the launch "a provocation"`).
    static let namingVerbs: Set<String> = ["call", "describe", "term", "label", "brand", "deem", "dub", "characterize"]

    /// The closing quotation mark of a short quoted name that opens at `i` right after an article
    /// (`a "political dummy"`), or nil.
    static func quotedName(at i: Int, toks: UnsafeBufferPointer<EventToken>, afterVerb: Bool = false) -> Int? {
        guard i > 0, toks[i].isWord(.quote) || toks[i].isWord(.openingQuote),
              toks[i - 1].isWord(.a) || toks[i - 1].isWord(.an) || toks[i - 1].isWord(.the) || afterVerb else { return nil }
        // (right after the verb, a short quoted phrase: `would take "resolute action" against X`)
        var k = i + 1
        while k < toks.count, k <= i + (afterVerb ? 5 : 10) {
            if toks[k].isWord(.quote) || toks[k].isWord(.closingQuote) { return k > i + 1 ? k : nil }
            if toks[k].is(.clauseBreak) && !toks[k].isWord(.period) { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the words ending at `end` are the rest of a verb phrase: a verb group comes before
    /// any comma or clause break ("criticized Belarus" in "criticized Belarus, and Lithuania …"),
    /// unlike a list of names ("Poland, Belarus, and Lithuania").
    /// Words that open a list of examples inside a noun phrase ("…, including X").
    static let exampleOpeners: Set<String> = ["including", "such", "notably", "especially", "particularly", "namely", "like"]

    /// The last token of a manner phrase "in … terms" that opens at `k` ("in the strongest
    /// terms", "in the strongest possible terms", "in no uncertain terms"), if one does.
    static func mannerTerms(at k: Int, toks: UnsafeBufferPointer<EventToken>, actorAt: [Int?]) -> Int? {
        guard k < toks.count, toks[k].isWord(.`in`) else { return nil }
        var j = k + 1
        while j < min(toks.count, k + 6) {
            if actorAt[j] != nil || toks[j].isPunctuation { return nil }
            if toks[j].lower == "terms" { return j > k + 1 ? j : nil }
            j += 1
        }
        return nil
    }

    /// The verb group that comes right after one name (perhaps after a determiner) that
    /// follows token `c`: "…, Canada expelled two", "… and Spain expelled one"; nil when
    /// anything else comes between.
    static func nameBeforeVerb(after c: Int, toks: UnsafeBufferPointer<EventToken>, groupOf: [Int?], actorAt: [Int?]) -> Int? {
        var k = c + 1
        if k < toks.count, toks[k].is(.determiner), actorAt[k] == nil { k += 1 }
        guard k < toks.count, let a = actorAt[k] else { return nil }
        while k < toks.count, actorAt[k] == a { k += 1 }
        // (not an infinitive: "urged Israel and Iran to exercise restraint" keeps its object)
        return k < toks.count && groupOf[k] != nil && !toks[k].isWord(.to) && !toks[k].is(.endsING) && toks[k - 1].is(.alphabetic) ? k : nil
    }

    static func followsVerbPhrase(_ end: Int, toks: UnsafeBufferPointer<EventToken>, groupOf: [Int?], actorAt: [Int?]) -> Bool {
        var k = end
        while k >= 0 {
            if groupOf[k] != nil { return k < end }
            // ("had summoned the ambassador, Margus Laidre, and handed him …": a comma inside a
            // name and its apposition stays inside the object)
            if actorAt[k] != nil { k -= 1; continue }
            // ("discussed regional security, including the situation in Burma, and expressed …":
            // a comma before an example list stays inside the object)
            if toks[k].isWord(.comma), k + 1 <= end, Self.exampleOpeners.contains(toks[k + 1].lower) { k -= 1; continue }
            if toks[k].isWord(.comma) || toks[k].is(.clauseBreak) { return false }
            k -= 1
        }
        return false
    }

    /// Whether the words `region` between the previous frame `p` and a comma before the
    /// verb of `f` are `p`'s object in a series of verb phrases told in the past ("Chinese
    /// personnel boarded Philippine navy boats, seized rifles and wounded a sailor"), not the
    /// subject of `f`: `p` is a main clause with a named subject and no verb of saying, the
    /// words follow its verb and hold no other comma, and both verbs are past forms.
    private func seriesObject(_ region: Range<Int>, of p: ClauseFrame, before f: ClauseFrame, toks: UnsafeBufferPointer<EventToken>,
                              actorAt: [Int?]) -> Bool {
        guard p.kind == .main, !(p.subject?.actors.isEmpty ?? true), Self.isPlainObject(region, of: p, toks: toks, actorAt: actorAt),
              !p.lemmas.contains(where: { lexicon.governors[$0] == "report" }) else { return false }
        func past(_ k: Int) -> Bool { isPastForm(toks[k]) }
        // ("met King Salman, then went on to Ankara": an adverb may open the second verb's group)
        // (or both in the present of a chronology: "EU ministers express their support for
        // Britain, demand the release of the detainees and warn …"; "summons the envoy,
        // demands …")
        func present(_ k: Int) -> Int? {
            if past(k) || toks[k].is(.endsING) || toks[k].isCapitalized { return nil }
            return Self.endsInS(toks[k]) ? 1 : 0
        }
        let sameTense = past(f.predicate) && past(p.predicate)
            || p.verbGroup.count == 1 && present(f.predicate).map { $0 == present(p.predicate) } ?? false
        return f.verbGroup.allSatisfy({ $0 == f.predicate || toks[$0].is(.adverb) && !toks[$0].is([.auxiliary, .negation]) })
            && sameTense
    }

    /// Whether a word is a past form: in -ed, or a past the lemmatizer knows (`met`, `said`).
    func isPastForm(_ t: EventToken) -> Bool { t.is(.endsED) || lemmatizer.isPast(t.lower) }

    /// Whether a word ends in a single -s (`asks`, `targets`; not `discuss`): a verb's third
    /// person or a plural.
    static func endsInS(_ t: EventToken) -> Bool { t.is(.endsS) && !t.is(.endsSS) }

    /// The clause that governs complement `p` when `p` ends in a verb under a modal ("would harm
    /// trust") and `f`'s verb at `g` is a past form right after it, which cannot go on under the
    /// modal ("… and told Yun that …"); nil otherwise.
    private func governorPastModal(_ p: ClauseFrame, _ f: ClauseFrame, at g: Int, toks: UnsafeBufferPointer<EventToken>) -> Int? {
        guard p.kind == .ccomp, !p.modals.isEmpty, let up = p.governor, f.predicate == g, isPastForm(toks[g]),
              p.predicate == p.verbGroup.upperBound, !isPastForm(toks[p.predicate]) else { return nil }
        return up
    }

    /// Whether `region` is the object of active clause `p`, right after its verb, with no comma,
    /// conjunction or clause opener in it: what a verb series goes on after. A conjunction between
    /// two names is part of the object ("met King Salman and Crown Prince Mohammed, then went …").
    static func isPlainObject(_ region: Range<Int>, of p: ClauseFrame, toks: UnsafeBufferPointer<EventToken>, actorAt: [Int?]) -> Bool {
        !p.passive && region.lowerBound == p.verbGroup.upperBound + 1 && !region.isEmpty
            && !region.contains(where: {
                toks[$0].isWord(.comma) || toks[$0].is([.subordinator, .relative])
                    || toks[$0].is(.conjunction) && !($0 > region.lowerBound && $0 + 1 < region.upperBound
                                                      && actorAt[$0 - 1] != nil && actorAt[$0 + 1] != nil)
            })
    }

    /// Whether `f`, right after a comma, goes on with a series of plain verbs that `p`, a
    /// complement clause, opened with its object in `region` ("demand that Russia halt its
    /// aggression, withdraw its forces, and respect …").
    private func plainSeries(_ region: Range<Int>, of p: ClauseFrame, before f: ClauseFrame, toks: UnsafeBufferPointer<EventToken>,
                             actorAt: [Int?]) -> Bool {
        guard p.kind == .ccomp, Self.isPlainObject(region, of: p, toks: toks, actorAt: actorAt), p.verbGroup.count == 1, f.verbGroup.count == 1 else { return false }
        func plain(_ k: Int) -> Bool {
            !toks[k].is([.endsED, .endsING, .endsS]) && !lemmatizer.isPast(toks[k].lower) && !toks[k].isCapitalized
        }
        return plain(p.predicate) && plain(f.predicate)
    }

    /// Titles of envoys that keep their word inside a name (``argument(_:preposition:s:actorAt:words:subject:)``).
    static let envoyTitles: Set<String> = ["ambassador", "envoy", "charge", "chargé", "consul", "attache", "attaché"]

    /// Verbs followed by a bare infinitive ("helped rescue survivors").
    static let bareInfinitiveVerbs: Set<String> = ["help", "let", "make", "see", "hear", "watch"]

    /// Words after which an -s form is a plural noun, not a verb.
    static let nounModifiers: Set<String> = [
        "further", "more", "new", "fresh", "additional", "concrete", "practical", "unilateral", "several", "many", "few",
        "such", "similar", "other", "various", "joint", "renewed", "tougher", "harsher", "broader",
        "western", "eastern", "european", "foreign", "international", "regional", "key", "close", "major", "traditional",
    ]
    /// Spelled counts above one, before a plural noun (`five military targets`).
    static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
    ]
    /// Adjectives of kind before a noun that could be read as a verb (`military aid`).
    static let kindAdjectives: Set<String> = [
        "military", "humanitarian", "economic", "financial", "technical", "medical", "food", "emergency", "development",
        // ("held joint air force drills", "a naval task force")
        "air", "task", "police", "naval", "peacekeeping",
        // ("condemn the use of lethal force against protesters", "a chemical attack")
        "lethal", "deadly", "excessive", "disproportionate", "indiscriminate", "brutal", "nuclear", "chemical", "ballistic",
    ]
    /// ``kindAdjectives`` as token keys.
    static let kindAdjectiveKeys = Set(kindAdjectives.map { TokenLiteral($0).hash })
    /// ``nounModifiers`` as token keys (this is tested at every plural).
    static let nounModifierKeys = Set(nounModifiers.map { TokenLiteral($0).hash })

    /// the actors it holds (subjects skip actors inside prepositional phrases, unless no other
    /// actor is there).
    /// The -ing verb that opens a reduced relative inside an object ("a law declaring the
    /// memorandum void"), if any: it follows a plain word and takes a determiner, a pronoun or a
    /// name of its own ("the engine testing site" is a compound).
    static func reducedClause(in r: ClosedRange<Int>, _ toks: [EventToken], actorAt: [Int?]) -> Int? {
        guard r.count >= 3 else { return nil }
        for i in (r.lowerBound + 1)..<r.upperBound {
            let t = toks[i]
            if t.is(.endsING), t.is(.alphabetic), actorAt[i - 1] == nil, toks[i - 1].is(.alphabetic),
               !toks[i - 1].is([.determiner, .preposition, .adverb, .conjunction, .pronoun, .endsING]),
               actorAt[i + 1] != nil || toks[i + 1].is([.determiner, .pronoun]) { return i }
        }
        return nil
    }

    /// Whether a verb of naming follows the actor `a` that starts at token `i` ("what India
    /// described as …", "what Seoul calls …").
    static func namesAfter(_ i: Int, _ a: Int, _ actorAt: [Int?], _ words: [LemmaEntry]) -> Bool {
        var j = i
        while j < actorAt.count, actorAt[j] == a { j += 1 }
        return j < actorAt.count && words[j].candidates.contains(where: namingVerbs.contains)
    }

    /// An argument chunk: its lemmas (of `words`, each token's lemmas that patterns name) and
    /// the actors inside it.
    private func argument(_ r: ClosedRange<Int>, preposition: String?, s: EventSentence, actorAt: [Int?],
                          words: [LemmaEntry], subject: Bool) -> FrameArgument {
        var lemmas = Set<String>()
        var actors: [Int] = []
        var governed: [Int] = []
        var afterPrep = false
        // ("Red Cross officials of the two countries met": the group whose people they are)
        var ownerGroup: Int?
        // ("signed a law declaring the memorandum void": the words after an -ing verb that
        // follows the object's noun are that verb's, not the object's)
        let reducedAt = !subject && preposition == nil ? Self.reducedClause(in: r, s.tokens, actorAt: actorAt) : nil
        for i in r {
            let t = s.tokens[i]
            let reduced = reducedAt.map { i >= $0 } ?? false
            if let a = actorAt[i] {
                // ("condemned what they called foreign interference": who calls it so is no party)
                let calling = !subject && i > r.lowerBound && s.tokens[i - 1].lower == "what" && !t.isCapitalized
                // ("released a statement denouncing the Japanese authorities": a name after the
                // verb of a message's reduced clause is that verb's object, not this one's; "the
                // road linking Armenia" still names whom a blockade is aimed at)
                let toldInMessage = reduced && reducedAt.map { Self.messageNouns.contains(s.tokens[$0 - 1].lower) } ?? false
                // ("On 5 June 2017 Saudi Arabia, the UAE and Egypt severed …": a name right after
                // an opening phrase of time, with no comma, starts the subject)
                if afterPrep && subject && i > r.lowerBound && s.inTime(i - 1) {
                    afterPrep = false
                }
                if !actors.contains(a) && !governed.contains(a) && !calling && !toldInMessage {
                    if afterPrep && subject { governed.append(a) } else { actors.append(a) }
                    if subject, s.actors[a].isGroup, i > r.lowerBound, s.tokens[i - 1].isWord(.of) || (i > r.lowerBound + 1
                        && s.tokens[i - 1].isWord(.the) && s.tokens[i - 2].isWord(.of)) { ownerGroup = a }
                }
                // (an envoy's title inside a name counts as the word it is: "called in U.S.
                // Ambassador Jon Huntsman" is a summons)
                if !t.isCapitalized || Self.envoyTitles.contains(t.lower) { lemmas.formUnion(words[i].argumentLemmas) }
                continue
            }
            // "Representatives of the United States, France and …": `of` names the parties.
            if t.is(.preposition) && !t.isWord(.of) { afterPrep = true }
            if t.isWord(.comma) || t.is(.conjunction) { afterPrep = false }
            if !t.is(.determiner) && !reduced { lemmas.formUnion(words[i].argumentLemmas) }
        }
        // "flew to Pyongyang with doctors, saw the student and demanded …": a place at the end of
        // the previous verb's phrase, before a comma, is no subject of the next verb.
        if subject && actors.isEmpty && !s.tokens[r.upperBound].isWord(.comma) {
            actors = governed
            // ("At a NATO summit in Vilnius in July Erdogan agreed …": after an opening phrase of
            // place and time, the name right before the verb is its subject)
            if governed.count > 1, let last = governed.last, actorAt[r.upperBound] == last,
               s.tokens[r.upperBound].isCapitalized, r.upperBound > r.lowerBound,
               !s.tokens[r.lowerBound..<r.upperBound].contains(where: { $0.is(.conjunction) }) {
                actors = [last]
            }
        }
        if let g = ownerGroup { actors = [g] }
        Self.dropPossessors(&actors, s: s, actorAt: actorAt)
        // ("called on Eritrea and Djibouti to settle their border dispute": "to" before a plain
        // word and a determiner is an infinitive; whose dispute it is names no recipient)
        if preposition == "to", r.count >= 2, actorAt[r.lowerBound] == nil, s.tokens[r.lowerBound].is(.alphabetic),
           !s.tokens[r.lowerBound].isCapitalized, !s.tokens[r.lowerBound].is([.determiner, .pronoun, .preposition]),
           s.tokens[r.lowerBound + 1].is(.determiner) {
            actors = []
        }
        return FrameArgument(preposition: preposition, tokens: r, lemmas: lemmas, actors: actors)
    }
}

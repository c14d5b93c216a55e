/// Events named by nouns: `a summit between X and Y`, `Russia's attacks on Ukraine`,
/// `held talks with X`, `joint military exercises involving X and Y`.
extension SentenceCoder {
    /// Verbs of thanks whose "for" phrase names what the thanked one gave.
    static let gratitudeVerbs: Set<String> = ["thank", "appreciate", "praise", "commend", "hail"]

    static let possessivePronouns: Set<String> = ["her", "his", "their", "our", "its", "my", "your"]
    /// Words for craft, weapons and units that an act noun before them describes ("attack aircraft").
    static let equipmentNouns: Set<String> = [
        "aircraft", "airplane", "airplanes", "plane", "planes", "jet", "jets", "helicopter", "helicopters",
        "bomber", "bombers", "fighter", "fighters", "drone", "drones", "submarine", "submarines",
        "boat", "boats", "ship", "ships", "craft", "vessel", "vessels", "rifle", "rifles", "dog", "dogs",
        "group", "groups", "unit", "units", "squadron", "squadrons", "capability", "capabilities",
    ]
    /// Prepositions of circumstance: "following the summit with X" is the clause subject's summit.
    static let circumstantial: Set<String> = ["following", "after", "before", "during", "since", "ahead", "amid", "at"]
    /// Nouns of a limit put on something (`restrictions on sales`, `a ban on visits`).
    static let restrictionNouns: Set<String> = [
        "restriction", "restrictions", "ban", "bans", "curb", "curbs", "limit", "limits", "controls", "embargo",
        "moratorium", "cap", "caps", "freeze", "halt",
    ]
    /// Whether token `on` is the "on" of a restriction (`restrictions on`, `a ban on`).
    static func isRestrictionOn(_ on: Int, _ toks: [EventToken]) -> Bool {
        on >= 1 && on < toks.count && toks[on].lower == "on" && restrictionNouns.contains(toks[on - 1].lower)
    }

    /// Posts that may be named for an act (`ambassador for normalization talks`).
    static let postNouns: Set<String> = [
        "ambassador", "envoy", "negotiator", "representative", "commissioner", "coordinator", "minister", "secretary",
        "adviser", "advisor", "delegate", "chief",
    ]

    /// Prepositions that place a clause in or beside a fight told elsewhere (`during the war`,
    /// `amid the fighting`, `before the clash`).
    static let forceBackdrops: Set<String> = ["during", "amid", "since", "before", "after", "following", "ahead"]
    /// Whether the preposition at `k` ends a phrase of holding back: "hold off on", "short of",
    /// "refrain from" (any form of the verb).
    static func holdingBack(_ toks: [EventToken], _ k: Int) -> Bool {
        guard k >= 1 else { return false }
        // (token keys first: this runs before every act noun)
        if toks[k].isWord(.on), toks[k - 1].isWord(.off), k >= 2 { return toks[k - 2].lower.hasPrefix("hold") || toks[k - 2].lower == "held" }
        if toks[k].isWord(.of) { return toks[k - 1].lower == "short" }
        if toks[k].isWord(.from) { return toks[k - 1].lower.hasPrefix("refrain") }
        return false
    }

    /// Nouns of what is done to a person: the person who owns one ("his release", "Whelan's
    /// detention") undergoes it.
    static let patientNouns: Set<String> = [
        "imprisonment", "detention", "arrest", "release", "execution", "abduction", "kidnapping",
        "deportation", "extradition", "conviction", "sentencing", "trial", "jailing", "incarceration",
        "captivity", "killing", "murder", "assassination", "expulsion",
    ]

    /// Whether an actor span names a person: a personal pronoun or a person's name.
    static func isPersonLike(_ a: ActorSpan) -> Bool {
        ["his", "her", "their"].contains(a.text.lowercased()) || (a.name != nil && a.sector == "CVL")
    }

    /// Lengths of time before a backdrop preposition (`hours before the summit`).
    static let backdropUnits: Set<String> = ["minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year"]
    /// Verbs whose subject obtains the act its object names (`secured the release of X`).
    static let obtainingVerbs: Set<String> = ["secure", "obtain", "win", "gain", "negotiate"]
    /// Verbs whose object or subject noun names an act that does not take place.
    /// Modifiers of a meeting not held yet ("his planned summit with Kim", "the upcoming talks").
    static let unheldWords: Set<String> = ["planned", "upcoming", "proposed", "scheduled", "expected", "possible", "prospective", "future", "forthcoming"]
    static let undoingVerbs: Set<String> = ["cancel", "postpone", "scrap", "delay", "suspend", "rule", "shelve", "halt", "abandon", "defer"]
    /// Nouns of worry whose `about`/`over` phrase is a topic ("concerns about X's support for Y").
    static let concernNouns: Set<String> = ["concern", "concerns", "worry", "worries", "alarm", "unease"]
    /// Verbs that keep, break or go back to an accord that exists ("return to the agreements").
    static let keepingVerbs: Set<String> = [
        "return", "abide", "honor", "honour", "respect", "implement", "uphold", "comply", "adhere", "observe", "stick",
    ]
    /// Verbs whose object or `on`/`about` phrase is a topic ("discussed Russia's war").
    static let discussingVerbs: Set<String> = ["discuss", "debate"]
    /// Verbs of speaking whose `at` phrase is a venue ("said at a rally").
    static let speakingVerbs: Set<String> = EventCoder.closingReportVerbs.union([
        "spoke", "speaks", "speaking", "declared", "remarked", "warned", "insisted", "stressed", "addressed", "vowed", "pledged",
    ])
    /// Nouns whose of-phrase names the occasion of another act (`on the sidelines of the summit`).
    static let occasionNouns: Set<String> = ["sidelines", "margins", "margin", "eve", "occasion", "sideline"]
    /// Verbs that put off what their subject names ("the meeting has been postponed"); a meeting
    /// cancelled is left uncoded (who called it off is unknown).
    static let postponingVerbs: Set<String> = ["postpone", "delay", "defer", "reschedule"]
    /// Verbs that end what their object names (`end the agreement`, `withdraw from the deal`).
    static let terminatingVerbs: Set<String> = ["end", "terminate", "annul", "revoke", "abrogate", "quit", "exit", "withdraw", "tear", "renounce"]
    /// Verbs that ease a sanction, ban or cut named by their object.
    static let easingVerbs: Set<String> = [
        "lift", "ease", "remove", "relax", "scrap", "waive", "suspend", "loosen", "drop", "rescind",
    ]
    /// Verbs that weigh again what their object names, which is thus not done now ("agreed to
    /// review its tariffs", "might reconsider their investment").
    static let reconsideringVerbs: Set<String> = ["reconsider", "review", "reassess", "rethink", "reevaluate", "re-evaluate"]
    /// Words for fighting whose place or sides a ceasefire's sentence names.
    static let fightWords: Set<String> = ["hostilities", "fighting", "war", "conflict", "clashes", "violence"]

    /// "… the fighting in Armenia and Azerbaijan", "… the war between X and Y": the two or more
    /// countries named right after a word for fighting that follows token `i`, if any.
    func fightParties(after i: Int, _ s: EventSentence) -> [Int]? {
        guard let w = (i + 1..<min(s.tokens.count, i + 16)).first(where: { Self.fightWords.contains(s.tokens[$0].lower) }),
              w + 1 < s.tokens.count, ["in", "between", "among"].contains(s.tokens[w + 1].lower) else { return nil }
        let stop = (w + 2..<s.tokens.count).first { s.tokens[$0].isPunctuation && !s.tokens[$0].isWord(.comma) } ?? s.tokens.count
        let lo = s.tokens[w + 1].end, hi = stop < s.tokens.count ? s.tokens[stop].start : s.end
        var seen = Set<String>()
        let parties = s.actors.indices.filter { a in
            s.actors[a].start >= lo && s.actors[a].end <= hi && !s.actors[a].isMedia
                && s.actors[a].country.map { seen.insert($0).inserted } ?? false
        }
        return parties.count >= 2 ? parties : nil
    }

    /// Forms of verbs whose object is a reaction someone drew ("drawing criticism from X").
    static let drawingWords: Set<String> = [
        "draw", "draws", "drew", "drawn", "drawing", "prompt", "prompts", "prompted", "prompting",
        "provoke", "provokes", "provoked", "provoking", "trigger", "triggers", "triggered", "triggering",
        "spark", "sparks", "sparked", "sparking", "earn", "earns", "earned", "earning",
        "attract", "attracts", "attracted", "attracting", "elicit", "elicits", "elicited", "eliciting",
    ]
    /// Verbs that ask for what their object or `for` phrase names (`demanded an apology from X`).
    static let seekingVerbs: Set<String> = [
        "demand", "request", "seek", "propose", "suggest", "want", "urge", "call", "press", "push", "insist", "ask", "await",
    ]
    /// Verbs whose `on`/`toward`/`for` oblique names a goal (`working on an accord`).
    static let strivingVerbs: Set<String> = ["work", "strive", "push", "press", "aim", "move"]
    /// The prepositions of such a goal.
    static let goalPrepositions: Set<String> = ["on", "toward", "towards", "for"]
    static let verbalRoots: Set<String> = ["01", "02", "03", "05", "10", "11", "12", "13"]

    func nounCandidates(_ s: EventSentence, frames: [ClauseFrame], predicates: [Bool],
                        analysis: ClauseReader.Analysis) -> [EventCandidate] {
        let toks = s.tokens
        let n = toks.count
        let actorAt = analysis.actorAt
        var out: [EventCandidate] = []
        for i in 0..<n where actorAt[i] == nil && !predicates[i] {
            // A capitalized noun is a name's word ("the Consultative Group Meeting"), unless names
            // of parties come right before it ("the U.S.-Taliban Agreement").
            if toks[i].isCapitalized && i > 0 && !toks[i - 1].isPunctuation && actorAt[i - 1] == nil { continue }
            guard let head = analysis.noun(i), let patterns = lexicon.nouns[head] else { continue }
            // ("a Russian Su-24 attack aircraft", "attack helicopters", "a carrier strike group": a
            // noun before a word for a craft or a unit names what that is built for, no act)
            if i + 1 < n, Self.equipmentNouns.contains(toks[i + 1].lower) { continue }
            // ("in exchange for", "in return for": a phrase of giving back, not an exchange of views)
            if i > 0, i + 1 < n, toks[i - 1].isWord(.in), toks[i + 1].lower == "for", head == "exchange" || head == "return" { continue }
            // Left: modifiers and possessor/adjective actors back to the start of the noun phrase.
            var modLemmas = Set<String>()
            var modActors: [Int] = []
            var possessivePronoun = false
            var possessor = false
            var j = i - 1
            while j >= 0, i - j <= 7 {
                let w = toks[j]
                let l = w.lower
                // "the United States – Afghanistan declaration": a dash between two names.
                if w.is(.punctuation), ["–", "-", "—"].contains(l), j > 0, actorAt[j - 1] != nil, actorAt[j + 1] != nil {
                    j -= 1
                    continue
                }
                // (A preposition inside a name does not end it: "the U.S.-Republic of Korea alliance".)
                if actorAt[j] == nil, predicates[j] || w.is([.preposition, .clauseBreak, .relative]) || w.isWord(.comma)
                    || Self.drawingWords.contains(l) { break }
                // An auxiliary means a verb stands between ("Kenya has been suffering bombings").
                if actorAt[j] == nil, !w.isWord(.possessive), !w.isWord(.curlyApostropheS), w.is([.be, .have, .modal]) { break }
                if actorAt[j] != nil, j + 1 < n, toks[j + 1].isWord(.possessive) || toks[j + 1].isWord(.curlyApostropheS) { possessor = true }
                if actorAt[j] != nil {
                    // One token may hold two names ("U.S.-Mexico").
                    let tok = toks[j]
                    for (a, actor) in s.actors.enumerated().reversed() where actor.start < tok.end && actor.end > tok.start && !modActors.contains(a) {
                        modActors.insert(a, at: 0)
                    }
                    // ("described her conversation with Putin": a person's possessive pronoun the
                    // actor layer resolved opens the noun phrase all the same)
                    if l == "her" || l == "his" {
                        possessivePronoun = true
                        break
                    }
                }
                else {
                    if Self.possessivePronouns.contains(l) { possessivePronoun = true; break }
                    if w.is(.determiner) && !w.isWord(.possessive) && !w.isWord(.curlyApostropheS) { break }
                    if l.utf8.contains(UInt8(ascii: "-")) {
                        for part in l.split(separator: "-") { modLemmas.formUnion(reader.lemmatizer.candidates(String(part))) }
                    } else {
                        modLemmas.formUnion(analysis.argumentLemmas(j))
                    }
                }
                j -= 1
            }
            // "restrictions on sales of chip-making equipment to China": what a restriction is
            // on is what it stops, no act of its own.
            if Self.isRestrictionOn(j, toks) { continue }
            // "warned that any arms cooperation between Moscow and Pyongyang would …", "there was
            // no agreement": an act named with "any" or "no" is one supposed or denied.
            if j >= 0, toks[j].lower == "any" || toks[j].lower == "no" { continue }
            // "made concessions without obtaining an apology", "would hold off on new tariffs",
            // "stopped short of sanctions": an act named after "without" or held back is one not done.
            if let w = (max(0, i - 4)..<i).last(where: { toks[$0].isWord(.without) || Self.holdingBack(toks, $0) }),
               !(w + 1..<i).contains(where: { toks[$0].isPunctuation }) { continue }
            // "North Korea's ambassador for normalization talks with Japan": a post named for
            // an act is no act
            if j >= 1, toks[j].isWord(.for), actorAt[j - 1] != nil, Self.postNouns.contains(toks[j - 1].lower) { continue }
            // "our Swedish hosts", "its DPRK counterparts": the possessive names whose they are.
            ClauseReader.dropPossessors(&modActors, s: s, actorAt: actorAt)
            // Right: prepositional chunks.
            var chunks: [FrameArgument] = []
            var k = i + 1
            var prep: String?
            var start = k
            func close(_ end: Int) {
                guard let p = prep, start <= end else { return }
                var lemmas = Set<String>()
                var actors: [Int] = []
                for x in start...end {
                    // (a role word inside a name counts too: "of 23 Russian diplomats")
                    if let a = actorAt[x] {
                        if !actors.contains(a) { actors.append(a) }
                        if !toks[x].isCapitalized { lemmas.formUnion(analysis.argumentLemmas(x)) }
                    } else { lemmas.formUnion(analysis.argumentLemmas(x)) }
                }
                ClauseReader.dropPossessors(&actors, s: s, actorAt: actorAt)
                chunks.append(FrameArgument(preposition: p, tokens: start...end, lemmas: lemmas, actors: actors))
            }
            while k < n, k - i <= 16 {
                let w = toks[k]
                let l = w.lower
                if predicates[k] || w.is(.clauseBreak)
                    || (actorAt[k] == nil && w.is(.relative)) || w.isWord(.according) { break }
                // A comma continues only a list of actors ("with Japan, China and Korea").
                if w.isWord(.comma) && !(k + 1 < n && actorAt[k + 1] != nil && prep != nil && k > start && actorAt[k - 1] != nil) { break }
                if actorAt[k] == nil, w.is(.preposition), !w.isWord(.of) || prep == nil {
                    close(k - 1)
                    prep = l
                    start = k + 1
                } else if prep == nil, actorAt[k] == nil, !toks[k].isCapitalized, k > i + 1 { break }
                k += 1
            }
            close(k - 1)
            // Which pattern fits.
            var best: (EventPattern, [Int])?
            for p in patterns {
                var targets: [Int]?
                var ok = true
                for c in p.constraints {
                    if c.kind == .modifier {
                        if modLemmas.isDisjoint(with: c.words) && !c.optional { ok = false; break }
                        continue
                    }
                    let args = chunks.filter { $0.preposition == c.slot }
                    var met = false
                    for a in args {
                        let actorOK = c.actor && !a.actors.isEmpty
                        if (c.words.isEmpty && !c.actor) || !a.lemmas.isDisjoint(with: c.words) || actorOK {
                            met = true
                            if actorOK && targets == nil { targets = a.actors }
                            // "expulsion of 23 Russian diplomats": the named patient is the target
                            if targets == nil, !c.words.isEmpty, !a.actors.isEmpty, !a.lemmas.isDisjoint(with: c.words) { targets = a.actors }
                            break
                        }
                    }
                    if !met && !c.optional { ok = false; break }
                }
                guard ok else { continue }
                if best == nil || p.specificity > best!.0.specificity { best = (p, targets ?? []) }
            }
            guard let (pattern, slotTargets) = best else { continue }
            // ("called off his planned summit with Kim", "ahead of the upcoming talks": a meeting
            // not held yet is none told)
            if pattern.code.hasPrefix("04"), (j + 1..<i).contains(where: { Self.unheldWords.contains(toks[$0].lower) }) { continue }
            // "held talks on the sidelines of the G20 meeting", "on the eve of the summit": the
            // occasion of another act, not an act of the clause's subject.
            if (max(0, i - 5)..<i).contains(where: { k in Self.occasionNouns.contains(s.tokens[k].lower) && k + 1 < i && s.tokens[k + 1].isWord(.of) }) { continue }
            // "said at a rally in Tokyo", "spoke at a news conference": where a speaker spoke
            // ("spoke at the summit with Putin" names a party: that summit took place).
            if let at = (max(0, i - 3)..<i).last(where: { s.tokens[$0].isWord(.at) }),
               (max(0, at - 4)..<at).contains(where: { Self.speakingVerbs.contains(s.tokens[$0].lower) }) { continue }
            // The governing clause: the frame whose arguments hold the noun (or whose subject region does).
            let gov = frames.firstIndex { f in
                (f.object?.tokens.contains(i) ?? false) || f.obliques.contains { $0.tokens.contains(i) }
            }
            // ("signed a law declaring the memorandum void": a noun inside the object's reduced
            // relative is that verb's, no act of the clause)
            if let g = gov, let o = frames[g].object, o.tokens.contains(i),
               let k = ClauseReader.reducedClause(in: o.tokens, s.tokens, actorAt: actorAt), i > k { continue }
            // ("discussed the situation in Burma and Russia's war against Ukraine": what is
            // discussed is a topic, not an act told)
            if let g = gov, frames[g].lemmas.contains(where: Self.discussingVerbs.contains) { continue }
            // (nor a noun in a condition: "if Japan dropped its demands on the abduction issue")
            if let g = gov, frames[g].kind == .adverbial, ClauseWords.conditionals.contains(frames[g].subordinator ?? "") { continue }
            // (nor what a concern is about: "raised concerns about the PRC's support for Russia")
            if let g = gov, !(frames[g].object?.lemmas.isDisjoint(with: Self.concernNouns) ?? true),
               frames[g].obliques.contains(where: { $0.tokens.contains(i) && EventMatcher.topicPrepositions.contains($0.preposition ?? "") }) { continue }
            let fronted = frames.firstIndex { f in (f.subject?.tokens.contains(i) ?? false) }
            var mode: EventMode = .asserted
            var family = ""
            var governing: Int?
            // "The envoy's talks with Iranian officials, set for Monday, have been put off / will be
            // held at a later date": a meeting put off, whichever clause
            // of the sentence has the noun as its subject, is talks halted between its parties.
            var putOff = false
            if gov == nil, pattern.code.hasPrefix("04"), frames.contains(where: { f in
                (f.subject?.tokens.contains(i) ?? false) && (f.lemmas.contains(where: Self.postponingVerbs.contains)
                    || f.obliques.contains { o in o.tokens.contains { s.tokens[$0].lower == "later" } })
            }) { putOff = true }
            if let g = gov ?? fronted, !putOff {
                if frames[g].negated { continue }
                // "said the Philippines … did not invoke the defense treaty": a negated verb the
                // clause reader left inside the governing clause's object still negates the act.
                if (max(0, i - 5)..<i).contains(where: { k in s.tokens[k].is(.negation) && k > frames[g].predicate })
                    && !(max(0, i - 5)..<i).contains(where: { s.tokens[$0].isPunctuation }) { continue }
                // "ruled out a meeting", "the summit was cancelled", "rejected the offer of talks":
                // the act the noun names did not happen.
                if frames[g].lemmas.contains(where: { Self.undoingVerbs.contains($0)
                    || ["negate", "halt", "refuse", "deny"].contains(lexicon.governors[$0] ?? "") }) { continue }
                // "held Pyongyang accountable for the crackdown", "accused Seoul of the attack": the
                // act named is the accused's, alleged, not the speaker's.
                if EventMatcher.alleges(frames[g]), frames[g].obliques.contains(where: { $0.tokens.contains(i) && ($0.preposition == "for" || $0.preposition == "of") }) { continue }
                // "decided to end its intelligence-sharing agreement with Japan": an accord
                // ended is not made now (talks ended did take place).
                if !pattern.code.hasPrefix("04"), frames[g].lemmas.contains(where: { Self.terminatingVerbs.contains($0) }) { continue }
                // "lifted its ban on Australian coal": sanctions eased are not imposed now (nor
                // are those reviewed: ``reconsideringVerbs``).
                if pattern.code.hasPrefix("16"), frames[g].lemmas.contains(where: { Self.easingVerbs.contains($0) }) { continue }
                // ("might reconsider their investment in Japan": what is reconsidered is not done now)
                if frames[g].lemmas.contains(where: { Self.reconsideringVerbs.contains($0) }) { continue }
                governing = g
            }
            // "its mutual defense treaty with the Philippines covers attacks": an accord named
            // with its owner's pronoun, and the object of no verb that makes or reaches it, is one in force.
            if pattern.code == "057", gov == nil,
               possessivePronoun || modActors.contains(where: { Self.possessivePronouns.contains(s.actors[$0].text.lowercased()) }) { continue }
            // "The United States, which has a mutual defense treaty with the Philippines": an
            // accord one has is one in force, not one signed now.
            if pattern.code == "057", let g = gov, frames[g].lemmas.first == "have", !frames[g].lemmas.contains("sign") { continue }
            // ("return to their 2018 agreements", "abide by the accord": an accord kept or gone
            // back to was signed before)
            if pattern.code == "057", let g = gov, frames[g].lemmas.contains(where: Self.keepingVerbs.contains) { continue }
            // Sources.
            var sources: [Int] = []
            var targets = slotTargets
            var rule = "noun"
            var symmetric = pattern.symmetric
            if let between = chunks.first(where: { ["between", "among", "involving"].contains($0.preposition ?? "") && $0.actors.count >= 2 }) {
                sources = between.actors
                if targets == between.actors { targets = [] }
                symmetric = true
                rule += "+between"
            } else if modActors.count == 1, s.actors[modActors[0]].text.lowercased() == "their", let g = gov,
                      let subj = frames[g].subject?.actors, Set(subj.compactMap { s.actors[$0].country }).count >= 2 {
                // "The United States and South Korea started their annual exercises": "their" is the
                // coordinated subject, all of it.
                sources = subj
                rule += "+clause"
                if targets.isEmpty { symmetric = true }
            } else if !modActors.isEmpty, Self.patientNouns.contains(pattern.head),
                      !chunks.contains(where: { $0.preposition == "of" && !$0.actors.isEmpty }),
                      possessor || modActors.allSatisfy({ Self.possessivePronouns.contains(s.actors[$0].text.lowercased()) }),
                      modActors.allSatisfy({ Self.isPersonLike(s.actors[$0]) }) {
                // "His imprisonment is unjust", "Whelan's release": a person who owns such a noun
                // undergoes the act; who did it is not said.
                continue
            } else if !modActors.isEmpty, modActors.count >= 2 || possessor || !pattern.code.hasPrefix("04") {
                // "the Singapore summit" names a place; "Japan's talks", "U.S.-Mexico talks" name parties.
                sources = modActors
                rule += "+modifier"
                if targets.isEmpty && modActors.count >= 2 { symmetric = true }
            } else if let by = chunks.first(where: { ($0.preposition == "by" || $0.preposition == "from") && !$0.actors.isEmpty }) {
                sources = by.actors
                rule += "+by"
                // ("were intercepted by Israel with help from the United States": help that goes
                // "with" an act is given to whoever did it)
                if targets.isEmpty, i >= 1, s.tokens[max(0, i - 2)...(i - 1)].contains(where: { $0.isWord(.with) }), let g = gov {
                    let doers = (frames[g].passive ? frames[g].agent?.actors : frames[g].subject?.actors) ?? []
                    targets = doers.filter { d in !sources.contains { s.actors[$0].country == s.actors[d].country } }
                    if !targets.isEmpty { rule += "+helped" }
                }
            } else if let g = gov, let subj = frames[g].subject,
                      // ("banned Chinese apps, citing threats to its sovereignty": a reason cited
                      // is no act of whoever cites it)
                      !frames[g].lemmas.contains("cite"),
                      // "secured the release of X": what is obtained is the other side's concession.
                      !(pattern.code.hasPrefix("08") && frames[g].lemmas.contains(where: { Self.obtainingVerbs.contains($0) })),
                      // ("held talks on June 6, before the clash", "let Ukraine ship grain during the
                      // war": a fight the clause is dated by or passes in is no fight of its subject's)
                      !(EventCoder.forceRoots.contains(String(pattern.code.prefix(2)))
                        && frames[g].obliques.contains { $0.tokens.contains(i) && Self.forceBackdrops.contains($0.preposition ?? "") }),
                      // ("fired a missile hours before the summit": an act the clause is timed by
                      // is no act of its subject's; "a week after his summit" is)
                      !frames[g].obliques.contains(where: { o in
                          o.tokens.contains(i) && Self.forceBackdrops.contains(o.preposition ?? "") && o.tokens.lowerBound >= 2
                              && Self.backdropUnits.contains(s.tokens[o.tokens.lowerBound - 2].lower)
                              && !Self.possessivePronouns.contains(s.tokens[o.tokens.lowerBound].lower) }),
                      // ("Iraq and Oman hosted talks between the two rivals": talks between others
                      // are not their host's)
                      !chunks.contains(where: { $0.preposition == "between" }),
                      // ("change its constitution before the treaty is signed": the subject of a
                      // clause of time is told by that clause's verb)
                      !frames.contains(where: { $0.kind == .adverbial && $0.subject?.tokens.contains(i) ?? false }),
                      possessivePronoun || frames[g].lemmas.contains(where: { Self.lightVerbs.contains($0) })
                        || frames[g].obliques.contains(where: { $0.tokens.contains(i) && Self.circumstantial.contains($0.preposition ?? "") })
                        // ("Kishida and Yoon condemned the launch in a summit on Thursday": a meeting
                        // the clause took place in)
                        || pattern.code.hasPrefix("04") && frames[g].obliques.contains(where: { $0.tokens.contains(i) && $0.preposition == "in" })
                        // (an accord is signed, not said: "said the pact was troubling" signs nothing)
                        || (lexicon.governors[frames[g].lemmas.first ?? ""] != nil && Self.verbalRoots.contains(String(pattern.code.prefix(2)))
                            && pattern.code != "057") {
                sources = subj.actors
                rule += "+clause"
            } else if let g = fronted, possessivePronoun, let subj = frames[g].subject {
                sources = subj.actors
                rule += "+clause"
            }
            // "demanded an apology from Tokyo", "proposed mediation by a quartet of the AU …": an
            // act asked of another is sought, not done (the asker's own is read with its clause:
            // "proposed talks with Seoul").
            if !rule.hasSuffix("+clause"), let g = gov, let verb = frames[g].lemmas.first, Self.seekingVerbs.contains(verb) { continue }
            if sources.isEmpty, pattern.code.hasPrefix("087"), let parties = fightParties(after: i, s) {
                // "a truce meant to stop the fighting between Armenia and Azerbaijan": the sides of
                // the fighting it ends.
                sources = parties
                symmetric = true
                rule += "+fight"
            }
            // (not the occasion: "on the sidelines of the G20 meeting")
            if targets.isEmpty, let t = chunks.first(where: { ["with", "against", "on", "to", "into", "toward", "towards", "over", "for"].contains($0.preposition ?? "") && !$0.actors.isEmpty
                && !$0.tokens.contains { Self.occasionNouns.contains(s.tokens[$0].lower) } }) {
                targets = t.actors
            }
            // The clause's mode governs a noun act only when the clause supplies its actor
            // ("will hold talks with X"); "Russia's attacks" stay Russia's attacks.
            if rule.hasSuffix("+clause"), let g = governing {
                guard let (m, fam) = matcher.mode(of: g, frames: frames, sentence: s) else { continue }
                mode = m
                family = fam
                // "offered humanitarian aid", "pledged troops": a material act is promised, not
                // done ("offered solidarity" is itself the act).
                if mode == .asserted, ["06", "07", "08"].contains(String(pattern.code.prefix(2))),
                   frames[g].lemmas.first.map({ lexicon.governors[$0] == "intent" }) ?? false {
                    mode = .intended
                    family = "03"
                }
                // "working on a trade accord", "pushing for a ceasefire": what one works toward is
                // not yet done.
                if mode == .asserted, frames[g].lemmas.first.map({ Self.strivingVerbs.contains($0) }) ?? false,
                   frames[g].obliques.contains(where: { $0.tokens.contains(i) && Self.goalPrepositions.contains($0.preposition ?? "") }) {
                    mode = .intended
                    family = "03"
                }
            }
            var drawnBy: Set<String> = []
            // "vetoed the draft, drawing criticism from Britain", "China's move prompted a protest
            // from Vietnam": a reaction drawn is aimed at whoever drew it.
            if targets.isEmpty, rule.contains("+by"), let d = (max(0, i - 4)..<i).last(where: { Self.drawingWords.contains(s.tokens[$0].lower) }) {
                // (the first main clause with an actor for subject: not a dateline misread as a
                // verb, "UNITED NATIONS, Nov 18 - Russia vetoed …")
                if d > 0, s.tokens[d - 1].isWord(.comma),
                   let main = frames.first(where: { $0.kind == .main && $0.predicate < d && !($0.subject?.actors.isEmpty ?? true) }) {
                    targets = main.subject?.actors ?? []
                } else {
                    let opening = (0..<d).last(where: { s.tokens[$0].is(.clauseBreak) }).map { $0 + 1 } ?? 0
                    targets = s.actors.indices.filter { a in
                        !s.actors[a].isMedia && !s.actors[a].isPlace && s.actors[a].start >= s.tokens[opening].start && s.actors[a].end <= s.tokens[d].start
                    }
                }
                targets = targets.filter { t in !sources.contains { s.actors[$0].country == s.actors[t].country } }
                if !targets.isEmpty { rule += "+drawn" }
                // ("The decision drew condemnation from Japan": whoever made the decision just told)
                else if d >= 2, Self.genericActWords.contains(s.tokens[d - 1].lower), Self.definiteWords.contains(s.tokens[d - 2].lower) {
                    drawnBy = Self.allRoots
                }
            }
            // "Sugiono thanked China for its help in building the railway": the help thanked for
            // was given to whoever thanks.
            if targets.isEmpty, rule.hasSuffix("+modifier"), ["05", "06", "07", "08"].contains(String(pattern.code.prefix(2))),
               let g = gov, frames[g].lemmas.contains(where: { Self.gratitudeVerbs.contains($0) }),
               frames[g].obliques.contains(where: { $0.preposition == "for" && $0.tokens.contains(i) }),
               let thanker = frames[g].subject?.actors.filter({ a in !sources.contains { s.actors[$0].country == s.actors[a].country } }),
               !thanker.isEmpty {
                targets = thanker
                rule += "+thanked"
            }
            // "Wang urged Qureshi in a telephone call to exercise restraint": a call or meeting
            // named as the occasion of an act aimed at someone is held with them.
            if targets.isEmpty, pattern.code.hasPrefix("04"), rule.hasSuffix("+clause"), let g = gov,
               frames[g].obliques.contains(where: { ["in", "during"].contains($0.preposition ?? "") && $0.tokens.contains(i) }),
               let addressed = frames[g].object?.actors.filter({ a in
                   !s.actors[a].isPlace && !s.actors[a].isMedia && !sources.contains { s.actors[$0].country == s.actors[a].country }
               }), !addressed.isEmpty {
                targets = addressed
                rule += "+addressed"
            }
            // "Niamey renewed its accusation that France is training armed groups": an accusation
            // or a charge is aimed at the subject of the clause that "that" opens right after it.
            if targets.isEmpty, pattern.code.hasPrefix("11"), i + 2 < s.tokens.count, s.tokens[i + 1].isWord(.that),
               let k = frames.firstIndex(where: { $0.subject?.tokens.lowerBound == i + 2 && !$0.subjectInherited }),
               let doers = frames[k].subject?.actors.filter({ a in
                   !s.actors[a].isPlace && !s.actors[a].isMedia && !sources.contains { s.actors[$0].country == s.actors[a].country }
                       // (the clause's subject itself, not a name inside it: "that the talks with France failed")
                       && (s.actors[a].start == s.tokens[i + 2].start || s.tokens[i + 2].isWord(.the) && i + 3 < s.tokens.count
                           && s.actors[a].start == s.tokens[i + 3].start)
               }), !doers.isEmpty {
                targets = doers
                rule += "+charged"
            }
            // "Kishida returned the visit on May 7": a visit returned is paid to whoever paid the
            // visit told before.
            if targets.isEmpty, drawnBy.isEmpty, pattern.code.hasPrefix("04"), s.tokens[i].lower == "visit",
               let g = governing, frames[g].lemmas.contains("return") {
                drawnBy = ["04"]
            }
            targets = targets.filter { !sources.contains($0) }
            sources = sources.filter { !s.actors[$0].isMedia && !s.actors[$0].isPlace }
            guard !sources.isEmpty else { continue }
            let code = putOff ? "164" : matcher.recode(pattern.code, family: family)
            if code.isEmpty { continue }
            if putOff { rule += "+put-off" }
            if mode != .asserted { rule += "+" + mode.rawValue }
            // A noun heading the subject ("the talks between X and Y resumed on Monday") is dated by its clause.
            let clause = (gov ?? fronted).map { frames[$0].span } ?? (max(0, j)...max(i, k - 1))
            let conf = 0.5 + (targets.isEmpty ? 0 : 0.15) + min(0.1, Double(pattern.specificity) * 0.03)
            out += pair(sources: sources, targets: targets, symmetric: symmetric, s: s) { src, tgt in
                var c = EventCandidate(sentence: s.index, pattern: pattern.id, rule: rule, code: code, mode: mode,
                                       source: src, target: tgt, trigger: i...i, clause: clause, confidence: conf)
                c.anaphor = drawnBy
                return c
            }
        }
        return out
    }
}

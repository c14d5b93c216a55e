/// What the document adds to a sentence's candidate: the target the sentence leaves out
/// (an act named again, "also", a reaction to the story's provocation) and the official reading
/// of a government's protest.
extension EventCoder {
    /// Roots of reactions that may answer an act the text just told: disapproval, threats,
    /// shows of force ("South Korean forces fired missiles into the sea in a drill"), sanctions
    /// and cuts in relations ("the council tightened sanctions").
    static let reactionRoots: Set<Substring> = ["11", "13", "15", "16"]
    /// Roots of material provocations a reaction answers: force postures, coercion, assaults,
    /// fights (not protests, which are themselves reactions).
    static let provocationRoots: Set<String> = ["15", "17", "18", "19", "20"]

    /// An act told earlier in the document: its sentence, root, author, the word that told it
    /// and its first day.
    typealias RecentAct = (sentence: Int, root: String, actor: ActorSpan, word: String, day: CalendarDay?)
    /// The target of an event coded earlier in the document, with its sentence, code, author and
    /// whether the act was asserted.
    typealias RecentTarget = (sentence: Int, cameo: String, target: ActorSpan, author: ActorSpan, asserted: Bool)

    /// The reads of a candidate of ``EventPattern/sameAct`` ("Kuwait followed suit", "Niger did
    /// the same two days later"): the asserted acts with a party of the last sentence that told
    /// any (those of its last act's author), each by the candidate's subject toward the same
    /// party. Empty when there is none within three sentences, when the act is not asserted, or
    /// when the subject is that party itself.
    static func sameActs(_ c: EventCandidate, _ s: EventSentence, recentTargets: [RecentTarget]) -> [EventCandidate] {
        let told = recentTargets.reversed().prefix { $0.sentence >= s.index - 3 }.filter { $0.asserted && $0.author.country != nil }
        guard c.mode == .asserted, let last = told.first else { return [] }
        let own = s.actors[c.source].country
        var seen = Set<String>()
        return told.reversed()
            .filter { $0.sentence == last.sentence && $0.author.country == last.author.country && $0.author.country != own && $0.target.country != own }
            .compactMap { act in
                guard seen.insert(act.cameo + (act.target.country ?? "")).inserted else { return nil }
                var read = c
                read.code = act.cameo
                read.resolvedTarget = act.target
                read.rule += "+same"
                return read
            }
    }

    /// Nouns that name any use of force, whatever verb told it ("bombed five targets … called
    /// the raid an act of banditry"), unlike "blockade" or "killing", which name one kind.
    static let generalForceNouns: Set<String> = [
        "raid", "attack", "assault", "strike", "operation", "incursion", "offensive", "action", "bombing", "bombardment",
        "shelling", "invasion", "intervention",
    ]

    /// `c` with what the document adds to it: a government's protest as an official complaint,
    /// and the target the sentence leaves out ("also criticized it", "condemned the launch", a
    /// reaction to the story's provocation). See README, "How an event gets its date and its
    /// other side".
    func addressed(_ found: EventCandidate, source sourceSpan: ActorSpan, in s: EventSentence,
                   recentActs: [RecentAct], recentTargets: [RecentTarget],
                   story: (ActorSpan, ActorSpan)? = nil) -> EventCandidate {
        var c = found
        // (a government, or a country named as such by the actor layer: not a group it
        // gave a civilian or opposition sector)
        // ("Consumer groups in South Korea have begun calling for a boycott": a country named as
        // the place of the protesters is not its government)
        let placeOfSource = s.tokens.last(where: { $0.end <= sourceSpan.start }).map { ["in", "across", "throughout"].contains($0.lower) } ?? false
        if c.code.hasPrefix("14"), sourceSpan.country != nil, !placeOfSource,
           sourceSpan.sector == "GOV" || (sourceSpan.sector == nil && sourceSpan.record != nil && !sourceSpan.isMedia) {
            // "Japan protested through its embassy": a government's protest is an official
            // complaint (114), not a demonstration or a strike (14x is for the street).
            c.code = "114"
            c.rule += "+official"
        }
        if c.target == nil, c.resolvedTarget == nil, Self.saysAlso(s, c),
           let last = recentTargets.reversed().prefix(while: { $0.sentence >= s.index - 2 }).first(where: { $0.cameo.prefix(2) == c.code.prefix(2) }),
           last.target.country != sourceSpan.country {
            // "Beijing criticized the gathering. Moscow also criticized the meeting.": the
            // same act as the one just told, aimed at the same target.
            c.resolvedTarget = last.target
            c.rule += "+also"
        }
        // ("Tigrayan forces fired rockets at Asmara. Washington condemned the strikes on Eritrea":
        // the author of the latest such act told before, not its victim, when there is one)
        let victim = c.victimTarget ? c.target : nil
        if victim != nil { c.target = nil }
        if c.target == nil, c.resolvedTarget == nil, !c.anaphor.isEmpty {
            // "Seoul condemned the launches": the author of the latest launch.
            let own = sourceSpan.country
            let victimCountry = victim.flatMap { s.actors[$0].country }
            // (not the act of the clause that lends this one its subject: "We thank South Africa
            // for hosting the talks" names no talks of ours)
            let lender = c.rule.contains("+inherited")
            let candidates = recentActs.filter { $0.sentence >= s.index - 6 && !(lender && $0.sentence == s.index) && c.anaphor.contains($0.root) && $0.actor.country != own
                && (victim == nil || $0.sentence < s.index && $0.actor.country != nil && $0.actor.country != victimCountry) }
            // "condemned the test": the last act told with that word ("tested"), else the last act.
            let lemmatizer = sentenceCoder.reader.lemmatizer
            let toldWithWord = { (act: RecentAct) in !c.anaphorLemmas.isDisjoint(with: lemmatizer.candidates(act.word)) }
            let sameWord = candidates.last(where: toldWithWord)
            // "opposed the deployment" after "began deploying the system in South Korea", coded
            // as another kind of act: the act told with the noun's own verb.
            let sameStem = { (act: RecentAct) in
                lemmatizer.candidates(act.word).contains { v in v.count >= 4 && c.anaphorLemmas.contains { $0 != v && $0.hasPrefix(v) } }
            }
            let byStem = candidates.isEmpty && victim == nil
                ? recentActs.last { $0.sentence >= s.index - 6 && $0.actor.country != own && sameStem($0) } : nil
            // ("agreed to give American forces access …; Beijing criticized that agreement": the
            // act told with the noun's verb comes before a later, unrelated act)
            let stemmed = sameWord == nil ? candidates.last(where: sameStem) : nil
            // ("The United States and Britain launched strikes …": the act's first author)
            // ("Iran and Hamas blamed Israel for the killing. … ¶ Malaysia: The prime minister
            // condemned the killing": an act told with the same word, however far back, when
            // nothing nearer fits)
            let farWord = sameWord == nil && stemmed == nil && candidates.isEmpty && byStem == nil && victim == nil
                ? recentActs.last { $0.actor.country != own && $0.actor.country != nil && c.anaphor.contains($0.root) && toldWithWord($0) } : nil
            // ("bombed five targets in Libya … ordered two Libyan diplomats out … called the raid
            // an act of banditry": a noun of force names an act of force before a coercion, which
            // it may name only when there is no such act)
            // (not a word of any act, "the criticism", whose roots are all)
            let isForce = { (act: RecentAct) in act.root == "18" || act.root == "19" }
            var forceAct: RecentAct?
            if (c.anaphor.contains("18") || c.anaphor.contains("19")) && !c.anaphor.contains("01"), sameWord == nil, stemmed == nil {
                forceAct = candidates.last(where: isForce)
                // (or, when none is near and the noun names any use of force, one of the last
                // twenty sentences: the raid told in the lede; not when an act told with the
                // noun's own word, however far back, names it)
                if forceAct == nil, !c.anaphorLemmas.isDisjoint(with: Self.generalForceNouns),
                   !recentActs.contains(where: { $0.actor.country != own && toldWithWord($0) }) {
                    forceAct = recentActs.last { $0.sentence >= s.index - 20 && $0.sentence < s.index && isForce($0)
                        && $0.actor.country != nil && $0.actor.country != own && (victim == nil || $0.actor.country != victimCountry) }
                }
            }
            var chosen = (sameWord ?? stemmed ?? forceAct ?? candidates.last ?? byStem ?? farWord).map { ch in
                recentActs.first { $0.sentence == ch.sentence && $0.word == ch.word && $0.root == ch.root && $0.actor.country != own } ?? ch
            }
            if c.coAuthorRead, let first = chosen {
                // (the act's other author, of another country, told in the same words)
                chosen = recentActs.first { $0.sentence == first.sentence && $0.word == first.word && $0.root == first.root
                    && $0.actor.country != own && $0.actor.country != nil && $0.actor.country != first.actor.country }
            }
            c.resolvedTarget = chosen?.actor
            c.answeredDay = chosen?.day
            if c.resolvedTarget != nil { c.rule += victim == nil ? "+anaphor" : "+author" }
        }
        if let v = victim, c.resolvedTarget == nil { c.target = v }
        var defended: String?
        if let t = c.target, c.code.hasPrefix("13"), Self.protected(s.actors[t], in: s) {
            // "warned that any attack on Niger would be considered a declaration of war": the
            // country so defended is not whom the warning is aimed at (nor, below, is the story's
            // provoker when that is the same country).
            defended = s.actors[t].country
            c.target = nil
        }
        if let t = c.target, s.actors[t].country != nil, s.actors[t].country == sourceSpan.country,
           Self.reactionRoots.contains(c.code.prefix(2)) {
            // "Mattis warned that any threat to the United States would be met with …": the
            // warning protects its own side; whom it is aimed at is the story's provoker.
            c.target = nil
        }
        if c.target == nil, c.resolvedTarget == nil, c.anaphor.isEmpty,
           Self.reactionRoots.contains(c.code.prefix(2)) || c.code.hasPrefix("12") || c.code.hasPrefix("14"),
           let cause = cause(after: c.trigger.upperBound, in: s, own: sourceSpan.country) {
            // "Beijing voiced strong dissatisfaction after Washington approved an arms sale": a
            // reaction that names no one answers the author of the act its clause of time tells.
            c.resolvedTarget = cause
            c.rule += "+cause"
        }
        if c.target == nil, c.resolvedTarget == nil, c.code.hasPrefix("016") || c.code.hasPrefix("12"), let own = sourceSpan.country,
           let charge = recentTargets.reversed().prefix(while: { $0.sentence >= s.index - 3 }).first(where: {
               $0.target.country == own && $0.author.country.map { $0 != own } ?? false
                   && (c.code.hasPrefix("016") ? $0.cameo.hasPrefix("11") : Self.answeredRoots.contains($0.cameo.prefix(2)))
           }) {
            // "Somalia accused Kenya of meddling. Kenya rejected the charge", "Pakistan denied any
            // role": a denial answers the latest accusation aimed at its author (a rejection also
            // answers a demand, an appeal, a proposal or a threat), told in the three sentences before.
            c.resolvedTarget = charge.author
            c.rule += "+answer"
        }
        if c.target == nil, c.resolvedTarget == nil, c.anaphor.isEmpty, Self.reactionRoots.contains(c.code.prefix(2)) {
            // "Tokyo lodged a protest", "the Pentagon expressed strong concern", "forces fired
            // missiles into the sea in a drill": a reaction that names no one answers the story's
            // provocation (a test, a launch, a seizure, an attack): the first one the text told,
            // by another country (later shows of force are mostly answers to it).
            let own = sourceSpan.country
            // (a government's disapproval also answers another's cut in relations or sanctions:
            // "South Korea decided to end the pact … The Pentagon expressed strong concern")
            let official = c.code.hasPrefix("11") && (sourceSpan.sector == "GOV" || sourceSpan.sector == "MIL")
            if let act = recentActs.first(where: { act in
                guard let author = act.actor.country, author != own, author != "IGO", author != "NGO", author != defended else { return false }
                return Self.provocationRoots.contains(act.root) || (official && act.root == "16")
            }) {
                c.resolvedTarget = act.actor
                c.rule += "+reaction"
            }
        }
        if c.target == nil, c.resolvedTarget == nil, c.anaphor.isEmpty, c.code.hasPrefix("10") || c.code.hasPrefix("14"),
           !c.rule.hasPrefix("noun"), !(c.trigger.lowerBound > 0 && s.tokens[c.trigger.lowerBound - 1].isWord(.to)),
           let own = sourceSpan.country, own != "IGO", own != "NGO",
           let act = recentTargets.first(where: { r in
               r.asserted && r.target.country == own && Self.provocationRoots.contains(String(r.cameo.prefix(2)))
                   && r.author.country.map { $0 != own && $0 != "IGO" && $0 != "NGO" } ?? false
           }) {
            // "Russian jets shot down a Georgian drone … Tbilisi demanded an apology": a demand or
            // a protest that names no one is made of the first who used force against its author's
            // country (not one told as another act's purpose: "summoned the envoy to demand an
            // explanation" is one act with the summons).
            c.resolvedTarget = act.author
            c.rule += "+reaction"
        }
        if c.target == nil, c.resolvedTarget == nil, c.code == "040" || c.code == "036" || Self.relationCuts.contains(c.code), !c.rule.hasPrefix("noun"),
           let (a, b) = story, let own = sourceSpan.country, a.country != b.country {
            // "The Secretary met a delegation from Vietnam on Monday. We will meet again when the
            // season ends": meeting again, without a partner named, is meeting the other party
            // of the meeting just told.
            // (so is cutting relations: "Three days later China downgraded relations to the level
            // of chargé d'affaires" cuts them with the story's other party)
            if a.country == own { c.resolvedTarget = b } else if b.country == own { c.resolvedTarget = a }
            if c.resolvedTarget != nil { c.rule += "+story" }
        }
        return c
    }

    /// Cuts in diplomatic relations that name no counterpart: reduced or broken relations,
    /// diplomats withdrawn (`downgraded relations`, `pulled its diplomats out`).
    static let relationCuts: Set<String> = ["160", "161", "166"]

    /// Roots of the acts a rejection answers: appeals, proposals, demands, accusations, threats.
    static let answeredRoots: Set<Substring> = ["02", "03", "10", "11", "13"]

    /// The author of the act told by a clause of time after the trigger: the country subject of
    /// "after/when X <past verb>" ("… after Washington approved an arms sale"), not `own`.
    func cause(after k: Int, in s: EventSentence, own: String?) -> ActorSpan? {
        let toks = s.tokens
        guard k + 2 < toks.count,
              let a = toks[(k + 1)...].firstIndex(where: { $0.lower == "after" || $0.lower == "when" || $0.isPunctuation }),
              !toks[a].isPunctuation, a + 2 < toks.count else { return nil }
        let start = toks[a + 1].lower == "the" ? a + 2 : a + 1
        guard let actor = s.actors.first(where: { $0.start == toks[start].start }), !actor.isPlace,
              let country = actor.country, country != own,
              let next = toks.firstIndex(where: { $0.start >= actor.end }) else { return nil }
        let verb = toks[next]
        let reader = sentenceCoder.reader
        guard reader.isPastForm(verb) || (verb.lower == "had" || verb.lower == "has")
                && next + 1 < toks.count && reader.isPastForm(toks[next + 1])
        else { return nil }
        return actor
    }

    /// Whether the sentence opens with two actors of countries `a` and `b` joined by "and" ("Kishida
    /// and President Xi Jinping met …", ``coordinatedPair(before:in:)``), after at most an opening
    /// phrase of time and its comma.
    static func opensWithPair(_ s: EventSentence, _ a: String, _ b: String) -> Bool {
        guard let (p, q) = coordinatedPair(before: s.end, in: s), Set([p.country, q.country]) == Set([a, b]) else { return false }
        let first = s.tokens.firstIndex { $0.start >= p.start } ?? 0
        return first == 0 || s.tokens[first - 1].isWord(.comma) && first <= 8
    }

    /// Whether an actor is named as the one an attack would hit: "any attack on Niger", "an
    /// aggression against its ally".
    static func protected(_ a: ActorSpan, in s: EventSentence) -> Bool {
        guard let k = s.tokens.firstIndex(where: { $0.start >= a.start }), k >= 3 else { return false }
        var j = k - 1
        if s.tokens[j].lower == "the" { j -= 1 }
        // ("any military intervention in Niger": an intervention or invasion in a country hits it)
        let inside = s.tokens[j].lower == "in" && j >= 1 && ["intervention", "invasion", "incursion"].contains(s.tokens[j - 1].lower)
        guard j >= 2, s.tokens[j].lower == "on" || s.tokens[j].lower == "against" || inside,
              attackNouns.contains(s.tokens[j - 1].lower) else { return false }
        // (one modifier may stand between: "any military intervention")
        return ["any", "an", "a"].contains(s.tokens[j - 2].lower)
            || j >= 3 && ["any", "an", "a"].contains(s.tokens[j - 3].lower) && !s.tokens[j - 2].isPunctuation
    }

    /// Nouns of a possible attack whose object a warning defends.
    static let attackNouns: Set<String> = [
        "attack", "aggression", "strike", "invasion", "intervention", "assault", "incursion", "act",
    ]

    /// Whether the candidate's clause says its act repeats one just told ("also", "too",
    /// "likewise", "similarly").
    static func saysAlso(_ s: EventSentence, _ c: EventCandidate) -> Bool {
        c.clause.contains { k in
            let w = s.tokens[k].lower
            return w == "also" || w == "too" || w == "likewise" || w == "similarly"
        }
    }
}

extension EventCoder {
    /// The first word within four words after a verb that heads a noun pattern ("launched air
    /// and missile strikes", "held talks"), stopping at punctuation: a later reaction may name the
    /// act by it.
    func actNoun(after k: Int, in s: EventSentence, before limit: Int = .max) -> String? {
        var i = k + 1
        while i < s.tokens.count, i <= k + 5, s.tokens[i].end <= limit {
            let t = s.tokens[i]
            if t.isPunctuation { return nil }
            if sentenceCoder.reader.lemmatizer.candidates(t.lower).contains(where: { sentenceCoder.lexicon.nouns[$0] != nil }) { return t.lower }
            i += 1
        }
        return nil
    }
}

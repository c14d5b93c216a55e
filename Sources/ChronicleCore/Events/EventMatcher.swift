/// Matches clause frames against the verb lexicon: who did what to whom, in which mode.
///
/// One clause yields at most one act (the most specific pattern that fits), paired over its
/// sources and targets. Complements refine their governor (`urged X to meet` → 026 rather than
/// two events), intentions and futures of cooperative acts become CAMEO 03x, threatened
/// material conflict becomes 13x, and negated or merely possible acts are not coded.
struct EventMatcher: Sendable {
    let lexicon: PatternLexicon
    let ontology: CAMEOOntology
    /// The country of an actor of the sentence being matched.
    var actorCountry: (@Sendable (Int) -> String?)?
    /// Whether an actor of the sentence is a place name (not a target by default).
    var actorIsPlace: (@Sendable (Int) -> Bool)?
    /// Whether an argument ends with its last actor, with nothing after it but times and
    /// punctuation (the `bare` patterns).
    var endsWithActor: (@Sendable (FrameArgument) -> Bool)?
    /// Whether an actor of the sentence is a weapon named by its family (`Hwasong-18`).
    var actorIsWeapon: (@Sendable (Int) -> Bool)?

    /// Readiness adjectives that make an infinitive an intention (`ready to meet`).
    static let readiness: Set<String> = [
        "ready", "willing", "prepared", "eager", "keen", "determined", "open", "committed", "happy",
        "readiness", "willingness", "eagerness", "intention", "plan", "plans", "commitment", "desire", "offer",
        "proposal", "decision", "agreement", "pledge", "promise", "hope", "wish", "like", "forward",
        // (what is scheduled is intended: "the ministers are due to meet in Quito next week")
        "due", "scheduled", "slated",
    ]

    /// A matched pattern with the target actors it found.
    struct Hit {
        var pattern: EventPattern
        var targets: [Int]
        var score = 0
    }

    /// Particles that make a phrasal verb of their own ("hold up", "call off", "carry out").
    static let particles: Set<String> = ["up", "off", "out"]
    /// Particles that, left alone after an object, make another verb of a `bare` pattern's
    /// ("called them off", "called the envoy in").
    static let bareParticles: Set<String> = particles.union(["in", "back", "down"])

    /// The best verb pattern for a frame, with passive frames read in active voice.
    func bestVerbPattern(_ f: ClauseFrame, frames: [ClauseFrame]) -> Hit? {
        var best: Hit?
        // The slots the frame fills, with its object read in each voice.
        // (in the passive voice the agent fills a "by" slot: "was disappointed by Seoul")
        let filled = FrameSlots.of(f, object: f.object, frames: frames) | (f.agent == nil ? 0 : FrameSlots.preposition("by"))
        let filledActive = f.passive ? FrameSlots.of(f, object: f.subject, frames: frames) : filled
        // "the sale, which Congress had held up", "talks they called off": a particle left alone
        // after its verb makes another verb ("hold up" delays, "hold" detains); only a pattern
        // that names the particle reads it
        // (at most one chunk starts right after the verb group: no array is built)
        let stranded = f.obliques.first { o in
            o.tokens.lowerBound == f.verbGroup.upperBound + 1 && o.tokens.count == 1 && o.actors.isEmpty
                && o.preposition.map(Self.particles.contains) == true
        }?.preposition
        for lemma in f.lemmas {
            guard let patterns = lexicon.verbs[lemma] else { continue }
            // By index: a pattern is copied only when it becomes the best.
            for k in patterns.indices {
                if let pass = patterns[k].passive, pass != f.passive { continue }
                // (a `neg` pattern reads only a negated verb, and wins there)
                if patterns[k].negated && !f.negated { continue }
                // ("called Moon an impudent guy on Sunday": a name given is no call)
                // ("called them off": nor is a particle's phrasal verb)
                if patterns[k].bareObject, !(f.object.map { endsWithActor?($0) ?? true } ?? false)
                    || f.obliques.contains(where: { o in
                        // (a particle's chunk is the particle itself, right after the object: not "in Hanoi")
                        o.tokens.count == 1 && o.actors.isEmpty && o.tokens.lowerBound == (f.object?.tokens.upperBound ?? -2) + 1
                            && o.preposition.map(Self.bareParticles.contains) == true
                    }) { continue }
                // ("Berlin and Paris spoke up": nor is a phrasal verb of its particle)
                if patterns[k].pairedSubject, (f.subject?.actors.count ?? 0) < 2 || f.obliques.contains(where: { o in
                    // (the chunk holds what follows its particle: "up" + "the next morning")
                    o.tokens.lowerBound <= f.verbGroup.upperBound + 2 && o.preposition.map(Self.particles.contains) == true
                }) { continue }
                let slots = patterns[k].passive == nil ? filledActive : filled
                if patterns[k].requiredSlots & ~slots != 0 { continue }
                if let p = stranded, !patterns[k].constraints.contains(where: { $0.slot == p }) { continue }
                let violent = ["18", "19", "20"].contains(patterns[k].code.prefix(2))
                guard let (targets, bonus) = satisfy(patterns[k].constraints, passive: patterns[k].passive, f, frames: frames, violent: violent)
                else { continue }
                // ("hosted large numbers of Sudanese refugees", "took over the presidency": a slot
                // of a pattern that fits holds a word it must not)
                if !patterns[k].exclusions.isEmpty, patterns[k].exclusions.contains(where: { c in
                    if c.kind == .object {
                        let object = f.passive && patterns[k].passive == nil ? f.subject : f.object
                        return object.map { !$0.lemmas.isDisjoint(with: c.words) } ?? false
                    }
                    return f.obliques.contains { $0.preposition == c.slot && !$0.lemmas.isDisjoint(with: c.words) }
                }) { continue }
                let score = patterns[k].specificity + bonus + (patterns[k].negated ? 10 : 0)
                if best == nil || score > best!.score { best = Hit(pattern: patterns[k], targets: targets, score: score) }
            }
            if best != nil { break }
        }
        return best
    }

    /// The target actors if every constraint holds, nil otherwise.
    private func satisfy(_ constraints: [EventPattern.Constraint], passive: Bool?, _ f: ClauseFrame,
                         frames: [ClauseFrame], violent: Bool = false) -> ([Int], Int)? {
        var bonus = 0
        // Active reading of a passive frame: the subject is the patient.
        let object = f.passive && passive == nil ? f.subject : f.object
        // (a pattern of the passive voice reads its agent as a "by" chunk: "was disappointed by
        // Seoul's decision")
        let obliques = passive == true ? f.obliques + [f.agent].compactMap { $0 } : f.obliques
        var targets: [Int]?
        for c in constraints {
            let isObject: Bool
            switch c.kind {
            case .object: isObject = true
            case .xcomp, .ccomp:
                let kind: ClauseFrame.Kind = c.kind == .xcomp ? .xcomp : .ccomp
                if let k = f.complement, k < frames.count, frames[k].kind == kind {
                    let ok = c.words.isEmpty || frames[k].lemmas.contains(where: c.words.contains)
                    if !ok && !c.optional { return nil }
                } else if !c.optional {
                    return nil
                }
                continue
            case .modifier, .preposition: isObject = false
            case .subject:
                // ("tested a new missile, the Pukguksong-3, which fell into Japan's waters": a
                // relative clause tells of the launch its antecedent already is)
                if f.kind == .relative { return nil }
                let subject = f.subject
                let ok = subject.map { a in !a.lemmas.isDisjoint(with: c.words) || c.weapon && a.actors.contains { actorIsWeapon?($0) ?? false } } ?? false
                if !ok && !c.optional { return nil }
                continue
            }
            var met = false
            var slotTargets: [Int] = []
            // The slot's chunks: the object, or every oblique of the preposition.
            let count = isObject ? (object == nil ? 0 : 1) : obliques.count
            for index in 0..<count {
                if !isObject && obliques[index].preposition != c.slot { continue }
                // ("met in Beijing, on the sidelines of a meeting with their Chinese counterpart":
                // the occasion's party is no party to the act)
                if !isObject, c.actor, obliques[index].isOccasion { continue }
                // ("called the launch a serious problem for the safety of …": after an object, the
                // `for` of "call" is no call for something)
                if !isObject, c.slot == "for", object != nil, f.lemmas.contains("call"),
                   !constraints.contains(where: { $0.kind == .object }) { continue }
                // ("designated seventeen Saudi nationals under an order … in Istanbul, Turkey": when
                // the object names its own party, an `in` phrase away from it is where, not whom)
                if !isObject, c.actor, c.slot == "in", let o = object, !o.actors.isEmpty,
                   obliques[index].tokens.lowerBound != o.tokens.upperBound + 2 { continue }
                var a = isObject ? object! : obliques[index]
                // "concern about the situation in Myanmar", "over the plight of the Rohingya in X":
                // the topic's place or owner named right after it is whom the act concerns.
                if !isObject, c.actor, a.actors.isEmpty, Self.topicPrepositions.contains(c.slot), index + 1 < obliques.count,
                   ["in", "of"].contains(obliques[index + 1].preposition ?? ""), !obliques[index + 1].actors.isEmpty {
                    a.actors = obliques[index + 1].actors
                }
                // ("Calls upon neighbouring States, in particular Chad, Libya and South Sudan, to …":
                // the names a chunk of no name is narrowed to right after it are whom it means)
                // (a comma between is a chunk of its own)
                if !isObject, c.actor, a.actors.isEmpty,
                   let k = obliques.indices.dropFirst(index + 1).prefix(2).first(where: { obliques[$0].preposition != "," }),
                   obliques[k].narrows, !obliques[k].actors.isEmpty {
                    a.actors = obliques[k].actors
                }
                let wordOK = !c.words.isEmpty && !a.lemmas.isDisjoint(with: c.words)
                let actorOK = c.actor && !a.actors.isEmpty
                if (c.words.isEmpty && !c.actor) || wordOK || actorOK {
                    if !met && wordOK && !a.headLemmas.isDisjoint(with: c.words) { bonus += 1 }
                    met = true
                    // "spoke with Abe and with Hwang": every chunk of the slot.
                    if actorOK { slotTargets += a.actors.filter { !slotTargets.contains($0) } }
                    if !c.actor { break }
                }
            }
            if targets == nil && !slotTargets.isEmpty { targets = slotTargets }
            if !met && !c.optional { return nil }
        }
        if targets == nil && !constraints.contains(where: { $0.actor }) {
            // No target slot: the first actor of another country in the object or a directional chunk.
            let own = Set((f.passive ? f.agent?.actors : f.subject?.actors)?.compactMap { actorCountry?($0) } ?? [])
            func foreign(_ a: FrameArgument) -> [Int] { a.actors.filter { !own.contains(actorCountry?($0) ?? "") && !(actorIsPlace?($0) ?? false) } }
            // ("joined South Korea and the United States in a statement condemning a test by North
            // Korea": who is joined acts alongside; the act's party is in the `in` chunk)
            if f.lemmas.contains("join") {
                // (or in a chunk that continues it: "… condemning a test by North Korea"; else nowhere)
                if let k = f.obliques.firstIndex(where: { $0.preposition == "in" }) {
                    let end = f.obliques[(k + 1)...].firstIndex { !["by", "of", "against"].contains($0.preposition ?? "") } ?? f.obliques.endIndex
                    if let o = f.obliques[k..<end].first(where: { !foreign($0).isEmpty }) { targets = foreign(o) }
                }
            } else if let o = object, !foreign(o).isEmpty { targets = foreign(o) }
            // ("shelled the city of Kherson": force against a place hits its country)
            else if violent, let place = ([object].compactMap { $0 } + f.obliques.filter { ["in", "near", "around", "outside", "inside"].contains($0.preposition ?? "") })
                        .lazy.compactMap({ o in o.actors.first(where: { (actorIsPlace?($0) ?? false) && !own.contains(actorCountry?($0) ?? "") && actorCountry?($0) != nil }) }).first {
                // ("bombed villages near Qamishli": or in a place named where it struck)
                targets = [place]
            }
            // ("met in Moscow, on the sidelines of a Shanghai Cooperation Organisation meeting":
            // not the occasion's party)
            else if let o = f.obliques.first(where: { ["to", "against", "on", "toward", "towards", "into", "over", "for"].contains($0.preposition ?? "")
                        && !$0.isOccasion && !foreign($0).isEmpty }) {
                targets = foreign(o)
            } else if let k = f.obliques.indices.dropFirst().first(where: { k in
                // ("fired missiles into waters around Taiwan", "into the sea off Japan": the
                // country around whose waters a direction ends)
                ["around", "near", "off"].contains(f.obliques[k].preposition ?? "") && !foreign(f.obliques[k]).isEmpty
                    && ["into", "toward", "towards", "to"].contains(f.obliques[k - 1].preposition ?? "") && f.obliques[k - 1].actors.isEmpty
            }) {
                targets = foreign(f.obliques[k])
            } else if violent, let o = f.obliques.first(where: { ["in", "inside"].contains($0.preposition ?? "") && !foreign($0).isEmpty }) {
                // ("hit an oil depot in Russia's Krasnodar region": force used inside a country hits it)
                targets = foreign(o)
            } else {
                // "with X" names a counterpart after an act noun ("the deal with Iran", "talks
                // with X"), not after a weapon ("missiles … near its border with China").
                let chunks = [object].compactMap { $0 } + f.obliques
                for (k, o) in chunks.enumerated() where k > 0 && o.preposition == "with" && !foreign(o).isEmpty {
                    if chunks[k - 1].headLemmas.contains(where: { lexicon.nouns[$0] != nil }) {
                        targets = foreign(o)
                        break
                    }
                }
            }
        }
        return (targets ?? [], bonus)
    }

    /// Verbs whose "of" names a topic, not an act done: "dream of improving relations", "talked
    /// of reopening the border".
    static let imaginingForms: Set<String> = [
        "dream", "dreams", "dreamed", "dreamt", "dreaming", "think", "thinks", "thought", "thinking",
        "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking",
    ]

    /// Prepositions of a reaction's topic ("concern about/over the situation in X").
    static let topicPrepositions: Set<String> = ["about", "over", "at", "regarding"]

    /// Verbs whose `of`/`for` clause is an allegation (`accused X of staging the attack`).
    static let allegingVerbs: Set<String> = ["accuse", "blame", "charge", "suspect", "allege", "fault", "indict"]

    /// Whether the frame is an -ing verb right after "of" or "for" ("of supporting terrorism").
    static func isGerundAfterOfOrFor(_ f: ClauseFrame, _ s: EventSentence) -> Bool {
        let g0 = f.verbGroup.lowerBound
        return g0 > 0 && s.tokens[g0].is(.endsING) && (s.tokens[g0 - 1].isWord(.of) || s.tokens[g0 - 1].isWord(.for))
    }

    /// Whether the frame accuses: an alleging verb, or "hold X accountable/responsible". What
    /// its `of`/`for` phrase names is the accused's alleged act, not an asserted one.
    static func alleges(_ f: ClauseFrame) -> Bool {
        f.lemmas.contains { allegingVerbs.contains($0) }
            || (f.lemmas.contains("hold") && !(f.object?.lemmas.isDisjoint(with: ["accountable", "responsible"]) ?? true))
    }

    /// Modals of what may or ought to happen ("ca" is the first half of "can't").
    static let possibilityModals: Set<String> = ["could", "might", "may", "can", "should", "must", "ca"]
    /// Modals of an act to come (`will meet`, `going to meet`).
    static let willModals: Set<String> = ["will", "'ll", "’ll", "shall", "going", "wo"]
    /// Modals of an act to come or under a condition (`would meet`).
    static let wouldModals: Set<String> = ["would", "'d", "’d"]

    /// Words of being answerable for an act ("those responsible for undermining …").
    static let answerableWords: Set<String> = ["responsible", "accountable", "liable", "suspected", "guilty", "culpable"]

    /// Verbs of asking someone to act, with ``ClauseReader/askingVerbs``: "called on Russia to …".
    static let appealVerbs: Set<String> = ClauseReader.askingVerbs.union(["call", "appeal", "demand"])

    /// Whether a frame asks someone to do something: a verb of asking with an infinitive, as a
    /// complement clause or a "to" chunk ("called on Russia to lower tensions").
    static func asksToAct(_ g: ClauseFrame, _ frames: [ClauseFrame]) -> Bool {
        g.lemmas.contains(where: appealVerbs.contains)
            && (g.complement.map { frames[$0].kind == .xcomp } ?? false || g.obliques.contains { $0.preposition == "to" })
    }

    /// The mode of a frame's act and the family its code moves to (`03` for intended
    /// cooperation, `13` for threatened force), or nil when the act is not to be coded.
    func mode(of fi: Int, frames: [ClauseFrame], sentence s: EventSentence) -> (EventMode, String)? {
        let f = frames[fi]
        if f.negated { return nil }
        // "left without signing an accord", "warned Tokyo against imposing sanctions": a verb
        // after "without" or "against" names what was not done.
        let g0 = f.verbGroup.lowerBound
        if g0 > 0, s.tokens[g0 - 1].lower == "without" || s.tokens[g0 - 1].lower == "against" { return nil }
        // ("sanctions on those responsible for undermining Ukraine's democratic processes or
        // threatening its territorial integrity": what someone would be answerable for describes
        // whom a measure names, no act told)
        if g0 > 1, s.tokens[g0].is(.endsING), let k = (max(1, g0 - 12)..<g0).last(where: { k in
            (s.tokens[k].isWord(.for) || s.tokens[k].isWord(.of)) && Self.answerableWords.contains(s.tokens[k - 1].lower)
        }), !(k..<g0).contains(where: { s.tokens[$0].isWord(.comma) || s.tokens[$0].isWord(.semicolon) }) { return nil }
        // ("called on Russia to lower tensions by pulling its forces back": the means of what is
        // asked is asked too, not done by the one who asks)
        if g0 > 0, s.tokens[g0 - 1].lower == "by", let g = f.governor, g < fi, Self.asksToAct(frames[g], frames) { return nil }
        // ("a speech about ending the missile tests": what is spoken about is a topic, not an act)
        if g0 > 0, s.tokens[g0 - 1].lower == "about", s.tokens[g0].is(.endsING) { return nil }
        // (nor is what one dreams or talks of: "Japan should not dream of improving relations")
        if g0 > 1, s.tokens[g0 - 1].lower == "of", s.tokens[g0].is(.endsING), Self.imaginingForms.contains(s.tokens[g0 - 2].lower) { return nil }
        // "accused Kyiv of staging the attack", "blamed Seoul for provoking": what an accusation
        // alleges is not asserted.
        // (so is a second one: "accusing Qatar of supporting terrorism and of siding with Iran")
        if g0 > 0, s.tokens[g0 - 1].lower == "of" || s.tokens[g0 - 1].lower == "for", let g = f.governor, g < fi,
           Self.alleges(frames[g]) || frames[g].governor.map({ $0 < g && Self.alleges(frames[$0]) && Self.isGerundAfterOfOrFor(frames[g], s) }) ?? false {
            return nil
        }
        // ("the country no longer recognized Taiwan", "would no longer cooperate with the
        // inquiry": a dealing no longer kept is a cut in relations, family 16, as a dealing
        // stopped is; see ``recode(_:family:)``)
        if g0 > 1, s.tokens[g0 - 1].lower == "longer", s.tokens[g0 - 2].lower == "no",
           Self.possibilityModals.isDisjoint(with: f.modals) { return (.asserted, "16") }
        // "has no intention of invading", "has no plans to meet": an intention denied
        if let no = (max(0, g0 - 5)..<g0).last(where: { s.tokens[$0].lower == "no" }),
           (no + 1..<g0).contains(where: { Self.readiness.contains(s.tokens[$0].lower) || s.tokens[$0].lower == "interest" }) { return nil }
        // A coordinated verb phrase has its sibling's mode ("to offer support and condemn …").
        if f.coordinated, let g = f.governor, g < fi {
            // "have not met our expectations and broke off": after "and" or "but" the sibling's
            // negation is its own ("did not meet or call X" shares it).
            if frames[g].negated, g0 > 0, s.tokens[g0 - 1].lower == "and" || s.tokens[g0 - 1].lower == "but" {
                var unnegated = frames
                unnegated[g].negated = false
                return mode(of: g, frames: unnegated, sentence: s)
            }
            return mode(of: g, frames: frames, sentence: s)
        }
        let sentenceHasIf = s.tokens.contains { $0.is(.conditional) }
        if f.kind == .adverbial, f.subordinator == "if" || f.subordinator == "unless" { return nil }
        // "if Washington tried to push the North into a corner": an infinitive under a condition
        // is part of it (so is a gerund: "if Russia keeps violating international law").
        let governed: (ClauseFrame) -> Bool = { $0.kind == .xcomp || $0.kind == .ccomp && s.tokens[$0.predicate].is(.endsING) }
        var up = governed(f) ? f.governor : nil
        var steps = 0
        while let g = up, steps < 4 {
            if frames[g].kind == .adverbial, frames[g].subordinator == "if" || frames[g].subordinator == "unless" { return nil }
            up = governed(frames[g]) ? frames[g].governor : nil
            steps += 1
        }
        // "no intention of holding talks until Washington abandoned its policy": after a
        // refusal, an "until" clause is a condition, not an act
        if f.kind == .adverbial, f.subordinator == "until", s.tokens.contains(where: { $0.is(.negation) }) { return nil }
        // "did not report that he met …": what a negated governor says is not asserted.
        // (nor is what a governor denies: "denied that its jets had entered Japanese airspace")
        // (nor what a governor says was not done or was ended: "stopped supporting the rebels")
        if f.kind == .ccomp, let g = f.governor,
           frames[g].negated || frames[g].lemmas.contains(where: { ["deny", "negate", "halt"].contains(lexicon.governors[$0] ?? "") }) {
            // ("stopped issuing visas to Japanese travellers", "halted supplying gas to Ukraine": a
            // dealing stopped is a cut in relations, family 16; the coder keeps it only for acts
            // of dealing, see ``recode(_:family:)``)
            if !frames[g].negated, frames[g].kind == .main || frames[g].kind == .ccomp, f.predicate == f.verbGroup.lowerBound,
               s.tokens[f.predicate].is(.endsING), frames[g].lemmas.contains(where: { lexicon.governors[$0] == "halt" }) { return (.asserted, "16") }
            return nil
        }
        var mode: EventMode = .asserted
        // ("would consider filing a complaint"): a gerund right after a verb of intention is
        // weighed, not done
        if f.kind == .ccomp, let g = f.governor, f.verbGroup.lowerBound == frames[g].predicate + 1,
           s.tokens[f.predicate].is(.endsING), f.predicate == f.verbGroup.lowerBound,
           frames[g].lemmas.first.map({ lexicon.governors[$0] == "intent" }) ?? false { return nil }
        let m = Set(f.modals)
        // ("the strikes would have killed too many people", "could have prevented the war": what
        // would have happened did not)
        if !m.isEmpty, !m.contains("going"), (f.verbGroup.lowerBound..<f.predicate).contains(where: { s.tokens[$0].is(.have) }) { return nil }
        if !m.isDisjoint(with: Self.willModals) { mode = .future }
        if !m.isDisjoint(with: Self.wouldModals) {
            mode = sentenceHasIf ? .conditional : .future
        }
        if !m.isDisjoint(with: Self.possibilityModals) {
            if sentenceHasIf || saysOwnSideCould(f, frames: frames, modals: m) { mode = .conditional } else { return nil }
        }
        // Governed infinitives: intentions and attempts.
        if f.kind == .xcomp {
            let toIndex = f.verbGroup.lowerBound
            if toIndex > 0, Self.readiness.contains(s.tokens[toIndex - 1].lower) { mode = .intended }
            if let g = f.governor {
                // A purpose clause after a long object ("abducted citizens … to train spies") is
                // not an act of the governor's subject.
                let gap = toIndex - frames[g].predicate - 1
                let objectControl = !(frames[g].object?.actors.isEmpty ?? true)
                if gap > 10 && !objectControl && mode != .intended { return nil }
                if frames[g].negated { return nil }
                // "urged the Philippines to return to dialogue": what someone is asked to do is
                // the appeal's content (coded with the appeal), not an act of the one asked.
                // (an order to one's own side is the subject's act: "ordered the military to strike")
                if frames[g].lemmas.contains(where: ClauseReader.askingVerbs.contains), !(frames[g].object?.actors.isEmpty ?? true),
                   !ClauseReader.commandsOwnSide(frames[g], s) { return nil }
                // (so is what one is called on to do: "called on Iran's leaders to release …")
                if frames[g].lemmas.contains("call"),
                   frames[g].obliques.contains(where: { ($0.preposition == "on" || $0.preposition == "upon") && !$0.actors.isEmpty }) { return nil }
                let cls = frames[g].lemmas.lazy.compactMap { lexicon.governors[$0] }.first
                switch cls {
                case "intent": mode = .intended
                case "refuse": return (.asserted, "12")
                case "negate", "halt": return nil
                default: break
                }
                // (what a governor that is itself not coded governs is not coded either:
                // "accused Britain of using sanctions to pressure Mali")
                guard let gm = self.mode(of: g, frames: frames, sentence: s)?.0 else { return nil }
                if mode == .asserted, gm != .asserted { mode = gm }
            }
        }
        switch mode {
        case .intended, .future, .conditional: return (mode, "03")
        default: return (mode, "")
        }
    }

    /// Whether a side says what it could do itself: "Ri suggested that the North could test a
    /// hydrogen bomb over the Pacific" is a conditional act of the North (a threat, for force),
    /// while "officials said Russia could invade" is someone else's guess and not coded.
    func saysOwnSideCould(_ f: ClauseFrame, frames: [ClauseFrame], modals: Set<String>) -> Bool {
        guard f.kind == .ccomp, !modals.isDisjoint(with: ["could", "might", "may"]), let g = f.governor,
              let country = actorCountry,
              let own = f.subject?.actors.compactMap(country), !own.isEmpty,
              let speaker = frames[g].subject?.actors.compactMap(country) else { return false }
        return !Set(own).isDisjoint(with: speaker)
    }

    /// Moves a code into a family: intended cooperation to 03x, intended conflict to 13x.
    func recode(_ code: String, family: String) -> String {
        guard !family.isEmpty, let root = Int(code.prefix(2)) else { return code }
        if family == "12" { return lexicon.refine(family: "12", embedded: code) }
        // (a stopped act of dealing: diplomatic 161, material 160 or 163, aid 162; any other
        // act stopped is none, an empty code)
        if family == "16" { return (4...7).contains(root) ? lexicon.refine(family: "16", embedded: code) : "" }
        switch root {
        case 3...8: return root == 3 ? code : lexicon.refine(family: "03", embedded: code)
        case 14...20: return lexicon.refine(family: "13", embedded: code)
        default: return code
        }
    }
}

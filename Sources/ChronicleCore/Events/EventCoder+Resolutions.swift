/// Whom a resolution adopted by a council or an assembly is aimed at, when the adopting clause
/// names no one: "The Security Council adopted Resolution 2371, which bans North Korea's
/// exports of coal", "The council passed Resolution 2375 on Monday, eight days after North
/// Korea's nuclear test", "The council adopted Resolution 2397. It caps oil supplies to Iran".
extension EventCoder {
    /// Lemmas that show a resolution restricts its target: the act is then an embargo or
    /// sanctions (163) rather than any cut in relations (160).
    static let restrictionLemmas: Set<String> = [
        "ban", "bar", "cap", "sanction", "embargo", "freeze", "restrict", "prohibit", "limit", "tighten", "penalty",
    ]
    /// Verbs after an actor that make it a voter, drafter or commentator, not the resolution's target.
    static let resolutionBystanders: Set<String> = [
        "voted", "abstained", "backed", "supported", "said", "drafted", "proposed", "sponsored", "opposed",
        "vetoed", "insisted", "welcomed", "called", "abstaining", "voting", "backing", "joined", "joining",
    ]
    /// Lemmas that show a resolution eases what it names ("It lifts the arms embargo on Libya"):
    /// no cut in relations for that country.
    static let easingLemmas: Set<String> = ["lift", "ease", "relieve", "unfreeze", "suspend", "end", "terminate"]
    /// Subjects that open a sentence describing the resolution just adopted.
    static let resolutionRetellers: Set<String> = ["it", "this", "measure", "resolution", "text", "sanctions", "package"]

    /// The candidate's target when its verb adopted a resolution and names no target: the
    /// first foreign actor the rest of the sentence names (a relative clause on the
    /// resolution, the act it follows), else the one the next sentence names when that
    /// sentence retells the resolution ("It bans …", "The measure caps …"). Coded 163 when
    /// the text shows the resolution restricts that target.
    func resolutionTarget(_ found: EventCandidate, source: ActorSpan, in s: EventSentence,
                          next: EventSentence?) -> EventCandidate {
        guard found.target == nil, found.resolvedTarget == nil, found.code.hasPrefix("16"),
              let object = Self.resolutionObject(after: found.trigger.upperBound, in: s) else { return found }
        var aim = resolutionAim(in: s, from: object + 1, source: source)
        if aim.target == nil, !aim.eases, let next, Self.retellsResolution(next) {
            aim = resolutionAim(in: next, from: 0, source: source)
        }
        guard let target = aim.target, !aim.eases else { return found }
        var c = found
        c.resolvedTarget = target
        c.rule += "+resolution"
        if aim.restricts, c.code == "160" { c.code = "163" }
        return c
    }

    /// The position of "resolution" or "resolutions" among the three words after the verb.
    static func resolutionObject(after k: Int, in s: EventSentence) -> Int? {
        var i = k + 1
        while i < s.tokens.count, i <= k + 4 {
            let w = s.tokens[i].lower
            if w == "resolution" || w == "resolutions" { return i }
            if s.tokens[i].isPunctuation { return nil }
            i += 1
        }
        return nil
    }

    /// Whether a sentence opens by naming the resolution just told: "It bans …", "The measure …".
    static func retellsResolution(_ s: EventSentence) -> Bool {
        guard let first = s.tokens.first else { return false }
        if first.lower == "it" || first.lower == "this" { return true }
        guard first.lower == "the", s.tokens.count > 2 else { return false }
        let head = s.tokens[1].lower
        return resolutionRetellers.contains(head) || resolutionRetellers.contains(s.tokens[2].lower)
    }

    /// The first actor from token `from` on that is neither the source's country nor an
    /// organization, nor a voter or drafter ("backed by China", "Russia abstained"), before the
    /// sentence turns to another clause (";", ", and", "while"); with whether the words of that
    /// stretch restrict or ease what they name.
    func resolutionAim(in s: EventSentence, from: Int, source: ActorSpan)
        -> (target: ActorSpan?, restricts: Bool, eases: Bool) {
        guard from < s.tokens.count else { return (nil, false, false) }
        let startOffset = s.tokens[from].start
        var stop = Int.max
        var previous: EventToken?
        for t in s.tokens[from...] {
            let w = t.lower
            // (another clause: "…, and Britain said it would enforce it")
            if w == ";" || w == "while" || w == "although" || (w == "but" || w == "and") && previous?.lower == "," {
                stop = t.start
                break
            }
            previous = t
        }
        let stretch = s.tokens.lazy.filter { $0.start >= startOffset && $0.start < stop }
        let lemmatizer = sentenceCoder.reader.lemmatizer
        let restricts = stretch.contains { !Self.restrictionLemmas.isDisjoint(with: lemmatizer.candidates($0.lower)) }
        if stretch.contains(where: { !Self.easingLemmas.isDisjoint(with: lemmatizer.candidates($0.lower)) }) { return (nil, restricts, true) }
        var skipped = false
        for a in s.actors where a.start >= startOffset && a.start < stop {
            guard let country = a.country, country != source.country, country != "IGO", country != "NGO" else { continue }
            let before = s.tokens.last { $0.end <= a.start }?.lower
            // ("backed by China", "drafted with Chinese negotiators", "with China and Russia abstaining")
            if before == "by" || before == "with" || skipped && (before == "and" || before == "," || before == "or") {
                skipped = true
                continue
            }
            // ("China and Russia voted in favor", "which Japan and the European Union had
            // drafted": after the names coordinated with it)
            let after = s.tokens.lazy.filter { $0.start >= a.end }.drop { t in
                ["and", ",", "or", "the"].contains(t.lower) || s.actors.contains { $0.start <= t.start && t.end <= $0.end }
            }
            if after.prefix(3).contains(where: { Self.resolutionBystanders.contains($0.lower) }) {
                skipped = true
                continue
            }
            return (a, restricts, false)
        }
        return (nil, restricts, false)
    }
}

/// "The two leaders", "both sides", "the two Koreas": a plural reference to the two parties of an
/// interaction. The actor layer reads such words as one actor (or none); the event coder reads
/// them as the pair the story has just shown interacting, or the fixed pair the noun names.
///
/// ```swift
/// // "Kim and Moon met on Friday. China praised the courage of the two leaders."
/// // → CHN praises PRK (the pair's first party that is not China)
/// ```
struct GroupReference {
    /// Group noun (lowercased) → the countries it always names (empty: the pair of the story).
    let nouns: [String: [String]]

    /// The shipped table, `Resources/events/groups.tsv`.
    static let shipped: GroupReference = {
        var nouns: [String: [String]] = [:]
        let text = EventResources.text("groups", "tsv") ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("noun\t") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            nouns[f[0].lowercased()] = f[1] == "-" ? [] : f[1].split(separator: " ").map(String.init)
        }
        return GroupReference(nouns: nouns)
    }()

    /// The sentence's actors with each group phrase as one group span (`isGroup`), replacing
    /// whatever the actor layer made of its words.
    func withGroups(_ s: EventSentence) -> [ActorSpan] {
        let toks = s.tokens
        var groups: [ActorSpan] = []
        var i = 0
        while i + 1 < toks.count {
            defer { i += 1 }
            guard let j = groupEnd(at: i, in: toks) else { continue }
            let text = toks[i...j].map(\.form).joined(separator: " ")
            var span = ActorSpan(text: text, start: toks[i].start, end: toks[j].end, country: nil)
            span.isGroup = true
            groups.append(span)
            i = j
        }
        guard !groups.isEmpty else { return s.actors }
        var actors = s.actors.filter { a in !groups.contains { $0.start < a.end && a.start < $0.end } }
        actors += groups
        return actors.sorted { $0.start < $1.start }
    }

    /// Whether the sentence opens with a group phrase of the story's pair ("The two ministers …",
    /// "Both sides …"), after at most a list number.
    func opensWithGroup(_ s: EventSentence) -> Bool {
        guard let first = s.tokens.firstIndex(where: { $0.is(.alphabetic) }) else { return false }
        if groupEnd(at: first, in: s.tokens) != nil { return true }
        // ("In a joint statement issued with China, the two countries said …": the subject after
        // an opening phrase and its comma)
        guard s.tokens[first].is(.preposition), let comma = s.tokens.firstIndex(where: { $0.isWord(.comma) }),
              comma + 1 < s.tokens.count, comma < first + 12 else { return false }
        return groupEnd(at: comma + 1, in: s.tokens) != nil
    }

    /// The last token of a group phrase that starts at token `i` ("the two …" or "both …" and a
    /// group noun within three words: "the two Korean leaders"), or nil.
    /// (hashed keys: this runs at every token of every sentence)
    func groupEnd(at i: Int, in toks: [EventToken]) -> Int? {
        guard i + 1 < toks.count else { return nil }
        var first = i + 1
        if toks[i].isWord(.the) {
            // ("the three leaders": the parties of the story's last act of three, see ``size(of:)``)
            guard toks[i + 1].isWord(.two) || toks[i + 1].isWord(.three) || toks[i + 1].isWord(.four) else { return nil }
            first = i + 2
        } else if toks[i].isWord(.their), toks[i].isCapitalized, i == 0 || toks[i - 1].isPunctuation {
            // ("Their foreign ministers, … and Hakan Fidan, met": a sentence that opens with the
            // pair's own people)
            first = i + 1
        } else if toks[i].isWord(.each) {
            // ("each side blamed the other": one of the pair, either)
            return i + 1 < toks.count && nouns[toks[i + 1].lower + "s"] != nil ? i + 1 : nil
        } else if toks[i].isWord(.all) {
            // ("urges all sides to show restraint": the story's pair, as "both sides")
            return i + 1 < toks.count && (toks[i + 1].lower == "sides" || toks[i + 1].lower == "parties") ? i + 1 : nil
        } else if !toks[i].isWord(.both) {
            return nil
        }
        var j = first
        while j < toks.count, j < first + 3, !toks[j].isPunctuation {
            if nouns[toks[j].lower] != nil { return j }
            j += 1
        }
        return nil
    }

    /// How many parties a group span names: three or four after "the three" or "the four"
    /// ("the three leaders"), otherwise two.
    static func size(of span: ActorSpan) -> Int {
        let words = span.text.lowercased().split(separator: " ")
        guard words.count >= 2, words[0] == "the" else { return 2 }
        return words[1] == "three" ? 3 : words[1] == "four" ? 4 : 2
    }

    /// The two parties a group span names: the noun's fixed pair, else `story` (the last pair of
    /// different countries the coder saw interacting).
    /// Plural role phrases that name the story's pair without "two" or "both".
    static let bareGroups: Set<String> = ["the leaders", "the two men", "the sides", "the ministers", "the foreign ministers", "the presidents"]

    func pair(of span: ActorSpan, story: (ActorSpan, ActorSpan)?) -> (ActorSpan, ActorSpan)? {
        let head = span.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if let fixed = nouns[head], fixed.count == 2 {
            func party(_ c: String) -> ActorSpan {
                ActorSpan(text: span.text, start: span.start, end: span.end, country: c, code: c)
            }
            return (party(fixed[0]), party(fixed[1]))
        }
        // ("North Korea agreed to look into the fate of Japanese nationals. … the two
        // delegations met": the pair's parties act as states, not as the civilians an act named)
        guard let (a, b) = story else { return nil }
        let sector = head == "armies" || head == "militaries" ? "MIL" : "GOV"
        func official(_ p: ActorSpan) -> ActorSpan {
            guard let c = p.country, let old = p.sector, Self.privateSectors.contains(old) else { return p }
            var q = p
            q.sector = sector
            q.code = c + sector
            return q
        }
        return (official(a), official(b))
    }

    /// Roots of acts of dealing (cooperation in words, consultation, diplomatic and material
    /// cooperation) that a group does among its own parties when it names no one else.
    static let cooperativeRoots: Set<String> = ["03", "04", "05", "06"]

    /// Sectors of private people and bodies, which a group phrase of the story's pair does not keep.
    static let privateSectors: Set<String> = ["CVL", "BUS", "EDU", "HLH", "LAB", "REF", "REL"]

    /// `c` with its group source or target replaced by the pair's parties: a group subject
    /// without a target is the pair acting together ("the two leaders met": first → second); a
    /// group on one side is the pair's first party that is not the other side's country.
    /// Nil when the pair is unknown.
    /// With `second`, a group subject that reacts to an act named again gives its second party
    /// ("the two leaders condemned the launch"), and a group target gives its second party
    /// other than the source ("pressed both governments to de-escalate" is aimed at each), and
    /// nil when there is none.
    func resolve(_ c: EventCandidate, _ s: EventSentence, story: (ActorSpan, ActorSpan)?, second: Bool = false) -> EventCandidate? {
        var source = s.actors[c.source]
        let target = c.target.map { s.actors[$0] }
        var out = c
        // "The leaders had opened the summit with a dinner": right after the story's pair met,
        // "the leaders" (without "two") are that pair; with no pair it stays what the actor
        // layer read.
        if !source.isGroup, story != nil, Self.bareGroups.contains(source.text.lowercased()) { source.isGroup = true }
        // (a group of three or four is no pair: the coder reads it as the parties of the story's
        // last act of as many, or not at all)
        if source.isGroup && Self.size(of: source) > 2 || target.map({ $0.isGroup && Self.size(of: $0) > 2 }) ?? false { return nil }
        if source.isGroup {
            guard let (a, b) = pair(of: source, story: story) else { return nil }
            // ("the two governments held their first dialogue": the group's own possessive is no
            // party to its act: the pair acts together)
            let ownPossessive = target.map { ["their", "its"].contains($0.text.lowercased()) } ?? false
            if let t = target, !t.isGroup, !ownPossessive {
                // ("The two leaders urged Pakistan to …": each of the pair, the second on the
                // second read, unless the target is one of them)
                let sides = [a, b].filter { $0.country != t.country }
                if second {
                    guard sides.count == 2 else { return nil }
                    out.resolvedSource = sides[1]
                } else {
                    out.resolvedSource = sides.first ?? b
                }
            } else if target == nil, !c.anaphor.isEmpty {
                // "The two leaders condemned the launch": the act named again has its own author,
                // whom the document context finds; the pair is who reacts, each of its parties
                // (the second on the second read).
                out.resolvedSource = second ? b : a
            } else {
                // (the group toward itself, read a second time: the other way round)
                let reverse = second && target?.isGroup == true
                out.resolvedSource = reverse ? b : a
                out.target = nil
                out.resolvedTarget = reverse ? a : b
            }
            out.rule += "+group"
            return out
        }
        if let t = target, t.isGroup {
            guard let (a, b) = pair(of: t, story: story) else { return nil }
            let parties = [a, b].filter { $0.country != source.country }
            if second && parties.count < 2 { return nil }
            out.target = nil
            out.resolvedTarget = second ? parties[1] : parties.first ?? b
            out.rule += "+group"
        } else if second {
            return nil
        }
        return out
    }
}

extension EventCoder {
    /// The reads of a candidate whose source or target is "the three …" or "the four …": one
    /// per party of the story's last act of as many (`parties`), the other side kept ("the three
    /// leaders criticized China": each of the three toward China; "China protested to the three
    /// governments": China toward each). Empty when the group has no such parties or acts on
    /// no one outside itself; nil when neither side is such a group.
    /// With `bare`, a subject such as "the leaders" (``GroupReference/bareGroups``, without a
    /// number) is those parties too: the story's last act was theirs, not a pair's ("The leaders
    /// of Japan, South Korea and the United States met … The leaders agreed to hold annual summits").
    static func partyReads(_ c: EventCandidate, _ s: EventSentence, parties: [ActorSpan]?, bare: Bool = false) -> [EventCandidate]? {
        let bareSource = bare && parties != nil && !s.actors[c.source].isGroup
            && GroupReference.bareGroups.contains(s.actors[c.source].text.lowercased())
        // (most candidates name no group: nothing is copied for them)
        guard bareSource || s.actors[c.source].isGroup || c.target.map({ s.actors[$0].isGroup }) ?? false else { return nil }
        let source = s.actors[c.source]
        let target = c.target.map { s.actors[$0] }
        let sourceGroup = bareSource || source.isGroup && GroupReference.size(of: source) > 2
        let targetGroup = target.map { $0.isGroup && GroupReference.size(of: $0) > 2 } ?? false
        guard sourceGroup || targetGroup else { return nil }
        guard let parties, !(sourceGroup && targetGroup) else { return [] }
        let group = sourceGroup ? source : target!
        guard bareSource || parties.count == GroupReference.size(of: group) else { return [] }
        if sourceGroup {
            // "The three leaders agreed to meet every year": an act of dealing that names no one
            // else is the parties' with one another, each pair once; "the three leaders condemned
            // the launch" is each party's, toward the author the document context finds.
            if target == nil, GroupReference.cooperativeRoots.contains(String(c.code.prefix(2))) {
                return parties.indices.flatMap { i in
                    parties[(i + 1)...].map { q in
                        var read = c
                        read.resolvedSource = parties[i]
                        read.resolvedTarget = q
                        read.rule += "+group"
                        return read
                    }
                }
            }
            if target == nil, !c.anaphor.isEmpty {
                return parties.map { p in
                    var read = c
                    read.resolvedSource = p
                    read.rule += "+group"
                    return read
                }
            }
            guard let t = target, !t.isGroup, let other = t.country, !parties.contains(where: { $0.country == other }) else { return [] }
            return parties.map { p in
                var read = c
                read.resolvedSource = p
                read.rule += "+group"
                return read
            }
        }
        guard let own = source.country else { return [] }
        return parties.filter { $0.country != own }.map { p in
            var read = c
            read.target = nil
            read.resolvedTarget = p
            read.rule += "+group"
            return read
        }
    }
}

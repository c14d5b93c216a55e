/// First-person pronouns (`I`, `we`, `our`) read as the actor who speaks them.
///
/// Statements, readouts and remarks speak in the first person: "We condemn this attack" in a
/// State Department statement is the United States condemning. Inside a quotation the speaker
/// is the actor the quotation is attributed to (`Secretary Clinton said: "We …"`, `"…," Abe
/// said`); outside quotations it is the document's own speaker, the first government actor of
/// its opening lines. Pronouns the actor layer already resolved are left alone.
enum Speakers {
    static let firstPerson: Set<String> = ["i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"]
    static let reportVerbs: Set<String> = [
        "say", "said", "says", "add", "added", "adds", "state", "stated", "states", "tell", "told", "tells",
        "remark", "remarked", "declare", "declared", "note", "noted", "explain", "explained", "write", "wrote",
    ]

    /// Adds speaker actor spans for the first-person pronouns of `sentences`.
    static func resolve(_ sentences: inout [EventSentence]) {
        let opening = sentences.prefix(4).flatMap(\.actors)
        // A named government person of the opening lines (the statement's author or subject).
        var documentSpeaker = opening.first { $0.country != nil && !$0.isMedia && !$0.isPlace && $0.sector == "GOV" && $0.name != nil }
        var inQuote = false
        var pending: ActorSpan?
        var previousParagraph = -1
        for k in sentences.indices {
            let s = sentences[k]
            let toks = s.tokens
            // A transcript's turn (the actor layer's reading of a name that opens a line, "President
            // Biden." or "THE PRESIDENT:") hands the floor to that person until the next turn.
            if let turn = s.actors.first(where: \.isTurn) { documentSpeaker = turn }
            if s.paragraph != previousParagraph, toks.first?.isWord(.quote) == true { inQuote = false }
            previousParagraph = s.paragraph
            // Quote state per token.
            var quoted = [Bool](repeating: false, count: toks.count)
            var state = inQuote
            // By index and by class: the loops copy no token.
            toks.withUnsafeBufferPointer { t in
                for i in t.indices {
                    if t[i].is(.quote) { state.toggle(); continue }
                    quoted[i] = state
                }
            }
            // An attribution outside the quotes: "X said" or "said X".
            var attributed: ActorSpan?
            for i in toks.indices where !quoted[i] && toks[i].is(.reportVerb) {
                let t = toks[i]
                let before = s.actors.last { a in a.end <= t.start && a.country != nil && !a.isMedia
                    && (s.tokenRange(start: a.start, end: a.end).map { i - $0.upperBound <= 2 } ?? false) }
                let after = s.actors.first { a in a.start >= t.end && a.country != nil && !a.isMedia
                    && (s.tokenRange(start: a.start, end: a.end).map { $0.lowerBound - i <= 2 } ?? false) }
                if let a = before ?? after { attributed = a; break }
            }
            if let a = attributed, toks.last?.isWord(.colon) == true || toks.contains(where: { $0.isWord(.quote) }) { pending = a }
            var actors = s.actors
            for i in toks.indices where toks[i].is(.firstPerson) {
                let t = toks[i]
                let speaker = quoted[i] ? (attributed ?? pending ?? documentSpeaker) : documentSpeaker
                guard let sp = speaker else { continue }
                // A pronoun the actor layer resolved keeps its resolution, unless the quotation
                // is attributed in this very sentence ("'We met in Osaka,' Moon said"): the actor
                // layer reads left to right and has not seen the attribution yet.
                if let k = actors.firstIndex(where: { $0.start <= t.start && $0.end >= t.end }) {
                    if quoted[i], let a = attributed, a.country != nil, actors[k].country != a.country,
                       firstPerson.contains(actors[k].text.lowercased()) {
                        let old = actors[k]
                        actors[k] = ActorSpan(text: old.text, start: old.start, end: old.end, country: a.country,
                                              sector: a.sector, code: a.code, name: a.name)
                    }
                    continue
                }
                actors.append(ActorSpan(text: t.form, start: t.start, end: t.end, country: sp.country,
                                        sector: sp.sector, code: sp.code, name: sp.name))
            }
            // The sentence's own speaker, as a zero-width span at its start.
            // (the state of its first word: an opening quotation mark is not itself quoted)
            let quotedSentence = toks.indices.first { !toks[$0].is(.quote) }.map { quoted[$0] } ?? false
            if let sp = quotedSentence ? (attributed ?? pending) : documentSpeaker {
                actors.append(ActorSpan(text: sp.text, start: s.start, end: s.start, country: sp.country,
                                        sector: sp.sector, code: sp.code, name: sp.name))
            }
            if actors.count > s.actors.count {
                actors.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
                sentences[k].actors = actors
            }
            sentences[k].speaker = sentences[k].actors.firstIndex { $0.start == s.start && $0.end == s.start }
            sentences[k].quoted = quotedSentence
            inQuote = state
            if !state && attributed == nil && !toks.contains(where: { $0.isWord(.quote) }) { pending = nil }
        }
    }
}

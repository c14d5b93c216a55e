/// Who reported a sentence's content: `according to Kyodo`, `KCNA reported that`, `citing
/// diplomatic sources`, nested outermost first (`KCNA reported that, according to the Tokyo
/// Shimbun, …` → `["KCNA", "Tokyo Shimbun"]`).
enum Attribution {
    /// Reporting verbs whose media subject is a reporter of the sentence.
    static let reportingVerbs: Set<String> = [
        "report", "reported", "reports", "say", "said", "says", "quote", "quoted", "quotes", "cite",
        "cited", "cites", "claim", "claimed", "claims", "write", "wrote", "writes", "carry", "carried",
        "announce", "announced", "state", "stated",
    ]

    /// The reporters named in a sentence, in order of appearance.
    static func reporters(in s: EventSentence) -> [String] {
        var out: [(Int, String)] = []
        let toks = s.tokens
        func add(_ pos: Int, _ name: String) {
            let name = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
            if !name.isEmpty, !out.contains(where: { $0.1 == name }) { out.append((pos, name)) }
        }
        // Keys read in place: the scan copies no token.
        let cues = toks.withUnsafeBufferPointer { t in
            t.indices.filter { t[$0].isWord(.citing) || t[$0].isWord(.according) }
        }
        for i in cues {
            let citing = toks[i].isWord(.citing)
            if (toks[i].isWord(.according) && i + 1 < toks.count && toks[i + 1].isWord(.to)) || citing {
                let from = citing ? i + 1 : i + 2
                // A media actor in the phrase, else its capitalized words.
                let phraseEnd = toks[from...].firstIndex { $0.isWord(.comma) || $0.isWord(.period) } ?? toks.count
                guard from < phraseEnd else { continue }
                let a = toks[from].start
                let b = toks[phraseEnd - 1].end
                let inside = s.actors.filter { $0.start >= a && $0.end <= b }
                if let media = inside.last(where: { $0.isMedia }) ?? inside.last {
                    add(media.start, media.name ?? media.text)
                } else {
                    let words = toks[from..<phraseEnd].filter { $0.isCapitalized }.map(\.form)
                    if !words.isEmpty { add(a, words.suffix(4).joined(separator: " ")) }
                    else if citing { add(a, toks[from..<phraseEnd].map(\.form).joined(separator: " ")) }
                }
            }
        }
        for media in s.actors where media.isMedia {
            // A medium followed by a reporting verb reports the sentence.
            guard let r = s.tokenRange(start: media.start, end: media.end) else { continue }
            var k = r.upperBound + 1
            while k < toks.count, toks[k].is([.adverb, .have]) { k += 1 }
            if k < toks.count, reportingVerbs.contains(toks[k].lower) { add(media.start, media.name ?? media.text) }
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

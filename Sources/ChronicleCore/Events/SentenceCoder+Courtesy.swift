/// Courtesies of remarks and transcripts: "It is a pleasure to host President Yoon", "it is a
/// great privilege to welcome President Moon". The sentence has no verb of praise and its
/// grammatical subject is `it`; the speaker praises the person named (CAMEO 051).
extension SentenceCoder {
    /// Nouns of a courtesy (`an honor to …`).
    static let courtesyNouns: Set<String> = ["honor", "honour", "privilege", "pleasure"]
    /// Verbs after the noun's `to` that bring the speaker and the person together.
    static let courtesyVerbs: Set<String> = ["be", "meet", "see", "welcome", "host", "have", "receive", "join", "stand", "work"]
    /// Words that may stand between `it is` and the noun (`a great`, `such a real`).
    static let courtesyFillers: Set<String> = ["a", "an", "such", "great", "real", "true", "big", "tremendous", "very", "special", "really", "truly"]

    /// The courtesy candidates of `s`: the speaker (the nearest first-person actor before the
    /// phrase, else the sentence's speaker) toward the first actor of another country named
    /// within a few words after the verb.
    ///
    /// Example: in a turn of President Biden, "Let me say it is an honor to stand here with
    /// President Yoon." gives 051 from Biden to Yoon Suk Yeol.
    func courtesies(_ s: EventSentence, actorAt: [Int?]) -> [EventCandidate] {
        let t = s.tokens
        var out: [EventCandidate] = []
        var i = 0
        while i + 4 < t.count {
            defer { i += 1 }
            guard t[i].lower == "it", ["'s", "’s", "is", "was", "has"].contains(t[i + 1].lower) else { continue }
            var k = i + 2
            if t[k].lower == "been" { k += 1 }
            while k < t.count, Self.courtesyFillers.contains(t[k].lower) { k += 1 }
            guard k + 2 < t.count, Self.courtesyNouns.contains(t[k].lower), t[k + 1].lower == "to",
                  Self.courtesyVerbs.contains(t[k + 2].lower) else { continue }
            let noun = k
            // The person or country honored: the first actor within five words after the verb.
            var target: Int?
            var j = k + 3
            while j < t.count, j <= k + 8, !t[j].isWord(.period) {
                if let a = actorAt[j], s.actors[a].country != nil, !s.actors[a].isMedia {
                    target = a
                    break
                }
                j += 1
            }
            guard let tgt = target else { continue }
            let firstPersonBefore = (0..<i).reversed().lazy.compactMap { actorAt[$0] }.first {
                Speakers.firstPerson.contains(s.actors[$0].text.lowercased())
            }
            guard let src = firstPersonBefore ?? s.speaker, let own = s.actors[src].country,
                  own != s.actors[tgt].country else { continue }
            out.append(EventCandidate(sentence: s.index, pattern: "courtesy", rule: "courtesy", code: "051",
                                      mode: .asserted, source: src, target: tgt, trigger: noun...noun,
                                      clause: i...j, confidence: 0.6))
        }
        return out
    }
}

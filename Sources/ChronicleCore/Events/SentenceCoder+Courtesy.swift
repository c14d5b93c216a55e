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
            while j < t.count, j <= k + 12, !t[j].isWord(.period) {
                if let a = actorAt[j], s.actors[a].country != nil, !s.actors[a].isMedia {
                    target = a
                    break
                }
                j += 1
            }
            guard let tgt = target else { continue }
            guard let src = speechSource(before: i, toward: tgt, fallback: s.speaker, s, actorAt: actorAt) else { continue }
            out.append(EventCandidate(sentence: s.index, pattern: "courtesy", rule: "courtesy", code: "051",
                                      mode: .asserted, source: src, target: tgt, trigger: noun...noun,
                                      clause: i...j, confidence: 0.6))
        }
        return out
    }

    /// Who says a courtesy, praise or warning found at token `k`: the nearest first-person actor
    /// before it ("I also want to thank …"), else `fallback` (the sentence's speaker or sayer).
    /// Nil when that actor has no country or is of `target`'s country.
    func speechSource(before k: Int, toward target: Int, fallback: Int?, _ s: EventSentence, actorAt: [Int?]) -> Int? {
        let firstPerson = (0..<k).reversed().lazy.compactMap { actorAt[$0] }.first {
            Speakers.firstPerson.contains(s.actors[$0].text.lowercased())
        }
        guard let src = firstPerson ?? fallback, let own = s.actors[src].country, own != s.actors[target].country else { return nil }
        return src
    }

    /// Adjectives of a speaker's praise for a person ("a good man", "a very special person").
    static let praiseAdjectives: Set<String> = ["good", "great", "wonderful", "fantastic", "terrific", "tremendous", "talented",
                                                "smart", "honorable", "strong", "special", "fine", "excellent", "brilliant",
                                                "outstanding", "remarkable", "courageous", "wise", "decent"]
    /// Nouns for a person so praised.
    static let praisedPersons: Set<String> = ["man", "person", "leader", "friend", "guy", "gentleman", "woman", "lady",
                                              "partner", "negotiator", "statesman", "president"]

    /// Praise of a person in remarks: "He's a good man", "She is a truly great leader", "a truly
    /// remarkable leader, Chancellor Scholz". The speaker (the nearest first-person actor before,
    /// else the sentence's speaker) praises the person the subject pronoun or name stands for, or
    /// the name right after the phrase (051). Only in speech: a sentence with a speaker.
    func praises(_ s: EventSentence, actorAt: [Int?]) -> [EventCandidate] {
        let t = s.tokens
        guard s.speaker != nil || s.quoted else { return [] }
        var out: [EventCandidate] = []
        // (an article two to five words before comes first: a hash comparison, where the noun
        // sets would hash every word of every speech sentence)
        for k in t.indices where k >= 2 && (max(0, k - 5)..<(k - 1)).contains(where: { t[$0].isWord(.a) || t[$0].isWord(.an) })
            && Self.praisedPersons.contains(t[k].lower) {
            // "… a good man": an article and praise words before the noun.
            var j = k - 1
            var praised = false
            while j >= 0, k - j <= 4, Self.praiseAdjectives.contains(t[j].lower) || Self.courtesyFillers.contains(t[j].lower) {
                if Self.praiseAdjectives.contains(t[j].lower) { praised = true }
                j -= 1
            }
            guard praised, j + 1 < k, t[j + 1].isWord(.a) || t[j + 1].isWord(.an) || t[j + 1].lower == "such" else { continue }
            var target: Int?
            if j >= 1, ["'s", "’s", "is", "was"].contains(t[j].lower), let a = actorAt[j - 1] {
                target = a                                    // "He's a good man"
            } else if k + 2 < t.count, t[k + 1].isWord(.comma), let a = actorAt[k + 2] {
                target = a                                    // "a remarkable leader, Chancellor Scholz"
            }
            guard let tgt = target, s.actors[tgt].country != nil, !s.actors[tgt].isMedia else { continue }
            guard let src = speechSource(before: max(0, j), toward: tgt, fallback: s.speaker, s, actorAt: actorAt) else { continue }
            out.append(EventCandidate(sentence: s.index, pattern: "praise", rule: "praise", code: "051",
                                      mode: .asserted, source: src, target: tgt, trigger: k...k,
                                      clause: max(0, j - 1)...k, confidence: 0.6))
        }
        // "our progress today is thanks to your leadership, Madam Chancellor":
        // the speaker credits whoever the phrase names.
        for k in t.indices where k + 1 < t.count && t[k].lower == "thanks" && t[k + 1].lower == "to" && k > 0
            && ["is", "was", "'s", "’s", "are", "were"].contains(t[k - 1].lower) {
            guard let tgt = (k + 2..<min(t.count, k + 14)).lazy.prefix(while: { !t[$0].isWord(.period) })
                .compactMap({ actorAt[$0] }).first(where: { s.actors[$0].country != nil && !s.actors[$0].isMedia }) else { continue }
            guard let src = speechSource(before: k, toward: tgt, fallback: s.speaker, s, actorAt: actorAt) else { continue }
            out.append(EventCandidate(sentence: s.index, pattern: "praise", rule: "praise+credit", code: "051",
                                      mode: .asserted, source: src, target: tgt, trigger: k...(k + 1),
                                      clause: k...(k + 1), confidence: 0.55))
        }
        return out
    }
}

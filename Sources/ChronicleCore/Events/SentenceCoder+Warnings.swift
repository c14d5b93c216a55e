/// Warnings of statements and remarks whose grammatical subject is the one warned: "If the U.S.
/// continues its hostile policy, it will face the most serious consequences", "Tokyo will pay a
/// heavy price". The speaker threatens the subject (CAMEO 130); the sentence names no verb of
/// threatening.
extension SentenceCoder {
    /// Verbs of undergoing a penalty.
    static let penaltyVerbs: Set<String> = ["face", "pay", "suffer", "bear", "regret"]
    /// What is undergone.
    static let penaltyNouns: Set<String> = ["consequences", "consequence", "price", "retaliation", "punishment", "response", "measures",
                                            "countermeasures", "reprisals", "wrath"]

    /// The warning candidates of `s`: a name or pronoun, a future modal, a verb of undergoing and,
    /// within four words, a penalty ("will face … consequences", "will pay a heavy price"),
    /// from the sentence's speaker (or the first-person actor before, or whoever says it) to
    /// whoever the subject names. Only in speech or what is said.
    ///
    /// Example: in a foreign ministry statement, "If the U.S. continues its hostile policy, it will
    /// face the most serious consequences." gives 130 from the ministry's country to the United States.
    func warnings(_ s: EventSentence, actorAt: [Int?]) -> [EventCandidate] {
        let t = s.tokens
        guard t.count >= 4, !s.actors.isEmpty else { return [] }
        var out: [EventCandidate] = []
        for k in 1..<(t.count - 1) where actorAt[k - 1] != nil && Self.futureModals.contains(t[k].lower) {
            // Who speaks: the sentence's speaker, else the actor right before a verb of saying
            // ("North Korea said the United States would face serious consequences").
            let sayer: Int? = s.speaker ?? t.indices.first(where: { t[$0].is(.reportVerb) }).flatMap { r in
                (max(0, r - 8)..<r).reversed().lazy.compactMap { actorAt[$0] }.first
            }
            guard sayer != nil || s.quoted else { continue }
            guard let subject = actorAt[k - 1], Self.penaltyVerbs.contains(t[k + 1].lower) || t[k + 1].lower == "have" && k + 2 < t.count
                    && t[k + 2].lower == "to" && k + 3 < t.count && Self.penaltyVerbs.contains(t[k + 3].lower) else { continue }
            let verb = t[k + 1].lower == "have" ? k + 3 : k + 1
            guard (verb + 1..<min(t.count, verb + 6)).contains(where: { Self.penaltyNouns.contains(t[$0].lower) }) else { continue }
            guard s.actors[subject].country != nil,
                  let src = speechSource(before: k - 1, toward: subject, fallback: sayer, s, actorAt: actorAt) else { continue }
            out.append(EventCandidate(sentence: s.index, pattern: "warning", rule: "warning", code: "130",
                                      mode: .asserted, source: src, target: subject, trigger: verb...verb,
                                      clause: (k - 1)...verb, confidence: 0.55))
        }
        return out
    }
}

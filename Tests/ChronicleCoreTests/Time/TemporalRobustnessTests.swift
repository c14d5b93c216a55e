import Testing
@testable import ChronicleCore

/// Random texts built from tricky pieces (numbers, dashes, quotes, abbreviations, emoji,
/// temporal words in odd orders): the tagger must not crash, and every expression's offsets must
/// point at its text.
@Suite("Temporal robustness")
struct TemporalRobustnessTests {
    /// SplitMix64: a small deterministic generator, so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "the", "The", "end", "of", "mid", "-", "–", "—", "early", "late", "last", "next", "this", "past",
        "May", "march", "March", "Sept", ".", ",", ":", "/", "'", "’", "\"", "“", "s", "th", "a", "an",
        "2018", "19", "80", "1970", "2,020", "31", "12", "00", "7", "3:46", "p.m", "a.m", "P.M.", "JST",
        "Friday", "Fri", "Sunday", "Times", "weekend", "day", "days", "year", "years", "quarter", "half",
        "ago", "later", "earlier", "today", "yesterday", "that", "same", "following", "every", "twice",
        "more", "than", "less", "about", "at", "least", "up", "to", "between", "and", "from", "fiscal",
        "Q", "H", "first", "third", "century", "summer", "fall", "spring", "Christmas", "Eve", "new",
        "🇰🇷", "é", "\n", "\n\n", " ", "  ", "No", "Resolution", "people", "old", "said", "will",
    ]

    @Test("random texts", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func random(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let tagger = TemporalTagger.shared
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                text += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            let scalars = Array(text.unicodeScalars)
            let pub = Bool.random(using: &rng) ? CalendarDay(iso: "2018-06-12") : nil
            for e in tagger.annotate(text: text, publicationDate: pub) {
                #expect(e.start >= 0 && e.start < e.end && e.end <= scalars.count, "\(text)")
                if e.start >= 0 && e.start < e.end && e.end <= scalars.count {
                    #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text, "\(text)")
                }
                #expect(!e.value.isEmpty, "\(text)")
            }
        }
    }

    @Test("a long text without sentence ends stays fast and finds its weekdays")
    func noSentenceEnds() {
        // the tense look-up beyond the window is bounded: without the bound this text would take
        // a scan back to its start for every weekday
        let text = String(repeating: "convoys near the old river bridge on Friday and the long road ", count: 20_000)
        let clock = ContinuousClock()
        var found: [TemporalExpression] = []
        let took = clock.measure {
            found = TemporalTagger.shared.annotate(text: text, publicationDate: CalendarDay(iso: "2019-03-13"))
        }
        #expect(found.count == 20_000)
        #expect(found.allSatisfy { $0.value == "2019-03-08" })
        #expect(took < .seconds(20))
    }
}

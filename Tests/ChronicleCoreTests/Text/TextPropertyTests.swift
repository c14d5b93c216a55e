import ChronicleCore
import Testing

/// Random text never crashes the text layer and always yields valid, ordered offsets.
@Suite("Text properties")
struct TextPropertyTests {
    /// Pieces that stress the scanners: quotes, dashes, odd spaces, line ends, invisible
    /// characters, emoji sequences, combining marks, abbreviations, numbers, links, other scripts.
    static let palette: [String] = [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "–", "—", "-", "--", "…", "...", ".", "?", "!", "?!",
        "\u{00A0}", "\u{202F}", "\r\n", "\r", "\n", "\n\n", "\t", " ", "  ", "\u{2028}",
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{2060}", "\u{FE0F}",
        "🇰🇷", "🇺", "👍🏽", "👨‍👩‍👧", "❤️", "🎉", "1️⃣", "\u{0301}", "e\u{0301}", "\u{1F3FD}",
        "U.S.", "Mr.", "Gen.", "Oct.", "Inc.", "J.", "a.m.", "e.g.", "No.", "St.",
        "3.5", "26.11.2018", "2,020", "6-8", "3:46", "'80s", "1970s", "39-year-old", "$", "₩", "%",
        "https://x.kr/a.b", "www.un.org", "press@mofa.go.kr", "kcna.kp", "#Tag", "@user",
        "Japan's", "don't", "can't", "Koreas'", "O'Brien", "cannot",
        "Kim", "Jong-un", "The", "the", "said", "PRESIDENT TRUMP:", "Q:", "1.", "(a)", "a)", "•", "* ",
        "(", ")", "[", "]", ":", ";", ",", "。", "！", "？", "؟", "।",
        "韩国", "평양", "Путин", "سيول", "Ω", "\u{0000}", "\u{007F}", "\u{FFFD}",
    ]

    /// A random string: palette pieces, random ASCII, and random bytes decoded with replacement.
    static func randomText(_ rng: inout SplitMix64) -> String {
        var text = ""
        let pieces = Int.random(in: 0...30, using: &rng)
        for _ in 0..<pieces {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6:
                text += palette.randomElement(using: &rng)!
            case 6..<8:
                let count = Int.random(in: 1...6, using: &rng)
                text += String(decoding: (0..<count).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }, as: UTF8.self)
            default:
                let count = Int.random(in: 1...6, using: &rng)
                text += String(decoding: (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
            }
        }
        return text
    }

    @Test("random text: no crash, ordered and nested offsets", arguments: [UInt64(1), 2, 3])
    func randomText(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var problems = [String]()
        for round in 0..<1_000 where problems.count < 5 {
            let text = Self.randomText(&rng)
            let mode: TokenizationMode = round % 2 == 0 ? .standard : .universalDependencies
            if let problem = Self.check(text, mode: mode) {
                problems.append("seed \(seed) round \(round) \(String(reflecting: text)): \(problem)")
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// The first violated invariant for `text`, or nil.
    static func check(_ text: String, mode: TokenizationMode) -> String? {
        let segmented = SegmentedText(text, mode: mode)
        let normalized = segmented.normalized
        let byteCount = normalized.bytes.count
        let scalars = Array(text.unicodeScalars)
        guard normalized.originalScalarCount == scalars.count else { return "scalar count" }
        guard byteCount <= text.utf8.count else { return "normalized text longer than original" }
        // The offset map is monotone.
        var previous = 0
        for l in 0...byteCount {
            let r = normalized.scalarRange(l..<l)
            guard r.lowerBound >= previous, r.lowerBound <= scalars.count else { return "scalarRange not monotone at \(l)" }
            previous = r.lowerBound
        }
        var lastSentenceEnd = 0
        var lastSentenceScalarEnd = 0
        var tokenCount = 0
        for (index, sentence) in segmented.sentences.enumerated() {
            guard sentence.index == index else { return "sentence index" }
            guard !sentence.tokens.isEmpty else { return "empty sentence" }
            guard sentence.bytes.lowerBound >= lastSentenceEnd, sentence.bytes.upperBound <= byteCount,
                  sentence.bytes.lowerBound < sentence.bytes.upperBound else { return "sentence bytes \(sentence.bytes)" }
            let sr = segmented.scalarRange(sentence)
            guard sr.lowerBound >= lastSentenceScalarEnd, sr.upperBound <= scalars.count else { return "sentence scalars \(sr)" }
            var lastTokenEnd = sentence.bytes.lowerBound
            var lastTokenScalarEnd = sr.lowerBound
            for token in sentence.tokens {
                let b = token.bytes
                guard b.lowerBound >= lastTokenEnd, b.upperBound <= sentence.bytes.upperBound, !b.isEmpty else {
                    return "token bytes \(b) in sentence \(sentence.bytes)"
                }
                guard normalized.bytes[b.lowerBound] & 0xC0 != 0x80,
                      b.upperBound == byteCount || normalized.bytes[b.upperBound] & 0xC0 != 0x80 else {
                    return "token \(b) cuts a UTF-8 sequence"
                }
                let r = segmented.scalarRange(token)
                guard r.lowerBound >= lastTokenScalarEnd, r.upperBound <= sr.upperBound else {
                    return "token scalars \(r) in sentence \(sr)"
                }
                let original = String(String.UnicodeScalarView(scalars[r]))
                guard normalized.originalString(b) == original else { return "originalString of \(b) differs from scalars \(r)" }
                lastTokenEnd = b.upperBound
                lastTokenScalarEnd = r.upperBound
                tokenCount += 1
            }
            lastSentenceEnd = sentence.bytes.upperBound
            lastSentenceScalarEnd = sr.upperBound
        }
        let tokens = Tokenizer(mode: mode).tokenize(normalized.bytes)
        guard tokens.count == tokenCount else { return "sentences hold \(tokenCount) of \(tokens.count) tokens" }
        return nil
    }
}

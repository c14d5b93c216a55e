import ChronicleCore
import Testing

/// Folding, dropping, and the map from normalized bytes back to the original text.
@Suite("NormalizedText")
struct NormalizedTextTests {
    /// Every folded character, with what it becomes.
    static let folds: [(String, String)] = [
        ("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201A}", "'"), ("\u{201B}", "'"), ("\u{2032}", "'"),
        ("\u{02BC}", "'"), ("\u{2039}", "'"), ("\u{203A}", "'"),
        ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{201E}", "\""), ("\u{201F}", "\""), ("\u{2033}", "\""),
        ("\u{00AB}", "\""), ("\u{00BB}", "\""),
        ("\u{2010}", "-"), ("\u{2011}", "-"), ("\u{2012}", "-"), ("\u{2013}", "-"), ("\u{2212}", "-"), ("\u{FF0D}", "-"),
        ("\u{2014}", "--"), ("\u{2015}", "--"), ("\u{2E3A}", "--"), ("\u{2E3B}", "--"),
        ("\u{2026}", "..."),
        ("\u{00A0}", " "), ("\u{2002}", " "), ("\u{2009}", " "), ("\u{200A}", " "), ("\u{202F}", " "),
        ("\u{205F}", " "), ("\u{3000}", " "),
        ("\u{2028}", "\n"), ("\u{2029}", "\n"), ("\u{0085}", "\n"), ("\r", "\n"),
    ]

    @Test("each folded character: normalized form, original span and text", arguments: folds)
    func fold(character: String, expected: String) {
        let n = NormalizedText("a" + character + "b")
        #expect(n.string(0..<n.bytes.count) == "a" + expected + "b")
        let folded = 1..<(1 + expected.utf8.count)
        #expect(n.scalarRange(folded) == 1..<2)
        #expect(n.originalString(folded) == character)
        #expect(n.scalarRange((folded.upperBound)..<n.bytes.count) == 2..<3)
        #expect(n.originalScalarCount == 3)
    }

    @Test("dropped characters vanish; inside a span they belong to it, at its edges they do not",
          arguments: ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{180E}"])
    func dropped(character: String) {
        let n = NormalizedText("Seo" + character + "ul " + character)
        #expect(n.string(0..<n.bytes.count) == "Seoul ")
        #expect(n.scalarRange(0..<5) == 0..<6)
        #expect(n.originalString(0..<5) == "Seo" + character + "ul")
        #expect(n.scalarRange(5..<6) == 6..<7)
        #expect(n.originalScalarCount == 8)
    }

    @Test("a byte-order mark at the start is outside the first span")
    func leadingBOM() {
        let n = NormalizedText("\u{FEFF}Seoul")
        #expect(n.bytes == Array("Seoul".utf8))
        #expect(n.scalarRange(0..<5) == 1..<6)
        #expect(n.originalString(0..<5) == "Seoul")
    }

    @Test("zero-width joiners and non-joiners are kept")
    func joinersKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let n = NormalizedText(family + " \u{200C}")
        #expect(n.string(0..<n.bytes.count) == family + " \u{200C}")
        #expect(n.scalarRange(0..<family.utf8.count) == 0..<5)
    }

    @Test("CRLF becomes one line break mapped to the LF; lone CR becomes LF")
    func lineEnds() {
        let n = NormalizedText("a\r\nb\rc")
        #expect(n.string(0..<n.bytes.count) == "a\nb\nc")
        #expect(n.scalarRange(1..<2) == 2..<3)
        #expect(n.scalarRange(2..<3) == 3..<4)
        #expect(n.originalString(0..<3) == "a\r\nb")
        #expect(n.scalarRange(3..<4) == 4..<5)
        #expect(n.originalString(3..<5) == "\rc")
    }

    @Test("an expansion split inside: its character goes to the part holding its first byte")
    func splitExpansion() {
        let n = NormalizedText("a—b…")   // a--b...
        #expect(n.string(0..<n.bytes.count) == "a--b...")
        #expect(n.scalarRange(1..<2) == 1..<2)
        #expect(n.scalarRange(2..<3) == 2..<2)
        #expect(n.originalString(2..<3) == "")
        #expect(n.scalarRange(4..<7) == 3..<4)
        #expect(n.scalarRange(5..<7) == 4..<4)
        #expect(n.scalarRange(7..<7) == 4..<4)
    }

    @Test("emoji, combining marks and other scripts keep their bytes and scalar offsets")
    func multiByte() {
        let text = "🇰🇷 cafe\u{0301} 평양 👍🏽"
        let n = NormalizedText(text)
        #expect(n.bytes == Array(text.utf8))
        #expect(n.originalScalarCount == text.unicodeScalars.count)
        let segmented = SegmentedText(text)
        let tokens = segmented.sentences.flatMap(\.tokens)
        #expect(tokens.map(segmented.string) == ["🇰🇷", "cafe\u{0301}", "평양", "👍🏽"])
        #expect(tokens.map(segmented.scalarRange) == [0..<2, 3..<8, 9..<11, 12..<14])
    }

    @Test("empty text")
    func empty() {
        let n = NormalizedText("")
        #expect(n.bytes.isEmpty)
        #expect(n.scalarRange(0..<0) == 0..<0)
        #expect(n.originalString(0..<0) == "")
        #expect(n.originalScalarCount == 0)
        #expect(SegmentedText("").sentences.isEmpty)
    }
}

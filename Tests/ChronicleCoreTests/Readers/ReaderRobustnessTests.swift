import Testing
@testable import ChronicleCore

/// Any bytes, in any format, give documents or errors: never a crash or a hang.
@Suite struct ReaderRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
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

    /// Pieces that make the readers take their rarer paths.
    static let pieces: [String] = [
        "<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<p>", "</div>",
        "<rss>", "<item>", "</item>", "<entry>", "<content:encoded>", "&", "&amp;", "&#", "&#x", ";",
        "\"", "'", "=", " ", "\n", "{", "}", "[", "]", ":", ",", "\\u", "\\", "\"id\"", "\"text\"",
        "SEOUL, June 12 (Yonhap) -- ", "By ", "Published: ", "2018-06-12", "26.11.2018", "é", "—", "\u{FEFF}",
    ]

    @Test(arguments: InputFormat.allCases)
    func randomInputNeverCrashes(format: InputFormat) {
        var rng = SplitMix(state: 42 &+ UInt64(format.rawValue.utf8.count))
        let reader = DocumentReader(options: ReadOptions(format: format))
        for round in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...80, using: &rng) {
                if Bool.random(using: &rng) {
                    bytes += Array(Self.pieces.randomElement(using: &rng)!.utf8)
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &rng))
                }
            }
            let results = reader.documents(in: bytes, path: "fuzz-\(round)", id: "fuzz")
            #expect(!results.isEmpty)
            for case .success(let document) in results {
                #expect(!document.text.isEmpty)
            }
        }
    }

    @Test func deepNestingAndHugeAttributes() {
        let deep = String(repeating: "<div><span>", count: 5000) + "Deep text." + String(repeating: "</div>", count: 10)
        #expect(HTMLReader.read(deep).text == "Deep text.")
        let json = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(ReaderFixtures.read(json, name: "deep.json").first?.failure?.code == .malformedJSON)
        let attribute = "<p title=\"" + String(repeating: "x", count: 100_000) + "\">Visible</p>"
        #expect(HTMLReader.read(attribute).text == "Visible")
    }
}

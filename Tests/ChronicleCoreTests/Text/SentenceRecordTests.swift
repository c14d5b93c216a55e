import ChronicleCore
import Testing

/// What `chronicle sentences` prints: ``SegmentedText/sentenceRecords`` (index, scalar offsets
/// into the original text, original text).
@Suite("Sentence records")
struct SentenceRecordTests {
    @Test("records carry original text and Unicode scalar offsets")
    func records() {
        let text = "Gen. Kim met “U.S.” envoys.\r\nThe talks ended. 🎉\n\n평양 — 회담이 끝났다."
        let records = SegmentedText(text).sentenceRecords
        #expect(records == [
            SentenceRecord(index: 0, start: 0, end: 27, text: "Gen. Kim met “U.S.” envoys."),
            SentenceRecord(index: 1, start: 29, end: 47, text: "The talks ended. 🎉"),
            SentenceRecord(index: 2, start: 49, end: 62, text: "평양 — 회담이 끝났다."),
        ])
        let scalars = Array(text.unicodeScalars)
        for record in records {
            #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
        }
    }

    @Test("a byte-order mark and leading spaces are not part of the first sentence")
    func leadingInvisible() {
        let records = SegmentedText("\u{FEFF}  \u{00A0}Seoul protested.").sentenceRecords
        #expect(records == [SentenceRecord(index: 0, start: 4, end: 20, text: "Seoul protested.")])
    }

    @Test("a sentence longer than the token limit is cut, offsets stay contiguous")
    func longSentence() {
        let words = Array(repeating: "talks", count: 450).joined(separator: " ")
        let records = SegmentedText(words + ".").sentenceRecords
        #expect(records.count == 2)
        #expect(records[0].end < records[1].start)
        #expect(records[1].text.hasSuffix("talks."))
    }
}

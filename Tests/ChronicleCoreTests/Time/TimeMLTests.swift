import Foundation
import Testing
@testable import ChronicleCore

@Suite("TimeML and scoring")
struct TimeMLTests {
    static let sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        Stocks <EVENT eid="e1">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> rise &amp; more.
        </TEXT>
        </TimeML>
        """

    @Test("reading keeps the text and the gold tags")
    func read() throws {
        let doc = try TimeMLDocument(parsing: Self.sample)
        #expect(doc.creationDate?.description == "1998-01-08")
        #expect(doc.text == "\nStocks fell on Wednesday after a five year rise &amp; more.\n")
        #expect(doc.timexes.map(\.text) == ["Wednesday", "five year"])
        #expect(doc.timexes.map(\.value) == ["1998-01-07", "P5Y"])
        let scalars = Array(doc.text.unicodeScalars)
        let first = doc.timexes[0]
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "Wednesday")
    }

    @Test("writing replaces the tags and keeps every character")
    func write() throws {
        let doc = try TimeMLDocument(parsing: Self.sample)
        let found = TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate)
        let out = doc.rendered(with: found)
        #expect(!out.contains("EVENT"))
        #expect(out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>"))
        let again = try TimeMLDocument(parsing: out)
        #expect(again.text == doc.text)
        #expect(again.timexes.count == found.count)
    }

    @Test("\"two days later\" is a date for Chronicle and the length alone in TimeML")
    func laterLength() throws {
        let text = "Talks began on March 3. Three days later the envoys left, and two weeks ago a truce held."
        let found = TemporalTagger.shared.annotate(text: text, publicationDate: CalendarDay(iso: "2019-03-20"))
        let later = try #require(found.first { $0.text == "Three days later" })
        #expect(later.value == "2019-03-06")
        #expect(later.parts.map(\.text) == ["Three days"])
        #expect(later.parts.map(\.value) == ["P3D"])
        #expect(later.parts.map(\.type) == [.duration])
        // "ago" stays inside the date, as TimeML has it
        let ago = try #require(found.first { $0.text == "two weeks ago" })
        #expect(ago.parts.isEmpty)
        let doc = try TimeMLDocument(parsing: "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2019-03-20\">x</TIMEX3></DCT><TEXT>\(text)</TEXT></TimeML>")
        let out = doc.rendered(with: TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate))
        #expect(out.contains("value=\"P3D\">Three days</TIMEX3> later"))
    }

    @Test("no TEXT element is an error")
    func malformed() {
        #expect(throws: TimeMLDocument.FormatError.self) { try TimeMLDocument(parsing: "<TimeML></TimeML>") }
    }

    @Test("scores: extents, types and values")
    func scores() throws {
        let doc = try TimeMLDocument(parsing: Self.sample)
        var score = TimexScore()
        score.add(gold: doc.timexes.map { .init(start: $0.start, end: $0.end, text: $0.text, type: $0.type, value: $0.value) },
                  system: TemporalTagger.shared.annotate(text: doc.text, publicationDate: doc.creationDate))
        #expect(score.gold == 2)
        #expect(score.strict == 2)
        #expect(score.valueCorrect == 2)
        #expect(score.valueF1 == 1)
    }

    @Test("gold texts are placed in order of appearance")
    func align() {
        let text = "Today we met. Today again, and today."
        let gold = TimexScore.align(texts: [("Today", "a"), ("Today", "b"), ("today", "c")], in: text)
        #expect(gold.map(\.start) == [0, 14, 31])
        let missing = TimexScore.align(texts: [("tomorrow", "x")], in: text)
        #expect(missing[0].start == -1)
    }
}

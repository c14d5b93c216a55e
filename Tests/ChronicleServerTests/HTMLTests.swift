import Testing
@testable import ChronicleServer

@Suite("HTML builder, highlighter, query parameters")
struct HTMLTests {
    @Test func textAndAttributesAreEscaped() {
        let evil = "\"><script>alert('x')</script>&"
        let html = element("p", ["title": evil, "hidden": "", "skipped": nil]) {
            evil
            element("br")
        }
        #expect(html.markup == "<p title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\" hidden>"
            + "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;<br></p>")
    }

    @Test func highlighterNestsAndDropsCrossingSpans() {
        let spans: [Highlighter.Span] = [
            .init(start: 0, end: 13, tag: "span", classes: "sentence", tip: nil, id: "s0"),
            .init(start: 0, end: 5, tag: "mark", classes: "actor", tip: "JPN", id: nil),
            .init(start: 4, end: 9, tag: "mark", classes: "crossing", tip: nil, id: nil),
            .init(start: 10, end: 13, tag: "mark", classes: "time", tip: "a <date>", id: nil),
        ]
        let html = Highlighter.mark("Japan met <b>", spans)
        #expect(html.markup == "<span class=\"sentence\" id=\"s0\"><mark class=\"actor\" tabindex=\"0\" title=\"JPN\" data-tip=\"JPN\">Japan</mark>"
            + " met <mark class=\"time\" tabindex=\"0\" title=\"a &lt;date&gt;\" data-tip=\"a &lt;date&gt;\">&lt;b&gt;</mark></span>")
    }

    @Test func highlighterCountsUnicodeScalars() {
        let html = Highlighter.mark("é👍 Seoul", [.init(start: 3, end: 8, tag: "mark", classes: "a", tip: nil, id: nil)])
        #expect(html.markup == "é👍 <mark class=\"a\">Seoul</mark>")
    }

    @Test func queryParametersDecodeFormsAndReencode() throws {
        let q = QueryParameters("q=two+words%21&dyad=jpn-prk&empty=&q=second")
        #expect(q.string("q") == "two words!")
        #expect(q.string("empty") == nil)
        #expect(try q.dyad("dyad")?.description == "JPN-PRK")
        #expect(q.encoded(changing: ["cursor": "12:ev-1", "empty": nil]) == "cursor=12:ev-1&dyad=jpn-prk&q=two%20words%21")
    }
}

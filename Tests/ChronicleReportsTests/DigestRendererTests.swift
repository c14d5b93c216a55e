import ChronicleCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChronicleReports

@Suite struct DigestRendererTests {
    let renderer = DigestRenderer()

    @Test(arguments: DigestFormat.allCases)
    func matchesGoldenFile(_ format: DigestFormat) throws {
        let output = renderer.render(DigestFixtures.dyad, as: format)
        let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let url = goldenDir.appendingPathComponent("jpn-prk.\(format.fileExtension)")
        if ProcessInfo.processInfo.environment["CHRONICLE_UPDATE_GOLDEN"] != nil {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "digest \(format) differs from \(url.path); rerun with CHRONICLE_UPDATE_GOLDEN=1 after checking")
    }

    @Test func htmlEscapesArticleTextAndDropsUnsafeLinks() {
        let html = renderer.render(DigestFixtures.dyad, as: .html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Pyongyang</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;pressure&quot; &amp; called"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<cite>&lt;b&gt;Pyongyang&lt;/b&gt; &amp; Tokyo</cite>"))
    }

    @Test func htmlIsWellFormed() throws {
        let html = renderer.render(DigestFixtures.dyad, as: .html)
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        let delegate = ElementCounter()
        parser.delegate = delegate
        let ok = parser.parse()
        #expect(ok, "HTML digest is not well-formed: \(String(describing: parser.parserError))")
        #expect(delegate.names["svg"] == 3)          // two directions' bars and the Goldstein line
        #expect(delegate.names["li"] == 4)           // four merged events
        #expect(delegate.names["blockquote"] == 5)   // five reports
        #expect(delegate.names["script"] == nil)
    }

    @Test func markdownEscapesMarkup() {
        let md = renderer.render(DigestFixtures.dyad, as: .md)
        #expect(md.contains("\\<script\\>"))
        #expect(!md.contains("javascript:"))
        #expect(md.contains("## Chronology"))
        #expect(md.contains("**Prime Minister Shinzo Abe**"))
    }

    @Test func csvQuotesAndNeutralizesFormulas() {
        let csv = renderer.render(DigestFixtures.dyad, as: .csv)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("id,date,date_start"))
        #expect(Escaping.csv("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(Escaping.csv("-2.0") == "-2.0")
        #expect(Escaping.csv("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }

    @Test func jsonCarriesTheSameContent() throws {
        let json = renderer.render(DigestFixtures.dyad, as: .json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["event_count"] as? Int == 4)
        #expect(object?["document_count"] as? Int == 5)
        let directions = object?["directions"] as? [[String: Any]]
        #expect(directions?.count == 2)
        #expect((directions?[0]["balance"] as? [String])?.first?.hasPrefix("Of Japan's 3 acts") == true)
    }

    @Test func chartsThinMonthLabelsSoTheyDoNotOverlap() {
        var months = [String]()
        var day = CalendarDay(iso: "2010-01-01")!
        for _ in 0..<120 { months.append(String(day.description.prefix(7))); day = day.adding(months: 1) }
        let direction = DigestSummary(DigestFixtures.dyad).directions[0]
        let svg = SVGChart.stackedBars(direction, months: months, title: "t")
        let labels = svg.components(separatedBy: "text-anchor=\"middle\"").count - 1
        #expect(labels > 5 && labels <= 13)
    }
}

private final class ElementCounter: NSObject, XMLParserDelegate {
    var names = [String: Int]()
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        names[elementName, default: 0] += 1
    }
}

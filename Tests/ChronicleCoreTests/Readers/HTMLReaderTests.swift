import Foundation
import Testing
@testable import ChronicleCore

@Suite struct HTMLReaderTests {
    private func page(_ fixture: String) throws -> HTMLReader.Page {
        let data = try Data(contentsOf: URL(fileURLWithPath: ReaderFixtures.path(fixture)))
        return HTMLReader.read(bytes: Array(data))
    }

    @Test func articleKeepsTheStoryAndDropsFurniture() throws {
        let page = try page("html/article.html")
        #expect(page.text.hasPrefix("SEOUL, March 6 \u{2014} A South Korean delegation returned"))
        #expect(page.text.contains("Kim Jong-un had agreed to a summit with President Moon Jae-in"))
        #expect(page.text.contains("Panmunjom\u{A0}village."))
        #expect(page.text.contains("called the news \u{201C}a step\u{201D} & urged caution.\nMore talks are expected."))
        for furniture in ["Share on", "World", "Related:", "comments", "Great news", "newsletter", "©",
                          "not text", "hidden", "color:", "trackView", "Home"] {
            #expect(!page.text.contains(furniture), "\(furniture) must not be in the main text")
        }
        let paragraphs = page.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
    }

    @Test func articleMetadata() throws {
        let page = try page("html/article.html")
        #expect(page.title == "Envoys of the two Koreas meet at the truce village")   // og:title
        #expect(page.date == CalendarDay(iso: "2018-03-06"))                          // JSON-LD
        #expect(page.author == "Han Da-eun")                                           // "By " removed
        #expect(page.url == "https://ledger.example/news/envoys-meet")                 // canonical
        #expect(page.siteName == "The Peninsula Ledger")
    }

    @Test func malformedMarkupStillReads() throws {
        let page = try page("html/malformed.html")
        #expect(page.title == "Talks & tensions")
        #expect(page.date == CalendarDay(iso: "2017-09-04"))
        #expect(page.text.contains("The council met on Monday and heard strong words from several envoys."))
        #expect(page.text.contains("opposed the test & also"))
        #expect(page.text.contains("A literal aside kept as text."))
        #expect(page.text.contains("Russia urged calm \u{2014} and dialogue."))
        #expect(page.text.hasSuffix("the story ends with a note about the next meeting."))
        #expect(!page.text.contains("editor's note"))
        #expect(!page.text.contains("first!"))
        #expect(!page.text.contains("Nothing here is shown"))
    }

    @Test func timeElementAndTitleTag() throws {
        let page = try page("html/time-only.html")
        #expect(page.date == CalendarDay(iso: "2018-04-27"))
        #expect(page.title == "Leaders pledge a nuclear-free peninsula")
        #expect(page.text.hasPrefix("The two leaders signed"))
        #expect(!page.text.contains("Search"))
    }

    @Test func datePriorities() {
        let html = """
            <meta property="article:modified_time" content="2018-06-20">
            <meta name="date" content="2018-06-14">
            <meta property="article:published_time" content="2018-06-13T23:00:00-04:00">
            <p>Text.</p>
            """
        #expect(HTMLReader.read(html).date == CalendarDay(iso: "2018-06-13"))
        let modifiedOnly = #"<meta property="article:modified_time" content="2018-06-20"><p>Text.</p>"#
        #expect(HTMLReader.read(modifiedOnly).date == CalendarDay(iso: "2018-06-20"))
        let itemprop = #"<span itemprop="datePublished" content="2019-02-27"></span><time datetime="2019-03-01">x</time><p>T.</p>"#
        #expect(HTMLReader.read(itemprop).date == CalendarDay(iso: "2019-02-27"))
        let graph = #"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-02-28","author":[{"name":"A B"},{"name":"C D"}]}]}</script><p>T.</p>"#
        let page = HTMLReader.read(graph)
        #expect(page.date == CalendarDay(iso: "2019-02-28"))
        #expect(page.author == "A B, C D")
    }

    @Test func titleFallsBackFromH1ToTitle() {
        #expect(HTMLReader.read("<title>Tab title</title><h1>Page <em>heading</em></h1><p>x</p>").title == "Page heading")
        #expect(HTMLReader.read("<title> Tab\n title </title><p>x</p>").title == "Tab title")
        let site = #"<meta property="og:site_name" content="The Ledger"><title>Talks resume | The Ledger</title><p>x</p>"#
        #expect(HTMLReader.read(site).title == "Talks resume")
        let first = #"<meta property="og:site_name" content="The Ledger"><title>The Ledger - Talks resume</title><p>x</p>"#
        #expect(HTMLReader.read(first).title == "Talks resume")
        #expect(HTMLReader.read("<title>Talks resume | Other</title><p>x</p>").title == "Talks resume | Other")
    }

    @Test func largestArticleContainerWins() {
        let html = """
            <body><article><p>Teaser one.</p></article>
            <article><p>\(String(repeating: "The real story goes on at length. ", count: 12))</p></article>
            <div class="sidebar"><p>Most read</p></div></body>
            """
        let text = HTMLReader.read(html).text
        #expect(text.hasPrefix("The real story"))
        #expect(!text.contains("Teaser"))
    }

    @Test func everythingHiddenFallsBackToVisibleText() {
        // An unclosed <nav> would hide the story; the reader then keeps all visible text.
        let text = HTMLReader.read("<nav>Menu<p>The envoy arrived in Seoul.</p><script>x()</script>").text
        #expect(text.contains("The envoy arrived in Seoul."))
        #expect(!text.contains("x()"))
    }

    @Test func preservesPreformattedLines() {
        let text = HTMLReader.read("<pre>Line one\n  Line two</pre><p>After</p>").text
        #expect(text == "Line one\n  Line two\n\nAfter")
    }

    @Test func furnitureWordsAreWholeWords() {
        // "commentary" is not "comment"; "shared-history" is not a share widget... but "share" is a word of it.
        let text = HTMLReader.read(#"<div class="commentary-body"><p>Analysis text.</p></div><div class="share"><p>Tweet</p></div>"#).text
        #expect(text == "Analysis text.")
    }

    @Test func bylineElementGivesTheAuthorWhenMetadataDoesNot() {
        let html = #"<article><p class="byline">By Ana Ruiz and Li Wei &middot; <time datetime="2019-06-21">21 June</time></p><p>Story.</p></article>"#
        let page = HTMLReader.read(html)
        #expect(page.author == "Ana Ruiz and Li Wei")
        #expect(page.text == "Story.")
        #expect(page.date == CalendarDay(iso: "2019-06-21"))
        let meta = #"<meta name="author" content="Meta Name"><div class="author">Other Name</div><p>Story.</p>"#
        #expect(HTMLReader.read(meta).author == "Meta Name")
    }
}

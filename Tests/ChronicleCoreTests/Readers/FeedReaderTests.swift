import Foundation
import Testing
@testable import ChronicleCore

@Suite struct FeedReaderTests {
    private func read(_ fixture: String) throws -> [Result<Document, DocumentReadError>] {
        let data = try Data(contentsOf: URL(fileURLWithPath: ReaderFixtures.path(fixture)))
        return ReaderFixtures.read(Array(data), name: fixture)
    }

    @Test func rss() throws {
        let results = try read("feeds/news.rss")
        #expect(results.count == 3)
        let first = try results[0].get()
        #expect(first.id == "wire-2018-0526-001")
        #expect(first.title == "Moon and Kim meet for a second time")
        #expect(first.publicationDate == CalendarDay(iso: "2018-05-26"))
        #expect(first.author == "Oh Se-ra")
        #expect(first.source == "Peninsula Wire")
        #expect(first.url == "https://wire.example/2018/05/26/second-meeting")
        #expect(first.text == "The two leaders met at the northern side of Panmunjom on Saturday.\n\nMoon said Kim remained committed to a summit with Trump.")
        #expect(first.origin.line == 1)

        let second = try results[1].get()
        #expect(second.id == "feeds/news#2")                  // no guid: file id and item number
        #expect(second.title == "Trump & Kim summit back on")
        #expect(second.publicationDate == CalendarDay(iso: "2018-06-01"))
        #expect(second.author == "Lee Jun-ho")
        #expect(second.text.hasPrefix("The president said the June 12 meeting"))
        #expect(second.text.contains("\n\nHe met a senior North Korean envoy"))

        let third = try #require(results[2].failure)
        #expect(third.code == .invalidField)
        #expect(third.line == 3)
        #expect(third.message.contains("item 3 has no text"))
    }

    @Test func atom() throws {
        let results = try read("feeds/news.atom")
        let docs = results.compactMap { try? $0.get() }
        #expect(docs.count == 2)
        #expect(docs[0].id == "allied.example-2018-remains-55")
        #expect(docs[0].title == "Remains of war dead returned")
        #expect(docs[0].publicationDate == CalendarDay(iso: "2018-07-27"))    // published, not updated
        #expect(docs[0].author == "Grace Yoon")
        #expect(docs[0].url == "https://allied.example/2018/07/27/remains")
        #expect(docs[0].text == "North Korea handed over 55 boxes of remains on Friday.\n\nA US plane carried them to Osan air base.")
        #expect(docs[0].source == "Allied Desk")
        #expect(docs[1].publicationDate == CalendarDay(iso: "2018-07-06"))    // updated when nothing else
        #expect(docs[1].url == "https://allied.example/2018/07/06/pompeo")
        #expect(docs[1].text == "The secretary of state will travel to Pyongyang this week.")
    }

    @Test func notXML() throws {
        let results = try read("feeds/not-xml.rss")
        #expect(results.count == 1)
        let error = try #require(results[0].failure)
        #expect(error.code == .notXML)
        #expect(error.message.contains("not XML"))
        #expect(error.path == "feeds/not-xml.rss")
    }

    @Test func xmlThatIsNotAFeed() throws {
        let error = try #require(ReaderFixtures.read("<?xml version=\"1.0\"?><catalog><book/></catalog>",
                                                     name: "c.xml").first?.failure)
        #expect(error.code == .malformedFeed)
        #expect(error.message.contains("<catalog>"))
    }

    @Test func truncatedFeedKeepsItsItems() throws {
        let rss = "<rss><channel><title>W</title><item><title>A</title><description>Text one.</description></item><item><title>B"
        let results = ReaderFixtures.read(rss, name: "cut.rss")
        #expect(try results[0].get().text == "Text one.")
        #expect(results.last?.failure?.code == .malformedFeed)
        #expect(results.last?.failure?.message.contains("truncated") == true)
    }

    @Test func feedWithoutItems() {
        let results = ReaderFixtures.read("<rss><channel><title>Quiet</title></channel></rss>", name: "q.rss")
        #expect(results.count == 1)
        #expect(results[0].failure?.code == .empty)
    }

    @Test func sniffedFromStandardInputBytes() throws {
        let rss = "<?xml version=\"1.0\"?>\n<rss><channel><item><guid>g-1</guid><description>Seoul and Tokyo talked.</description></item></channel></rss>"
        let results = DocumentReader().documents(in: Array(rss.utf8), path: "-", id: "stdin")
        #expect(try results[0].get().id == "g-1")
    }
}

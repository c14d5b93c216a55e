import ChronicleCore
import ChronicleStore
import Testing

/// One suite, every backend: the same documents give the same answers.
@Suite("Store conformance")
struct StoreConformanceTests {
    typealias F = Fixtures

    func loaded(_ backend: Backend) async throws -> any EventStore {
        let store = try await backend.makeStore()
        for doc in F.corpus { #expect(try await store.store(doc) == .inserted) }
        return store
    }

    @Test("Ingest is idempotent; a changed document replaces its events", arguments: Backend.available)
    func idempotence(backend: Backend) async throws {
        let store = try await loaded(backend)
        let before = try await store.canonicalDump()
        for doc in F.corpus { #expect(try await store.store(doc) == .unchanged) }
        #expect(try await store.canonicalDump() == before)

        // The KCNA report is corrected: its meeting is now dated the 19th.
        var changed = F.corpus[1]
        changed.document.text += "(corrected)"
        changed.events[0].dateStart = CalendarDay(iso: "2018-06-19")
        changed.events[0].dateEnd = CalendarDay(iso: "2018-06-19")
        changed.events[0].date = "2018-06-19"
        #expect(try await store.store(changed) == .replaced)
        let page = try await store.events(EventQuery(dyad: Dyad("USA", "PRK"), root: "04"))
        #expect(page.events.map(\.mentionCount) == [1, 2])
        #expect(page.events.map { $0.record.date } == ["2018-06-12", "2018-06-19"])
        #expect(try await store.contentHash(documentID: changed.document.id) == ContentHash.of(changed.document))

        // Storing the original again restores the original database exactly.
        #expect(try await store.store(F.corpus[1]) == .replaced)
        #expect(try await store.canonicalDump() == before)
        try await store.close()
    }

    @Test("A document coded by another coder version replaces the stored one", arguments: Backend.available)
    func recodedByNewCoder(backend: Backend) async throws {
        let store = try await loaded(backend)
        let before = try await store.canonicalDump()
        var recoded = F.corpus[1]
        recoded.coderVersion = "r9-test"
        #expect(try await store.store(recoded) == .replaced)
        #expect(try await store.contentHash(documentID: recoded.document.id)
                == ContentHash.of(recoded.document, coderVersion: "r9-test"))
        #expect(try await store.store(recoded) == .unchanged)
        // The same events coded again leave the same database, but for the document's hash.
        let oldHash = ContentHash.of(F.corpus[1]), newHash = ContentHash.of(recoded)
        #expect(try await store.canonicalDump().filter { !$0.contains(newHash) } == before.filter { !$0.contains(oldHash) })
        try await store.close()
    }

    @Test("Merged timeline of a dyad with mention counts and sources", arguments: Backend.available)
    func timeline(backend: Backend) async throws {
        let store = try await loaded(backend)
        let page = try await store.events(EventQuery(dyad: Dyad("PRK", "USA")))
        #expect(page.next == nil)
        #expect(page.events.map { $0.record.cameo } == ["040", "112", "040"])
        let summit = page.events[0]
        #expect(summit.mentionCount == 2)
        #expect(summit.record.date == "2018-06-12")
        #expect(summit.documentIDs == ["kcna-0614", "yonhap-0613"])
        #expect(summit.sources == ["KCNA", "Yonhap"])
        #expect(page.events[2].sources == ["Kyodo", "NHK"])

        // Japan–Korea: the visit and the hosting merged into one consultation.
        let jk = try await store.events(EventQuery(dyad: Dyad("KOR", "JPN")))
        #expect(jk.events.count == 1)
        #expect(jk.events[0].mentionCount == 2)
        #expect(jk.events[0].record.cameo == "042")

        // A country: every event it takes part in, undated last.
        let japan = try await store.events(EventQuery(country: "JPN"))
        #expect(japan.events.map { $0.record.cameo } == ["042", "130", "190"])
        #expect(japan.events.last?.record.date == nil)
        try await store.close()
    }

    @Test("Filters: period, root, mode, source, evidence words", arguments: Backend.available)
    func filters(backend: Backend) async throws {
        let store = try await loaded(backend)
        func cameos(_ q: EventQuery) async throws -> [String] {
            try await store.events(q).events.map { $0.record.cameo }
        }
        #expect(try await cameos(EventQuery(dyad: Dyad("USA", "PRK"), from: CalendarDay(iso: "2018-06-13"))) == ["112", "040"])
        #expect(try await cameos(EventQuery(dyad: Dyad("USA", "PRK"), to: CalendarDay(iso: "2018-06-12"))) == ["040"])
        #expect(try await cameos(EventQuery(country: "PRK", root: "13")) == ["130"])
        #expect(try await cameos(EventQuery(country: "PRK", mode: .negated)) == [])
        #expect(try await cameos(EventQuery(country: "PRK", source: "nhk")) == ["040"])
        #expect(try await cameos(EventQuery(country: "PRK", source: "KCNA")) == ["040"])
        #expect(try await cameos(EventQuery(text: "SECRET meeting")) == ["042"])
        #expect(try await cameos(EventQuery(text: "100%")) == [])
        try await store.close()
    }

    @Test("Pages follow the cursor without gaps or repeats", arguments: Backend.available)
    func pagination(backend: Backend) async throws {
        let store = try await loaded(backend)
        let all = try await store.events(EventQuery(limit: 100)).events
        #expect(all.count == 6)
        var seen: [String] = []
        var query = EventQuery(limit: 4)
        query.limit = 2
        while true {
            let page = try await store.events(query)
            seen += page.events.map(\.id)
            guard let next = page.next else { break }
            query.cursor = next
        }
        #expect(seen == all.map(\.id))
        await #expect(throws: StoreError.self) {
            try await store.events(EventQuery(cursor: "garbage"))
        }
        try await store.close()
    }

    @Test("Event detail lists every report with its document and reporters", arguments: Backend.available)
    func detail(backend: Backend) async throws {
        let store = try await loaded(backend)
        let summit = try #require(try await store.events(EventQuery(dyad: Dyad("USA", "PRK"))).events.first)
        let detail = try #require(try await store.eventDetail(id: summit.id))
        #expect(detail.event == summit)
        #expect(detail.mentions.map(\.documentID) == ["yonhap-0613", "kcna-0614"])
        #expect(detail.mentions[0].documentSource == "Yonhap")
        #expect(detail.mentions[0].publicationDate == CalendarDay(iso: "2018-06-13"))
        #expect(detail.mentions[1].evidence.hasPrefix("The supreme leader"))
        #expect(detail.mentions[1].record.date == "2018-06")
        #expect(try await store.eventDetail(id: "ev-missing") == nil)
        try await store.close()
    }

    @Test("Full-text search finds sentences and their events", arguments: Backend.available)
    func search(backend: Backend) async throws {
        let store = try await loaded(backend)
        let hits = try await store.search(SentenceQuery("secret meeting"))
        #expect(hits.map(\.documentID) == ["kcna-0614", "asahi-0621"])
        #expect(hits[0].events.isEmpty)
        #expect(hits[1].events.map { $0.record.cameo } == ["042"])
        #expect(hits[1].sentence.text.hasPrefix("Seoul hosted"))
        let later = try await store.search(SentenceQuery("secret meeting", from: CalendarDay(iso: "2018-06-15")))
        #expect(later.map(\.documentID) == ["asahi-0621"])
        #expect(try await store.search(SentenceQuery("meetings")).count == 3)
        #expect(try await store.search(SentenceQuery("\"); DROP TABLE")).isEmpty)
        try await store.close()
    }

    @Test("Trend, balance, dyads and stats", arguments: Backend.available)
    func aggregates(backend: Backend) async throws {
        let store = try await loaded(backend)
        let trend = try await store.trend(TrendQuery(Dyad("USA", "PRK"), by: .month))
        #expect(trend.map(\.period) == ["2018-06", "2018-06"])
        #expect(trend[0].source == "PRK" && trend[0].quadCounts == [0, 0, 1, 0] && trend[0].goldsteinSum == -2)
        #expect(trend[1].source == "USA" && trend[1].count == 2 && trend[1].goldsteinMean == 1)
        let quarters = try await store.trend(TrendQuery(Dyad("JPN", "PRK"), by: .quarter))
        #expect(quarters.map(\.period) == ["2018-Q3"])

        let prk = try await store.balance(BalanceQuery("PRK"))
        // PRK's acts: the criticism, the threat, and the two meetings (symmetric).
        #expect(prk.quadCounts == [2, 0, 2, 0])
        let japanToKorea = try await store.balance(BalanceQuery("KOR", toward: "JPN"))
        #expect(japanToKorea.quadCounts == [1, 0, 0, 0])
        #expect(japanToKorea.verbalShare == 1)

        let dyads = try await store.dyads(from: nil, to: nil, limit: 2)
        #expect(dyads.map(\.dyad.key) == ["PRK-USA", "JPN-PRK"])
        #expect(dyads[0].events == 3 && dyads[0].mentions == 4)

        let stats = try await store.stats()
        #expect(stats.documents == 4 && stats.sentences == 9 && stats.eventMentions == 8 && stats.events == 6)
        #expect(stats.actorMentions == 4 && stats.timeExpressions == 4)
        #expect(stats.firstDay == CalendarDay(iso: "2018-06-12") && stats.lastDay == CalendarDay(iso: "2018-07-02"))

        let doc = try #require(try await store.document(id: "asahi-0621"))
        #expect(doc.sentenceCount == 3 && doc.mentionCount == 3 && doc.document.source == "Asahi")
        #expect(try await store.documents(limit: 2).map(\.document.id) == ["asahi-0621", "kyodo-0620"])
        try await store.close()
    }

    @Test("Any storing order gives the same database, and every backend the same one",
          arguments: Backend.available)
    func orderIndependence(backend: Backend) async throws {
        let reference = try await Backend.memory.makeStore()
        for doc in F.corpus { _ = try await reference.store(doc) }
        let expected = try await reference.canonicalDump()

        let store = try await backend.makeStore()
        for doc in F.corpus.reversed() { _ = try await store.store(doc) }
        // Remove a document by replacing it with an empty version, then restore it.
        var emptied = F.corpus[0]
        emptied.events = []
        emptied.document.text = ""
        _ = try await store.store(emptied)
        _ = try await store.store(F.corpus[0])
        #expect(try await store.canonicalDump() == expected)
        try await store.close()
    }
}

import ChronicleCore
import ChroniclePostgres
import ChronicleSQLite
import ChronicleStore
import Testing

/// The document reads of every backend: metadata without text, and the annotations the
/// document page shows.
extension StoreConformanceTests {
    /// A document with a link, an author, two temporal expressions, two actor mentions and one
    /// explained event, after the summit corpus.
    static var annotated: CodedDocument {
        let text = "Tokyo said on Monday that its envoy met the Korean minister. Talks resume in May."
        var event = Fixtures.event("n1", "JPN", "KOR", "040", "2018-06-25",
                                   text: "Tokyo said on Monday that its envoy met the Korean minister.")
        event.doc = "nhk-0626"
        event.span = [0, 60]
        event.explanation = EventExplanation(event: "n1", pattern: "V0400", rule: "verb+reported",
                                             source: [26, 35], verb: [36, 39], target: [40, 59], date: [14, 20])
        let document = Document(id: "nhk-0626", text: text, publicationDate: CalendarDay(iso: "2018-06-26"),
                                title: "Envoys meet", author: "A. Writer", source: "NHK",
                                url: "https://example.org/nhk/0626")
        return CodedDocument(
            document: document,
            sentences: [SentenceRecord(index: 0, start: 0, end: 60, text: String(text.prefix(60))),
                        SentenceRecord(index: 1, start: 61, end: 81, text: "Talks resume in May.")],
            times: [TimeRecord(text: "Monday", start: 14, end: 20, type: "DATE", value: "2018-06-25", mod: nil,
                               anchor: "publication"),
                    TimeRecord(text: "May", start: 77, end: 80, type: "DATE", value: "2019-05", mod: nil,
                               anchor: "narrative")],
            actors: [ActorMentionRecord(text: "Tokyo", start: 0, end: 5, country: "JPN", sector: "GOV", role: nil,
                                        name: nil, code: "JPNGOV", how: "metonymy"),
                     ActorMentionRecord(text: "the Korean minister", start: 40, end: 59, country: "KOR",
                                        sector: "GOV", role: "minister", name: nil, code: "KORGOV", how: "role")],
            events: [event])
    }

    @Test("Document metadata: in the order asked, unknown ids left out, no text", arguments: Backend.available)
    func documentMetadata(backend: Backend) async throws {
        let store = try await backend.makeStore()
        for doc in Fixtures.corpus + [Self.annotated] { _ = try await store.store(doc) }
        let meta = try await store.documentMetadata(ids: ["nhk-0626", "missing", "yonhap-0613"])
        #expect(meta.map(\.id) == ["nhk-0626", "yonhap-0613"])
        #expect(meta[0] == DocumentMetadata(id: "nhk-0626", title: "Envoys meet", author: "A. Writer", source: "NHK",
                                            url: "https://example.org/nhk/0626",
                                            publicationDate: CalendarDay(iso: "2018-06-26"),
                                            contentHash: ContentHash.of(Self.annotated.document)))
        #expect(meta[1].source == "Yonhap" && meta[1].url == nil)
        // The same as the metadata of the whole documents, for many ids at once (more than a batch).
        let ids = (0..<1200).map { "nope-\($0)" } + ["kcna-0614", "asahi-0621"]
        let whole = try await store.documents(ids: ["kcna-0614", "asahi-0621"]).map(DocumentMetadata.init)
        #expect(try await store.documentMetadata(ids: ids) == whole)
        #expect(try await store.documentMetadata(ids: []).isEmpty)
        try await store.close()
    }

    @Test("Annotations: stored sentences, times, actors and reports with their events",
          arguments: Backend.available)
    func annotations(backend: Backend) async throws {
        let store = try await backend.makeStore()
        for doc in Fixtures.corpus + [Self.annotated] { _ = try await store.store(doc) }
        let notes = try #require(try await store.annotations(documentID: "nhk-0626"))
        let coded = Self.annotated
        #expect(notes.documentID == "nhk-0626")
        #expect(notes.sentences == coded.sentences)
        #expect(notes.times == coded.times)
        #expect(notes.actors == coded.actors)
        #expect(notes.reports.map(\.ordinal) == [0])
        #expect(notes.reports[0].record == coded.events[0])
        #expect(notes.reports[0].record.explanation?.verb == [36, 39])
        let merged = try await store.events(EventQuery(dyad: Dyad("JPN", "KOR"), root: "04")).events
        #expect(notes.reports[0].eventID == merged.first { $0.documentIDs.contains("nhk-0626") }?.id)
        #expect(notes.reports[0].eventID != nil)

        // Reports keep the coder's order and point at merged events shared with other documents.
        let yonhap = try #require(try await store.annotations(documentID: "yonhap-0613"))
        #expect(yonhap.reports.map { $0.record.cameo } == ["040", "112"])
        let kcna = try #require(try await store.annotations(documentID: "kcna-0614"))
        #expect(kcna.reports.first?.eventID == yonhap.reports.first?.eventID)
        #expect(kcna.sentences.count == 2 && kcna.times.count == 1 && kcna.actors.first?.how == "metonymy")
        #expect(try await store.annotations(documentID: "missing") == nil)
        try await store.close()
    }

    @Test("Batched event details equal one-at-a-time details, in the order asked", arguments: Backend.available)
    func batchedDetails(backend: Backend) async throws {
        let store = try await loaded(backend)
        let ids = try await store.events(EventQuery(limit: 100)).events.map(\.id).reversed()
        var single: [EventDetail] = []
        for id in ids { single.append(try #require(try await store.eventDetail(id: id))) }
        let asked = Array(ids) + ["ev-missing"] + (0..<600).map { "ev-none-\($0)" }
        #expect(try await store.eventDetails(ids: asked) == single)
        let mentions = try await store.eventMentions(eventIDs: asked)
        #expect(mentions == Dictionary(uniqueKeysWithValues: single.map { ($0.event.id, $0.mentions) }))
        #expect(mentions.values.allSatisfy { !$0.isEmpty })
        try await store.close()
    }
}

/// The maintained monthly aggregates (`dyad_months` in the SQL backends) against the events.
extension StoreConformanceTests {
    @Test("Whole-range trends equal trends grouped from the events, after replacements",
          arguments: Backend.available)
    func maintainedTrends(backend: Backend) async throws {
        let store = try await loaded(backend)
        _ = try await store.store(Self.annotated)
        // Move the KCNA report's meeting to July, then to another dyad's month, then back.
        var changed = Fixtures.corpus[1]
        changed.document.text += "(corrected)"
        changed.events[0].dateStart = CalendarDay(iso: "2018-07-19")
        changed.events[0].dateEnd = CalendarDay(iso: "2018-07-19")
        changed.events[0].date = "2018-07-19"
        var moved = changed
        moved.document.text += "(again)"
        moved.events[0].target = ActorRef(text: "Japan", country: "JPN", code: "JPN")
        let far = (CalendarDay(iso: "1900-01-01"), CalendarDay(iso: "2100-12-31"))
        for version in [changed, moved, Fixtures.corpus[1], moved] {
            _ = try await store.store(version)
            for dyad in try await store.dyads(from: nil, to: nil, limit: 100).map(\.dyad) + [Dyad("USA", "PRK")] {
                let whole = try await store.trend(TrendQuery(dyad, by: .month))
                let grouped = try await store.trend(TrendQuery(dyad, by: .month, from: far.0, to: far.1))
                #expect(whole == grouped, "\(dyad.key)")
            }
        }
        let usa = try await store.trend(TrendQuery(Dyad("USA", "PRK"), by: .month))
        #expect(usa.map(\.count).reduce(0, +) == 3)
        if let sqlite = store as? SQLiteEventStore {
            #expect(try await sqlite.rows(StoreSQL.allDyadMonths).allSatisfy { ($0[5].intValue ?? 0) > 0 })
        }
        if let postgres = store as? PostgresEventStore {
            #expect(try await postgres.rows(StoreSQL.allDyadMonths).allSatisfy { ($0[5].intValue ?? 0) > 0 })
        }
        try await store.close()
    }
}

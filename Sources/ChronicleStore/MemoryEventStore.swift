import ChronicleCore

/// An ``EventStore`` in memory: the reference implementation the conformance suite checks
/// the SQL backends against, and a store for tests.
///
/// Every method runs without suspension inside the actor, so each `store` is atomic.
///
/// ```swift
/// let store = MemoryEventStore()
/// try await store.migrate()
/// ```
public actor MemoryEventStore: EventStore {
    private struct DocumentRow {
        var coded: CodedDocument
        var hash: String
    }

    private var documentRows: [String: DocumentRow] = [:]
    private var mentionRows: [MentionRowKey: StoredMention] = [:]
    private var eventRows: [String: MergedEvent] = [:]

    /// Creates an empty store.
    public init() {}

    public func migrate() async throws {}

    public func close() async throws {}

    public func contentHash(documentID: String) async throws -> String? {
        documentRows[documentID]?.hash
    }

    public func store(_ coded: CodedDocument) async throws -> IngestOutcome {
        let document = coded.document
        let hash = ContentHash.of(coded)
        let previous = documentRows[document.id]
        if previous?.hash == hash { return .unchanged }
        let removed = mentionRows.values.filter { $0.documentID == document.id }
        for mention in removed { mentionRows[mention.rowKey] = nil }
        var stored = coded
        stored.document.origin = DocumentOrigin()
        documentRows[document.id] = DocumentRow(coded: stored, hash: hash)
        let added = coded.events.enumerated().map { ordinal, record in
            StoredMention(documentID: document.id, ordinal: ordinal, record: record,
                          documentSource: document.source)
        }
        for mention in added { mentionRows[mention.rowKey] = mention }

        var builder = MergeRegionBuilder(added: added, removed: removed)
        while let fetch = builder.next() {
            builder.receive(fetch, rows(for: fetch))
        }
        let plan = EventClusterer.cluster(builder.mentions)
        for id in builder.oldEventIDs { eventRows[id] = nil }
        for event in plan.events { eventRows[event.id] = event }
        for (key, event) in plan.assignments { mentionRows[key]?.eventID = event }
        return previous == nil ? .inserted : .replaced
    }

    private func rows(for fetch: MergeFetch) -> [StoredMention] {
        switch fetch {
        case let .window(key, starts):
            return mentionRows.values.filter {
                $0.mergeKey == key && ($0.precision == .fine || $0.precision == .medium)
                    && starts.contains($0.interval!.lowerBound)
            }
        case let .exact(key, interval):
            return mentionRows.values.filter {
                $0.mergeKey == key && $0.precision == .long && $0.interval == interval
            }
        case let .events(ids):
            let wanted = Set(ids)
            return mentionRows.values.filter { $0.eventID.map(wanted.contains) ?? false }
        }
    }

    private func storedDocument(_ row: DocumentRow) -> StoredDocument {
        StoredDocument(document: row.coded.document, contentHash: row.hash,
                       sentenceCount: row.coded.sentences.count,
                       mentionCount: row.coded.events.count)
    }

    public func document(id: String) async throws -> StoredDocument? {
        documentRows[id].map(storedDocument)
    }

    public func documents(limit: Int) async throws -> [StoredDocument] {
        let sorted = documentRows.values.sorted { l, r in
            let ld = EventSortKey.dayNumber(l.coded.document.publicationDate)
            let rd = EventSortKey.dayNumber(r.coded.document.publicationDate)
            let lDay = ld == EventSortKey.undated ? Int.min : ld
            let rDay = rd == EventSortKey.undated ? Int.min : rd
            return lDay != rDay ? lDay > rDay : l.coded.document.id < r.coded.document.id
        }
        return sorted.prefix(max(0, limit)).map(storedDocument)
    }

    private func evidence(of eventID: String) -> [String] {
        mentionRows.values.filter { $0.eventID == eventID }.map(\.record.text)
    }

    public func events(_ query: EventQuery) async throws -> EventPage {
        let cursor = try query.cursor.map(EventCursor.init(parsing:))
        let matching = eventRows.values.filter { event in
            if let cursor {
                let day = EventSortKey.dayNumber(event.record.dateStart)
                if day < cursor.day || (day == cursor.day && event.id <= cursor.id) { return false }
            }
            return EventFilter.matches(event, query, evidence: evidence(of: event.id))
        }.sorted(by: Self.timelineOrder)
        let limit = max(1, query.limit)
        let page = Array(matching.prefix(limit))
        let next = matching.count > limit ? page.last.map {
            EventCursor(day: EventSortKey.dayNumber($0.record.dateStart), id: $0.id).description
        } : nil
        return EventPage(events: page, next: next)
    }

    static func timelineOrder(_ l: MergedEvent, _ r: MergedEvent) -> Bool {
        let ld = EventSortKey.dayNumber(l.record.dateStart), rd = EventSortKey.dayNumber(r.record.dateStart)
        return ld != rd ? ld < rd : l.id < r.id
    }

    public func eventDetail(id: String) async throws -> EventDetail? {
        guard let event = eventRows[id] else { return nil }
        let mentions = mentionRows.values.filter { $0.eventID == id }.map { m in
            let document = documentRows[m.documentID]?.coded.document
            return (m, EventMention(
                documentID: m.documentID, documentTitle: document?.title,
                documentSource: document?.source, publicationDate: document?.publicationDate,
                sentenceIndex: m.record.sentenceIndex, span: m.record.span, evidence: m.record.text,
                reportedBy: m.record.reportedBy, record: m.record))
        }.sorted { l, r in
            let ld = EventSortKey.dayNumber(l.1.publicationDate), rd = EventSortKey.dayNumber(r.1.publicationDate)
            if ld != rd { return ld < rd }
            if l.0.documentID != r.0.documentID { return l.0.documentID < r.0.documentID }
            return l.0.ordinal < r.0.ordinal
        }.map(\.1)
        return EventDetail(event: event, mentions: mentions)
    }

    public func annotations(documentID id: String) async throws -> DocumentAnnotations? {
        guard let row = documentRows[id] else { return nil }
        let reports = mentionRows.values.filter { $0.documentID == id }.sorted { $0.ordinal < $1.ordinal }
            .map { DocumentAnnotations.Report(ordinal: $0.ordinal, eventID: $0.eventID, record: $0.record) }
        return DocumentAnnotations(documentID: id, sentences: row.coded.sentences, times: row.coded.times,
                                   actors: row.coded.actors, reports: reports)
    }

    public func search(_ query: SentenceQuery) async throws -> [SentenceHit] {
        let words = query.words.map(WordStem.stem)
        guard !words.isEmpty else { return [] }
        var hits: [SentenceHit] = []
        for row in documentRows.values {
            let document = row.coded.document
            if query.from != nil || query.to != nil {
                guard let date = document.publicationDate else { continue }
                if let from = query.from, date < from { continue }
                if let to = query.to, date > to { continue }
            }
            for sentence in row.coded.sentences {
                let stems = Set(SentenceQuery(sentence.text).words.map(WordStem.stem))
                guard words.allSatisfy(stems.contains) else { continue }
                let events = Set(mentionRows.values.filter {
                    $0.documentID == document.id && $0.record.sentenceIndex == sentence.index
                }.compactMap(\.eventID)).sorted().compactMap { eventRows[$0] }
                hits.append(SentenceHit(documentID: document.id, title: document.title,
                                        source: document.source, publicationDate: document.publicationDate,
                                        sentence: sentence, events: events))
            }
        }
        hits.sort { l, r in
            let ld = EventSortKey.dayNumber(l.publicationDate), rd = EventSortKey.dayNumber(r.publicationDate)
            if ld != rd { return ld < rd }
            if l.documentID != r.documentID { return l.documentID < r.documentID }
            return l.sentence.index < r.sentence.index
        }
        return Array(hits.prefix(max(0, query.limit)))
    }

    public func trend(_ query: TrendQuery) async throws -> [TrendRow] {
        var aggregates: [String: MonthlyAggregate] = [:]
        for event in eventRows.values {
            let record = event.record
            guard EventFilter.dyadKey(record) == query.dyad.key, let start = record.dateStart,
                  EventFilter.inPeriod(record, from: query.from, to: query.to),
                  let source = record.source.country, let target = record.target?.country else { continue }
            let month = StoreRounding.monthKey(start)
            let key = "\(month)|\(source)|\(target)|\(record.quad)"
            aggregates[key, default: MonthlyAggregate(month: month, source: source, target: target,
                                                      quad: record.quad, count: 0, goldsteinSum: 0)]
                .count += 1
            aggregates[key]!.goldsteinSum += record.goldstein
        }
        return MonthlyAggregate.trendRows(Array(aggregates.values), by: query.by)
    }

    public func balance(_ query: BalanceQuery) async throws -> Balance {
        var counts = [0, 0, 0, 0], sums = [0.0, 0, 0, 0]
        for event in eventRows.values {
            let record = event.record
            guard (1...4).contains(record.quad),
                  EventFilter.isAct(record, of: query.country, toward: query.toward),
                  EventFilter.inPeriod(record, from: query.from, to: query.to) else { continue }
            counts[record.quad - 1] += 1
            sums[record.quad - 1] += record.goldstein
        }
        return Balance(country: query.country, toward: query.toward, quadCounts: counts, goldsteinSums: sums)
    }

    public func dyads(from: CalendarDay?, to: CalendarDay?, limit: Int) async throws -> [DyadActivity] {
        var rows: [String: DyadActivity] = [:]
        for event in eventRows.values {
            let record = event.record
            guard let key = EventFilter.dyadKey(record), record.source.country != record.target?.country,
                  (1...4).contains(record.quad),
                  EventFilter.inPeriod(record, from: from, to: to), let dyad = Dyad(parsing: key) else { continue }
            var row = rows[key] ?? DyadActivity(dyad: dyad, events: 0, mentions: 0, quadCounts: [0, 0, 0, 0],
                                                goldsteinSum: 0)
            row.events += 1
            row.mentions += event.mentionCount
            row.quadCounts[record.quad - 1] += 1
            row.goldsteinSum += record.goldstein
            rows[key] = row
        }
        return rows.values.map {
            DyadActivity(dyad: $0.dyad, events: $0.events, mentions: $0.mentions,
                         quadCounts: $0.quadCounts, goldsteinSum: $0.goldsteinSum)
        }.sorted { l, r in l.events != r.events ? l.events > r.events : l.dyad.key < r.dyad.key }
            .prefix(max(0, limit)).map { $0 }
    }

    public func stats() async throws -> StoreStats {
        let days = eventRows.values.compactMap(\.record.dateStart)
        return StoreStats(
            documents: documentRows.count,
            sentences: documentRows.values.reduce(0) { $0 + $1.coded.sentences.count },
            actorMentions: documentRows.values.reduce(0) { $0 + $1.coded.actors.count },
            timeExpressions: documentRows.values.reduce(0) { $0 + $1.coded.times.count },
            eventMentions: mentionRows.count, events: eventRows.count,
            firstDay: days.min(), lastDay: days.max())
    }

    public func canonicalDump() async throws -> [String] {
        var lines: [String] = []
        for row in documentRows.values {
            let d = row.coded.document
            lines.append(CanonicalDump.document(id: d.id, hash: row.hash, publicationDate: d.publicationDate,
                                                title: d.title, source: d.source))
            lines += row.coded.sentences.map { CanonicalDump.sentence(documentID: d.id, $0) }
            lines += row.coded.actors.enumerated().map { CanonicalDump.actor(documentID: d.id, ordinal: $0, $1) }
            lines += row.coded.times.enumerated().map { CanonicalDump.time(documentID: d.id, ordinal: $0, $1) }
        }
        lines += mentionRows.values.map(CanonicalDump.mention)
        lines += eventRows.values.map(CanonicalDump.event)
        return lines.sorted()
    }
}

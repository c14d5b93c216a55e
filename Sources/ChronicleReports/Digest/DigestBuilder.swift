import ChronicleCore
import ChronicleStore
import Foundation

/// Reads a digest's events from a store: the library API behind `chronicle digest` and the web
/// UI's download page, so that both give the same file.
///
/// ```swift
/// let builder = DigestBuilder(store: store, countryNames: resolver.countryNamesByCode)
/// let data = try await builder.build(DigestSelection(dyad: ("JPN", "PRK")))
/// let html = DigestRenderer().render(data, as: .html)
/// ```
public struct DigestBuilder: Sendable {
    /// The store to read.
    public let store: any EventStore
    /// Display names of country codes.
    public let countryNames: [String: String]
    /// The most events a digest lists; the rest of a larger selection is left out.
    public let maximumEvents: Int
    /// The CAMEO ontology, for the names of codes.
    let ontology: [String: String]

    /// Creates a builder.
    /// - Parameters:
    ///   - store: The store to read.
    ///   - countryNames: Display names of country codes (`PRK` → `North Korea`).
    ///   - maximumEvents: The most events a digest lists.
    public init(store: any EventStore, countryNames: [String: String] = [:], maximumEvents: Int = 20_000) {
        self.store = store
        self.countryNames = countryNames
        self.maximumEvents = maximumEvents
        self.ontology = CAMEONames.shipped
    }

    /// Builds the digest data of a selection.
    /// - Parameters:
    ///   - selection: What to include.
    ///   - generatedAt: The time stamp printed in the header.
    /// - Throws: The store's errors.
    public func build(_ selection: DigestSelection, generatedAt: Date = Date()) async throws -> DigestData {
        let merged = try await events(for: selection)
        let mentions = try await store.eventMentions(eventIDs: merged.map(\.id))
        var documentIDs = Set<String>()
        for list in mentions.values { for mention in list { documentIDs.insert(mention.documentID) } }
        var urls = [String: String]()
        for meta in try await store.documentMetadata(ids: documentIDs.sorted()) { urls[meta.id] = meta.url }
        var events = [DigestEvent]()
        events.reserveCapacity(merged.count)
        for event in merged {
            let reports = (mentions[event.id] ?? []).map { mention in
                DigestReport(
                    documentID: mention.documentID, title: mention.documentTitle, url: urls[mention.documentID],
                    publicationDate: mention.publicationDate, outlet: mention.documentSource,
                    reportedBy: mention.reportedBy, evidence: mention.evidence,
                    highlights: Self.highlights(of: mention))
            }
            let r = event.record
            events.append(DigestEvent(
                id: event.id, date: r.date, dateStart: r.dateStart, dateEnd: r.dateEnd, source: r.source,
                target: r.target, cameo: r.cameo, root: r.root, quad: r.quad, goldstein: r.goldstein,
                plover: r.plover, cameoName: ontology[r.cameo] ?? "CAMEO \(r.cameo)", mode: r.mode, reports: reports))
        }
        let stamp = ISO8601DateFormatter().string(from: generatedAt)
        var names = [String: String]()
        for code in Set(events.flatMap { [$0.source.country, $0.target?.country] }.compactMap { $0 })
            + [selection.country, selection.counterpart].compactMap({ $0 }) {
            names[code] = countryNames[code] ?? code
        }
        return DigestData(selection: selection, generatedAt: stamp, events: events, countryNames: names)
    }

    /// The merged events of a selection, in date order.
    func events(for selection: DigestSelection) async throws -> [MergedEvent] {
        if let text = selection.query {
            let hits = try await store.search(SentenceQuery(text, from: selection.from, to: selection.to,
                                                            limit: maximumEvents))
            var seen = Set<String>()
            var out = [MergedEvent]()
            for hit in hits {
                for event in hit.events where seen.insert(event.id).inserted && matches(event, selection) {
                    out.append(event)
                }
            }
            return out.sorted { (EventSortKey.dayNumber($0.record.dateStart), $0.id)
                < (EventSortKey.dayNumber($1.record.dateStart), $1.id) }
        }
        var query = EventQuery(from: selection.from, to: selection.to, root: selection.root, mode: selection.mode,
                               limit: 500)
        if let a = selection.country, let b = selection.counterpart {
            query.dyad = Dyad(a, b)
        } else {
            query.country = selection.country
        }
        var out = [MergedEvent]()
        while out.count < maximumEvents {
            let page = try await store.events(query)
            out += page.events
            guard let next = page.next, !page.events.isEmpty else { break }
            query.cursor = next
        }
        return Array(out.prefix(maximumEvents))
    }

    private func matches(_ event: MergedEvent, _ s: DigestSelection) -> Bool {
        let r = event.record
        let countries = [r.source.country, r.target?.country]
        if let a = s.country, !countries.contains(a) { return false }
        if let b = s.counterpart, !countries.contains(b) { return false }
        if let root = s.root, r.root != root { return false }
        if let mode = s.mode, r.mode != mode { return false }
        return true
    }

    /// Highlights from the spans a report's coder recorded, made relative to its evidence.
    static func highlights(of mention: EventMention) -> [EvidenceHighlight] {
        guard let explanation = mention.record.explanation, mention.span.count == 2 else { return [] }
        let base = mention.span[0]
        let length = mention.evidence.unicodeScalars.count
        var out = [EvidenceHighlight]()
        func add(_ role: EvidenceHighlight.Role, _ span: [Int]?) {
            guard let span, span.count == 2 else { return }
            let start = span[0] - base
            let end = span[1] - base
            if start >= 0, end <= length, start < end { out.append(EvidenceHighlight(role: role, start: start, end: end)) }
        }
        add(.source, explanation.source)
        add(.verb, explanation.verb)
        add(.target, explanation.target)
        add(.date, explanation.date)
        return out
    }
}

import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation

/// Collects the ``DigestData`` of a selection from a store: the merged events that match and
/// every report of each, with the actors highlighted in the evidence.
///
/// The web UI's digest downloads and the dyad page's charts and balance sentences come from
/// this data and `ChronicleReports`' renderers, the same code the `chronicle digest` command
/// uses, so a file downloaded here is the file the command writes for the same selection.
///
/// ```swift
/// let data = try await StoreDigestBuilder(store: store).build(DigestSelection(dyad: ("JPN", "PRK")))
/// let html = DigestRenderer().render(data, as: .html)
/// ```
struct StoreDigestBuilder: Sendable {
    /// The store to read.
    var store: any EventStore
    /// At most this many events go into one digest.
    var maximumEvents = 5_000
    /// Whether to fetch every report of each event (the digest), or only the representative
    /// record (charts and balance sentences need no reports).
    var withReports = true

    /// The event query of a selection.
    static func query(for selection: DigestSelection) -> EventQuery {
        var query = EventQuery(from: selection.from, to: selection.to, root: selection.root,
                               mode: selection.mode, text: selection.query, limit: 500)
        if let a = selection.country, let b = selection.counterpart {
            query.dyad = Dyad(a, b)
        } else if let a = selection.country {
            query.country = a
        }
        return query
    }

    /// Builds the data of a selection.
    func build(_ selection: DigestSelection, generatedAt: Date = Date()) async throws -> DigestData {
        var query = Self.query(for: selection)
        var events: [DigestEvent] = []
        while events.count < maximumEvents {
            query.limit = min(500, maximumEvents - events.count)
            let page = try await store.events(query)
            for merged in page.events {
                let mentions = withReports ? try await store.eventDetail(id: merged.id)?.mentions ?? [] : []
                events.append(Self.digestEvent(merged, mentions: mentions))
            }
            guard let next = page.next else { break }
            query.cursor = next
        }
        let stamp = ISO8601DateFormatter().string(from: generatedAt)
        return DigestData(selection: selection, generatedAt: stamp, events: events)
    }

    static func digestEvent(_ merged: MergedEvent, mentions: [EventMention]) -> DigestEvent {
        let r = merged.record
        return DigestEvent(
            id: merged.id, date: r.date, dateStart: r.dateStart, dateEnd: r.dateEnd, source: r.source,
            target: r.target, cameo: r.cameo, root: r.root, quad: r.quad, goldstein: r.goldstein,
            plover: r.plover, cameoName: CAMEONames.name(r.cameo), mode: r.mode,
            reports: mentions.map(report))
    }

    static func report(_ mention: EventMention) -> DigestReport {
        DigestReport(
            documentID: mention.documentID, title: mention.documentTitle, url: nil,
            publicationDate: mention.publicationDate, outlet: mention.documentSource,
            reportedBy: mention.reportedBy, evidence: mention.evidence,
            highlights: highlights(in: mention.evidence, record: mention.record))
    }

    /// The actors' words located in the evidence sentence (first occurrence of each).
    static func highlights(in evidence: String, record: EventRecord) -> [EvidenceHighlight] {
        var out: [EvidenceHighlight] = []
        let scalars = Array(evidence.unicodeScalars)
        func locate(_ words: String?, _ role: EvidenceHighlight.Role) {
            guard let words, !words.isEmpty else { return }
            let needle = Array(words.unicodeScalars)
            guard needle.count <= scalars.count else { return }
            for start in 0...(scalars.count - needle.count)
            where scalars[start] == needle[0] && Array(scalars[start..<start + needle.count]) == needle {
                let range = start..<start + needle.count
                if !out.contains(where: { $0.start < range.upperBound && range.lowerBound < $0.end }) {
                    out.append(EvidenceHighlight(role: role, start: range.lowerBound, end: range.upperBound))
                }
                return
            }
        }
        locate(record.source.text, .source)
        locate(record.target?.text, .target)
        return out.sorted { $0.start < $1.start }
    }
}

import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/events/{id}`: the merged event, each report with its evidence highlighted, the rule that
/// fired when the coder can say, and links to the documents.
struct EventDetailPage {
    var layout: Layout
    var detail: EventDetail
    /// Rules by report index, when the coder explains its events.
    var rules: [Int: String]

    func render() -> HTML {
        let event = detail.event, r = detail.event.record
        let title = "\(r.source.name ?? r.source.text) — \(CAMEONames.name(r.cameo))"
        return layout.page(title: title) {
            element("h1") { title }
            element("dl", ["class": "facts"]) {
                fact("Date", (r.date ?? "undated") + (r.dateBasis.map { " (\($0.rawValue))" } ?? ""))
                element("dt") { "Source" }
                element("dd") { EventTable.actor(r.source) }
                element("dt") { "Target" }
                element("dd") { if let t = r.target { EventTable.actor(t) } else { "none" } }
                fact("CAMEO", "\(r.cameo) \(CAMEONames.name(r.cameo)) (root \(r.root))")
                fact("QuadClass", "\(r.quad) \(QuadClass(rawValue: r.quad)?.name ?? "")")
                fact("Goldstein", String(r.goldstein))
                if let plover = r.plover { fact("PLOVER", plover) }
                fact("Mode", r.mode.rawValue)
                if let place = r.location { fact("Place", place.text + (place.country.map { " (\($0))" } ?? "")) }
                fact("Reports", "\(event.mentionCount) from \(event.sources.joined(separator: ", "))")
                fact("Confidence", String(r.confidence))
                if let a = r.source.country, let b = r.target?.country, a != b {
                    element("dt") { "Dyad" }
                    element("dd") { element("a", ["href": Paths.dyad(a, b)]) { "\(a)–\(b)" } }
                }
            }
            element("h2") { "Reports" }
            if detail.mentions.isEmpty { element("p") { "No reports of this event are stored." } }
            element("ol", ["class": "reports"]) {
                for (i, mention) in detail.mentions.enumerated() {
                    element("li") {
                        element("a", ["href": Paths.document(mention.documentID, sentence: mention.sentenceIndex)]) {
                            mention.documentTitle ?? mention.documentID
                        }
                        " "
                        [mention.documentSource, mention.publicationDate?.description].compactMap { $0 }.joined(separator: ", ")
                        if !mention.reportedBy.isEmpty { " — according to \(mention.reportedBy.joined(separator: ", "))" }
                        element("blockquote", ["class": "evidence"]) { Self.evidence(mention) }
                        element("p", ["class": "rule"]) {
                            "Coded \(mention.record.cameo) \(CAMEONames.name(mention.record.cameo)), mode \(mention.record.mode.rawValue)"
                            if let date = mention.record.date { ", dated \(date)" }
                            if let basis = mention.record.dateBasis { " (\(basis.rawValue))" }
                            if let rule = rules[i] { ". Rule: \(rule)" }
                            "."
                        }
                    }
                }
            }
        }
    }

    func fact(_ term: String, _ value: String) -> HTML {
        .joined([element("dt") { term }, element("dd") { value }])
    }

    /// The evidence with the source and target words marked.
    static func evidence(_ mention: EventMention) -> HTML {
        let highlights = StoreDigestBuilder.highlights(in: mention.evidence, record: mention.record)
        return Highlighter.mark(mention.evidence, highlights.map {
            Highlighter.Span(start: $0.start, end: $0.end, tag: "mark", classes: $0.role.rawValue,
                             tip: $0.role == .source ? "source actor" : "target actor", id: nil)
        })
    }
}

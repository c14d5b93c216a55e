import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/documents/{id}`: the article with the temporal expressions, actor mentions and event
/// sentences the store holds for it marked and explained on hover and on focus, then its
/// event reports, each with its explanation and a link to its merged event.
///
/// Everything shown comes from the store (``EventStore/annotations(documentID:)``): the spans
/// found when the document was ingested, not a new run of the coder, so that the page and the
/// event pages, timelines and digests built from the same database agree.
struct DocumentPage {
    var layout: Layout
    var stored: StoredDocument
    var annotations: DocumentAnnotations

    func render() -> HTML {
        let d = stored.document
        return layout.page(title: d.title ?? d.id) {
            element("article", ["aria-labelledby": "doc-title"]) {
                element("h1", ["id": "doc-title"]) { d.title ?? d.id }
                element("dl", ["class": "facts"]) {
                    meta("Id", d.id)
                    if let date = d.publicationDate { meta("Published", date.description) }
                    if let source = d.source { meta("Source", source) }
                    if let author = d.author { meta("Author", author) }
                    if let url = ChronicleReportsLinks.safe(d.url) {
                        element("dt") { "Link" }
                        element("dd") { element("a", ["href": url, "rel": "noopener noreferrer nofollow"]) { url } }
                    }
                    meta("Sentences", String(annotations.sentences.count))
                    meta("Temporal expressions", String(annotations.times.count))
                    meta("Actor mentions", String(annotations.actors.count))
                    meta("Event reports", String(annotations.reports.count))
                }
                element("p", ["class": "legend"]) {
                    element("span") { element("mark", ["class": "time"]) { "date or time" } }
                    element("span") { element("mark", ["class": "actor"]) { "actor" } }
                    element("span") { element("mark", ["class": "event-sentence"]) { "sentence with an event" } }
                    element("span") { element("mark", ["class": "event-verb"]) { "act" } }
                    "Hover over or tab to a mark to read what Chronicle understood."
                }
                element("p", ["class": "lead", "id": "provenance"]) {
                    "Marks show what the store holds for this document: the temporal expressions, actor mentions "
                    "and events found when it was ingested."
                }
                element("div", ["class": "article"]) { Highlighter.mark(d.text, spans()) }
            }
            element("section", ["aria-labelledby": "events-heading"]) {
                element("h2", ["id": "events-heading"]) { "Events in this document" }
                eventList
            }
        }
    }

    func meta(_ term: String, _ value: String) -> HTML {
        .joined([element("dt") { term }, element("dd") { value }])
    }

    func spans() -> [Highlighter.Span] {
        var spans: [Highlighter.Span] = []
        let bySentence = Dictionary(grouping: annotations.reports, by: \.record.sentenceIndex)
        for sentence in annotations.sentences {
            let reports = bySentence[sentence.index] ?? []
            let tip = reports.isEmpty ? nil : reports.map { Self.describe($0.record) }.joined(separator: "\n")
            spans.append(.init(start: sentence.start, end: sentence.end, tag: "span",
                               classes: reports.isEmpty ? "sentence" : "sentence event-sentence",
                               tip: tip, id: "s\(sentence.index)"))
        }
        for time in annotations.times {
            spans.append(.init(start: time.start, end: time.end, tag: "mark", classes: "time",
                               tip: Self.describe(time), id: nil))
        }
        for actor in annotations.actors {
            spans.append(.init(start: actor.start, end: actor.end, tag: "mark", classes: "actor",
                               tip: Self.describe(actor), id: nil))
        }
        // The act of each explained event, inside its sentence.
        for report in annotations.reports {
            guard let verb = report.record.explanation?.verb, verb.count == 2 else { continue }
            spans.append(.init(start: verb[0], end: verb[1], tag: "mark", classes: "event-verb",
                               tip: Self.describe(report.record), id: nil))
        }
        return spans
    }

    static func describe(_ time: TimeRecord) -> String {
        var tip = "\(time.type) \(time.value)"
        if let mod = time.mod { tip += " (\(mod))" }
        if let anchor = time.anchor { tip += ", resolved against the \(anchor) date" }
        return tip
    }

    static func describe(_ actor: ActorMentionRecord) -> String {
        [actor.name, actor.code ?? actor.country, actor.role, "found by \(actor.how)"]
            .compactMap { $0 }.joined(separator: " · ")
    }

    static func describe(_ r: EventRecord) -> String {
        let target = r.target.map { " → \($0.name ?? $0.text)" } ?? ""
        return "Event: \(r.source.name ?? r.source.text)\(target): \(CAMEONames.name(r.cameo)) (\(r.cameo)), "
            + "\(r.date ?? "undated"), \(r.mode.rawValue)"
    }

    var eventList: HTML {
        guard !annotations.reports.isEmpty else {
            return element("p") { "The store holds no events for this document." }
        }
        return element("ol", ["class": "reports"]) {
            for report in annotations.reports {
                let r = report.record
                element("li", ["class": "quad-\(r.quad)"]) {
                    element("a", ["href": "#s\(r.sentenceIndex)"]) { "Sentence \(r.sentenceIndex + 1)" }
                    ": " + Self.describe(r)
                    if let id = report.eventID {
                        " "
                        element("a", ["href": Paths.event(id)]) { "merged event" }
                    }
                    element("blockquote", ["class": "evidence"]) { evidence(r) }
                    if let why = r.explanation {
                        element("p", ["class": "rule"]) { "Pattern \(why.pattern), rule \(why.rule)." }
                    }
                }
            }
        }
    }

    /// The evidence sentence with the explanation's source, act, target and date marked.
    func evidence(_ r: EventRecord) -> HTML {
        guard let why = r.explanation, r.span.count == 2 else { return .text(r.text) }
        let base = r.span[0]
        let parts: [(String, [Int]?, String)] = [("source", why.source, "source actor"), ("event-verb", why.verb, "act"),
                                                 ("target", why.target, "target actor"), ("date", why.date, "date")]
        let spans = parts.compactMap { classes, span, tip -> Highlighter.Span? in
            guard let span, span.count == 2 else { return nil }
            return Highlighter.Span(start: span[0] - base, end: span[1] - base, tag: "mark", classes: classes,
                                    tip: tip, id: nil)
        }
        return Highlighter.mark(r.text, spans)
    }
}

/// Links from article metadata: only http, https and mailto are ever made into links.
enum ChronicleReportsLinks {
    static func safe(_ url: String?) -> String? {
        guard let url, let safe = Escaping.safeURL(url), !safe.lowercased().hasPrefix("mailto:") else { return nil }
        return safe
    }
}
